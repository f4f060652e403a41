package pl.klaster.portal.service.member.imports;

/** What importing a row does (or would do): create a record, update an existing one, or nothing (errors). */
public enum RowAction {
    CREATE,
    UPDATE,
    ERROR
}

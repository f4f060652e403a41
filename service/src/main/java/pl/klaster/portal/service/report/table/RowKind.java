package pl.klaster.portal.service.report.table;

/** A data row, a group's subtotal, or the report's grand total (writers show the last two in bold). */
public enum RowKind {
    DATA,
    SUBTOTAL,
    TOTAL
}

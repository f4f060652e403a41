package pl.klaster.portal.service.member.imports;

/** How a commit treats rows with errors. */
public enum ImportMode {
    /** Any row with an error: nothing is saved and the commit is refused. */
    ALL_OR_NOTHING,
    /** Rows with errors are skipped; every other row is saved. */
    GOOD_ROWS_ONLY
}

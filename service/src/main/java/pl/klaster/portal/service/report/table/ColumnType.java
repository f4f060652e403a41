package pl.klaster.portal.service.report.table;

/**
 * What a column holds, which decides how every writer shows it: text; whole numbers; decimals (two places);
 * money (two places, in the column's one currency: PLN and EUR are never added together, a report has a column
 * per currency); a percentage (a fraction, 0.25 = 25 %); a date.
 */
public enum ColumnType {
    TEXT,
    INTEGER,
    DECIMAL,
    MONEY,
    PERCENT,
    DATE
}

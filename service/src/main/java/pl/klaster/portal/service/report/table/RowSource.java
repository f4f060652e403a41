package pl.klaster.portal.service.report.table;

import java.util.function.Consumer;

/**
 * The rows of a report, handed over one at a time and in order (data rows, with subtotals after their group and
 * the grand total last). A source reads its rows from the database in batches, so a report of any length is
 * never in memory as a whole; it may be read more than once.
 */
@FunctionalInterface
public interface RowSource {

    void forEach(Consumer<ReportRow> sink);
}

package pl.klaster.portal.service.report.table;

import java.util.List;

/** A report ready to be written: its header, its columns and its rows. */
public record TableReport(ReportHeader header, List<Column> columns, RowSource rows) {
}

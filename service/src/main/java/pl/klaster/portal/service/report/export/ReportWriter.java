package pl.klaster.portal.service.report.export;

import pl.klaster.portal.service.report.table.TableReport;

import java.io.IOException;
import java.io.OutputStream;

/** Writes a report in one file format. Implementations hold no state between calls and may be shared. */
public interface ReportWriter {

    /** The Content-Type to serve the file with, e.g. {@code text/csv; charset=UTF-8}. */
    String contentType();

    /** The file name extension without the dot: {@code csv}, {@code xlsx}, {@code pdf}. */
    String extension();

    /**
     * Writes the whole report, reading its rows once; flushes {@code out} but does not close it.
     *
     * @throws IllegalArgumentException when a row does not fit the columns (wrong number of cells, a value of
     *                                  the wrong kind); what was written before it stays written
     */
    void write(TableReport report, OutputStream out) throws IOException;
}

/**
 * Writers that turn a {@link pl.klaster.portal.service.report.table.TableReport} into a file to download: CSV
 * for machines (plain values, one header line), XLSX for spreadsheets (real numbers and dates, formats, bold
 * totals) and PDF for reading and printing (the reader's locale, page numbers). Each writer takes the rows one by
 * one from the report's source and streams them out, so a report of any length is never held in memory. Plain
 * Java with no state: a web page or a REST resource picks a writer, sets the content type and file extension it
 * gives, and hands it the response's stream.
 */
package pl.klaster.portal.service.report.export;

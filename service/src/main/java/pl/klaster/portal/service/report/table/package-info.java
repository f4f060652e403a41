/**
 * A report as a table that can be written out: its columns with their kinds, a header (the cluster, the report,
 * its filters, when), and rows that arrive one by one, so that a writer (CSV, XLSX, PDF) never holds a whole
 * large report in memory. Plain Java: the same model serves the pages, the exports and the REST API.
 */
package pl.klaster.portal.service.report.table;

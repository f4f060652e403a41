package pl.klaster.portal.service.report.table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * What a report says about itself, in the reader's language: the cluster's name, the report's title, its
 * filters as lines ("Rok: 2026"), when it was made, and the locale its numbers and dates are shown in (the
 * PDF follows it; CSV and XLSX keep machine-readable values).
 */
public record ReportHeader(String clusterName, String title, List<String> filters, OffsetDateTime generatedAt, Locale locale,
                           String fileName) implements Serializable {
}

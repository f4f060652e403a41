package pl.klaster.portal.web.resource;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.klaster.portal.service.project.ProjectService;
import pl.klaster.portal.service.report.ReportFilter;
import pl.klaster.portal.service.report.ReportKind;
import pl.klaster.portal.service.report.ReportService;
import pl.klaster.portal.service.report.export.CsvReportWriter;
import pl.klaster.portal.service.report.export.PdfReportWriter;
import pl.klaster.portal.service.report.export.ReportWriter;
import pl.klaster.portal.service.report.export.XlsxReportWriter;
import pl.klaster.portal.service.report.table.ReportHeader;
import pl.klaster.portal.service.report.table.TableReport;
import pl.klaster.portal.web.i18n.Bundles;
import pl.klaster.portal.web.i18n.LocaleFilter;
import pl.klaster.portal.web.view.reports.ReportBacking;
import pl.klaster.portal.web.view.reports.ReportLabels;

import java.io.IOException;
import java.io.Serial;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code /reports/export/<REPORT>.<xlsx|pdf|csv>?year=...}: a report downloaded with the filters of its page, in
 * the reader's language. The rows go from the database to the response as they are read (the service reads them
 * in batches), so a report of any length is never held in memory. CSV takes {@code sep=semicolon} (the default,
 * what Polish spreadsheet programs expect) or {@code sep=comma}. Bad parameters get a 400, an unknown report 404.
 */
@WebServlet("/reports/export/*")
public class ReportExportServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern PATH = Pattern.compile("/([A-Za-z]+)\\.(xlsx|pdf|csv)");

    @Inject
    private ReportService reports;
    @Inject
    private ProjectService projects;
    @Inject
    @ConfigProperty(name = "klaster.cluster.name", defaultValue = "Klaster")
    private String clusterName;
    @Inject
    @ConfigProperty(name = "klaster.timezone", defaultValue = "Europe/Warsaw")
    private String timezone;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Matcher path = PATH.matcher(request.getPathInfo() == null ? "" : request.getPathInfo());
        ReportKind kind = path.matches() ? ReportBacking.parseKind(path.group(1)) : null;
        if (kind == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ReportFilter filter;
        try {
            filter = ReportBacking.filterOf(kind, integer(request.getParameter("year")), request.getParameter("from"),
                    request.getParameter("to"), request.getParameter("type"), request.getParameter("size"),
                    longValue(request.getParameter("programme")));
        } catch (NumberFormatException e) {
            filter = null;
        }
        String separator = request.getParameter("sep");
        if (filter == null || (separator != null && !separator.equals("comma") && !separator.equals("semicolon"))) {
            response.sendError(HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        ReportWriter writer = switch (path.group(2)) {
            case "xlsx" -> new XlsxReportWriter();
            case "pdf" -> new PdfReportWriter();
            default -> new CsvReportWriter("comma".equals(separator) ? CsvReportWriter.COMMA : CsvReportWriter.SEMICOLON);
        };
        Locale locale = request.getAttribute(LocaleFilter.ATTRIBUTE) instanceof Locale l ? l : Locale.forLanguageTag("pl");
        Bundles texts = Bundles.of(locale);
        ReportLabels labels = new ReportLabels(texts);
        String fileName = texts.text("report.fileName." + kind.name()) + "-" + (filter.from() != null ? filter.from() + "_" + filter.to()
                : String.valueOf(filter.year())) + "." + writer.extension();
        ReportHeader header = new ReportHeader(clusterName, labels.title(kind),
                ReportBacking.filterLines(kind, filter, texts, filter.programmeId() == null ? List.of() : projects.programmes()),
                OffsetDateTime.now(ZoneId.of(timezone)), locale, fileName);
        ReportFilter chosen = filter;
        TableReport report = new TableReport(header, labels.columns(reports.columns(kind)),
                sink -> reports.rows(kind, chosen, row -> sink.accept(labels.row(row))));
        response.setContentType(writer.contentType());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        writer.write(report, response.getOutputStream());
        response.flushBuffer();
    }

    private static Integer integer(String value) {
        return value == null || value.isBlank() ? null : Integer.valueOf(value.trim());
    }

    private static Long longValue(String value) {
        return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    }
}

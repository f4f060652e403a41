package pl.klaster.portal.web.view.reports;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.project.Programme;
import pl.klaster.portal.service.project.ProjectService;
import pl.klaster.portal.service.report.ReportFilter;
import pl.klaster.portal.service.report.ReportKind;
import pl.klaster.portal.service.report.ReportService;
import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.service.report.table.ReportRow;
import pl.klaster.portal.service.report.table.RowKind;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.Bundles;
import pl.klaster.portal.web.i18n.FacesTexts;
import pl.klaster.portal.web.i18n.LocaleBacking;
import pl.klaster.portal.web.view.Formats;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /reports/report.xhtml?kind=...}: one of the six reports with the filters that fit it, as a table (the
 * first {@value #PAGE_ROWS} rows; the downloads hold all of them) and links to download it as XLSX, PDF and CSV
 * with the same filters. The filters are plain query parameters, so every view of a report is a link (the
 * dashboard's figures link here).
 */
@Named
@RequestScoped
public class ReportBacking {

    /** Data rows the page shows; the files have every row. */
    static final int PAGE_ROWS = 500;

    @Inject
    private ReportService reports;
    @Inject
    private ProjectService projects;
    @Inject
    private LocaleBacking locale;
    @Inject
    private Formats fmt;

    private String kind;
    private Integer year;
    private String from;
    private String to;
    private String type;
    private String size;
    private Long programme;

    private ReportKind report;
    private ReportFilter filter;
    private List<Column> columns;
    private List<ReportRow> rows;
    private long dataRows;
    private List<Programme> programmes;

    public void load() {
        report = parseKind(kind);
        if (report == null) {
            ServiceCalls.notFound();
            return;
        }
        filter = filterOf(report, year, from, to, type, size, programme);
        if (filter == null) {
            FacesTexts.error(null, "report.filter.invalid");
            filter = ReportFilter.year(LocalDate.now().getYear());
        }
        ReportLabels labels = new ReportLabels(Bundles.of(locale.getCurrent()));
        columns = labels.columns(reports.columns(report));
        rows = reports.list(report, filter, PAGE_ROWS).stream().map(labels::row).toList();
        dataRows = reports.dataRowCount(report, filter);
        if (uses("programme")) {
            programmes = projects.programmes();
        }
    }

    /** The filters each report takes (besides the year). */
    private static final Map<ReportKind, Set<String>> FILTERS = Map.of(
            ReportKind.ECCP, Set.of(), ReportKind.ESCA, Set.of(), ReportKind.KKK, Set.of(),
            ReportKind.FEES, Set.of("type", "size"), ReportKind.PARTICIPATION, Set.of("programme", "type"),
            ReportKind.FUNNEL, Set.of("range"));

    public boolean uses(String name) {
        return report != null && FILTERS.get(report).contains(name);
    }

    public static ReportKind parseKind(String kind) {
        if (kind == null) {
            return null;
        }
        for (ReportKind k : ReportKind.values()) {
            if (k.name().equalsIgnoreCase(kind)) {
                return k;
            }
        }
        return null;
    }

    /** The filter from the request's parameters; null when one of them is not valid. Used by the downloads too. */
    public static ReportFilter filterOf(ReportKind report, Integer year, String from, String to, String type, String size, Long programme) {
        int y = year == null ? LocalDate.now().getYear() : year;
        if (y < 1990 || y > 2100) {
            return null;
        }
        Set<String> uses = FILTERS.get(report);
        try {
            LocalDate start = uses.contains("range") && from != null && !from.isBlank() ? LocalDate.parse(from) : null;
            LocalDate end = uses.contains("range") && to != null && !to.isBlank() ? LocalDate.parse(to) : null;
            if (start != null && end != null && end.isBefore(start)) {
                return null;
            }
            MemberType memberType = uses.contains("type") && type != null && !type.isBlank() ? MemberType.valueOf(type) : null;
            SizeClass sizeClass = uses.contains("size") && size != null && !size.isBlank() ? SizeClass.valueOf(size) : null;
            return new ReportFilter(y, start != null && end != null ? start : null, start != null && end != null ? end : null,
                    memberType, sizeClass, uses.contains("programme") ? programme : null);
        } catch (DateTimeParseException | IllegalArgumentException e) {
            return null;
        }
    }

    /** The filters as lines for a report's header ("Rok: 2026"), in the reader's language. */
    public static List<String> filterLines(ReportKind report, ReportFilter filter, Bundles texts, List<Programme> programmes) {
        List<String> lines = new ArrayList<>();
        if (filter.from() != null) {
            lines.add(texts.text("report.filterLine.range", filter.from().toString(), filter.to().toString()));
        } else {
            lines.add(texts.text("report.filterLine.year", String.valueOf(filter.year())));
        }
        if (filter.memberType() != null) {
            lines.add(texts.text("report.filterLine.type", filter.memberType()));
        }
        if (filter.sizeClass() != null) {
            lines.add(texts.text("report.filterLine.size", filter.sizeClass()));
        }
        if (filter.programmeId() != null) {
            String name = programmes.stream().filter(g -> g.getId().equals(filter.programmeId())).map(Programme::getName).findFirst()
                    .orElse(String.valueOf(filter.programmeId()));
            lines.add(texts.text("report.filterLine.programme", name));
        }
        if (report == ReportKind.FEES || report == ReportKind.ECCP || report == ReportKind.ESCA || report == ReportKind.KKK) {
            lines.add(texts.text("report.filterLine.day", filter.day().toString()));
        }
        return lines;
    }

    /** The report's query string (kind and filters), for the download links. */
    public String getQuery() {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("year", filter.year());
        if (filter.from() != null) {
            params.put("from", filter.from());
            params.put("to", filter.to());
        }
        if (filter.memberType() != null) {
            params.put("type", filter.memberType());
        }
        if (filter.sizeClass() != null) {
            params.put("size", filter.sizeClass());
        }
        if (filter.programmeId() != null) {
            params.put("programme", filter.programmeId());
        }
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(k + "=" + URLEncoder.encode(String.valueOf(v), StandardCharsets.UTF_8)));
        return String.join("&", parts);
    }

    /** A cell as the page shows it, in the reader's language. */
    public String format(ReportRow row, int index) {
        Object value = row.cells().get(index);
        if (value == null) {
            return "";
        }
        Column column = columns.get(index);
        return switch (column.type()) {
            case TEXT -> String.valueOf(value);
            case INTEGER -> fmt.number((Number) value);
            case DECIMAL -> fmt.decimal((BigDecimal) value);
            case MONEY -> fmt.money((BigDecimal) value, column.currency());
            case PERCENT -> fmt.percent((BigDecimal) value);
            case DATE -> fmt.date((LocalDate) value);
        };
    }

    public boolean isNumeric(int index) {
        return columns.get(index).isNumeric();
    }

    public String rowClass(ReportRow row) {
        return row.kind() == RowKind.TOTAL ? "k-total" : row.kind() == RowKind.SUBTOTAL ? "k-subtotal" : "";
    }

    public String getTitle() {
        return report == null ? "" : FacesTexts.text("report." + report.name() + ".title");
    }

    public List<Integer> getYears() {
        List<Integer> years = new ArrayList<>();
        for (int y = LocalDate.now().getYear() + 1; y >= LocalDate.now().getYear() - 15; y--) {
            years.add(y);
        }
        return years;
    }

    public List<ReportKind> getKinds() {
        return List.of(ReportKind.values());
    }

    public int getPageRows() {
        return PAGE_ROWS;
    }

    public boolean isTruncated() {
        return dataRows > PAGE_ROWS;
    }

    public ReportKind getReport() {
        return report;
    }

    public ReportFilter getFilter() {
        return filter;
    }

    public List<Column> getColumns() {
        return columns;
    }

    public List<Integer> getColumnIndexes() {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            indexes.add(i);
        }
        return indexes;
    }

    public List<ReportRow> getRows() {
        return rows;
    }

    public long getDataRows() {
        return dataRows;
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getFrom() {
        return from;
    }

    public void setFrom(String from) {
        this.from = from;
    }

    public String getTo() {
        return to;
    }

    public void setTo(String to) {
        this.to = to;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getSize() {
        return size;
    }

    public void setSize(String size) {
        this.size = size;
    }

    public Long getProgramme() {
        return programme;
    }

    public void setProgramme(Long programme) {
        this.programme = programme;
    }
}

package pl.klaster.portal.web.api;

import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.klaster.portal.service.report.Dashboard;
import pl.klaster.portal.service.report.DashboardService;
import pl.klaster.portal.service.report.ReportFilter;
import pl.klaster.portal.service.report.ReportKind;
import pl.klaster.portal.service.report.ReportService;
import pl.klaster.portal.service.report.table.Column;
import pl.klaster.portal.web.i18n.Bundles;
import pl.klaster.portal.web.view.reports.ReportBacking;
import pl.klaster.portal.web.view.reports.ReportLabels;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.Arrays;
import java.util.List;

/**
 * Management's figures as data: the dashboard of a year (every figure the dashboard page shows, with the year
 * before), and each report with the same filters as its page and download, its rows streamed as they are read.
 */
@Path("reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reports", description = "Dashboard figures and reports, with the same filters as the pages")
public class ReportsResource {

    @Inject
    private DashboardService dashboards;
    @Inject
    private ReportService reports;

    @Context
    private HttpServletRequest request;

    @GET
    @Path("dashboard")
    @Operation(summary = "The dashboard figures of a year (default: this year) and the year before (management, staff)")
    public Dashboard dashboard(@QueryParam("year") String year) {
        Integer y = Params.integer(year, "year");
        int value = y == null ? LocalDate.now().getYear() : y;
        if (value < 1990 || value > 2100) {
            throw ApiInputException.of("year", "api.param.year");
        }
        return dashboards.dashboard(value);
    }

    @GET
    @Path("{kind}")
    @Operation(summary = "One report as data (management, staff)",
            description = "kind: eccp, esca, kkk, fees, participation, funnel. Filters as on the report page: year, "
                    + "from and to (a period inside the year, ISO dates; reports that have it), memberType, sizeClass, programme. "
                    + "Column labels and text cells are in the caller's language (Accept-Language); rows have kind DATA, SUBTOTAL or TOTAL.")
    public Response getReport(@PathParam("kind") String kind, @QueryParam("year") String year, @QueryParam("from") String from,
                           @QueryParam("to") String to, @QueryParam("memberType") String memberType,
                           @QueryParam("sizeClass") String sizeClass, @QueryParam("programme") String programme) {
        ReportKind report = ReportBacking.parseKind(kind);
        if (report == null) {
            throw new pl.klaster.portal.service.common.NotFoundException();
        }
        ReportFilter filter = ReportBacking.filterOf(report, Params.integer(year, "year"), from, to, memberType, sizeClass,
                Params.id(programme, "programme"));
        if (filter == null) {
            throw ApiInputException.of("filter", "api.report.filter");
        }
        ReportLabels labels = new ReportLabels(Bundles.of(Problems.locale(request)));
        List<Column> columns = labels.columns(reports.columns(report));
        StreamingOutput body = out -> {
            try (JsonGenerator json = Json.createGenerator(out)) {
                json.writeStartObject()
                        .write("kind", report.name())
                        .write("title", labels.title(report))
                        .write("year", filter.year())
                        .write("from", filter.start().toString())
                        .write("to", filter.end().toString());
                json.writeStartArray("columns");
                for (Column c : columns) {
                    json.writeStartObject().write("label", c.label()).write("type", c.type().name());
                    if (c.currency() != null) {
                        json.write("currency", c.currency());
                    }
                    json.writeEnd();
                }
                json.writeEnd().writeStartArray("rows");
                reports.rows(report, filter, row -> {
                    json.writeStartObject().write("kind", row.kind().name()).writeStartArray("cells");
                    for (Object cell : labels.row(row).cells()) {
                        cell(json, cell);
                    }
                    json.writeEnd().writeEnd();
                });
                json.writeEnd().writeEnd();
            }
        };
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).build();
    }

    private static void cell(JsonGenerator json, Object cell) {
        if (cell == null) {
            json.writeNull();
        } else if (cell instanceof BigDecimal d) {
            json.write(d);
        } else if (cell instanceof Long l) {
            json.write(l);
        } else if (cell instanceof Integer i) {
            json.write(i);
        } else if (cell instanceof Double d) {
            json.write(BigDecimal.valueOf(d));
        } else if (cell instanceof TemporalAccessor || cell instanceof String) {
            json.write(cell.toString());
        } else if (cell instanceof Object[] array) {
            json.write(Arrays.toString(array));
        } else {
            json.write(cell.toString());
        }
    }
}

package pl.klaster.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.outreach.ActivityType;
import pl.klaster.portal.domain.outreach.OutcomeReport;
import pl.klaster.portal.service.outreach.ActivityFilter;
import pl.klaster.portal.service.outreach.ActivityRow;
import pl.klaster.portal.service.outreach.OutcomeRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.service.outreach.RegistrationRow;
import pl.klaster.portal.service.outreach.RegistrationService;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.TreeSet;

/**
 * Outreach activities (trade fairs, missions, B2B meetings...): every user lists them; a member company registers
 * its people, cancels, and reports what came of it; staff see every registration.
 */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "activities", description = "Outreach activities, registrations and their outcomes")
public class ActivitiesResource {

    /** The company's people to register (contact person ids of the caller's company). */
    public record RegistrationInput(List<Long> contactIds) {
    }

    /** What came of an activity for the company. */
    public record OutcomeInput(Integer b2bMeetings, Integer contactsMade, Integer leads, Integer agreements,
                               BigDecimal exportAmount, String exportCurrency, List<String> countries, String notes) {
    }

    /** The outcome reported for a registration; {@code version} is also its ETag (0 before the first report). */
    public record OutcomeJson(long registrationId, long version, int b2bMeetings, int contactsMade, int leads, int agreements,
                              BigDecimal exportAmount, String exportCurrency, List<String> countries, String notes,
                              String reportedBy, OffsetDateTime reportedAt) {
        static OutcomeJson of(long registrationId, OutcomeReport o) {
            Money value = o.getExportValue();
            return new OutcomeJson(registrationId, o.getVersion(), o.getB2bMeetings(), o.getContactsMade(), o.getLeads(),
                    o.getAgreements(), value == null ? null : value.getAmount(), value == null ? null : value.getCurrency(),
                    List.copyOf(o.getCountries()), o.getNotes(), o.getReportedBy(), o.getReportedAt());
        }
    }

    @Inject
    private OutreachService outreach;
    @Inject
    private RegistrationService registrations;

    @GET
    @Path("activities")
    @Operation(summary = "List outreach activities",
            description = "Filters as on the activities page: q (title, city), type, market (target market id), from and to (dates, ISO).")
    public PageJson<ActivityRow> listActivities(@QueryParam("q") String q, @QueryParam("type") String type,
                                      @QueryParam("market") String market, @QueryParam("from") String from,
                                      @QueryParam("to") String to, @QueryParam("page") String page,
                                      @QueryParam("size") String size, @QueryParam("sort") String sort,
                                      @QueryParam("order") String order) {
        Paging paging = Params.paging(page, size, sort, order);
        ActivityFilter filter = new ActivityFilter(Params.text(q), Params.enumValue(ActivityType.class, type, "type"),
                Params.id(market, "market"), Params.date(from, "from"), Params.date(to, "to"));
        return PageJson.of(outreach.search(filter, paging.request()), paging);
    }

    @GET
    @Path("activities/{id}")
    @Operation(summary = "One activity with its places taken and waiting")
    public ActivityRow getActivity(@PathParam("id") long id) {
        return outreach.summary(id);
    }

    @GET
    @Path("activities/{id}/registrations")
    @Operation(summary = "An activity's registrations (staff, management: all; a member user: its own company's)")
    public List<RegistrationRow> activityRegistrations(@PathParam("id") long id) {
        outreach.summary(id); // 404 for an activity that does not exist
        return registrations.ofActivity(id);
    }

    @GET
    @Path("activities/{id}/outcomes")
    @Operation(summary = "The outcomes reported for an activity (a member user: its own)")
    public List<OutcomeRow> activityOutcomes(@PathParam("id") long id) {
        outreach.summary(id);
        return registrations.outcomesOf(id);
    }

    @POST
    @Path("activities/{id}/registrations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register the caller's company with some of its people (member users): a place, or the waiting list when full")
    public Response registerForActivity(@PathParam("id") long id, RegistrationInput input, @Context UriInfo uri) {
        RegistrationInput body = MembersResource.required(input);
        RegistrationRow row = registrations.register(id, body.contactIds() == null ? List.of() : body.contactIds());
        return Response.created(uri.getBaseUriBuilder().path("registrations/{id}").build(row.id()))
                .tag(Versions.tag(row.version())).entity(row).build();
    }

    @GET
    @Path("registrations/{id}")
    @Operation(summary = "One registration (a member user: its own company's)")
    public Response getRegistration(@PathParam("id") long id) {
        RegistrationRow row = registrations.get(id);
        return Response.ok(row).tag(Versions.tag(row.version())).build();
    }

    @DELETE
    @Path("registrations/{id}")
    @Operation(summary = "Cancel a registration (a member user its own, before the deadline; staff any); needs If-Match. "
            + "The freed place goes to the first on the waiting list.")
    public Response cancelRegistration(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        registrations.cancel(id, Versions.fromIfMatch(ifMatch));
        RegistrationRow row = registrations.get(id);
        return Response.ok(row).tag(Versions.tag(row.version())).build();
    }

    @GET
    @Path("registrations/{id}/outcome")
    @Operation(summary = "The outcome reported for a registration (empty, version 0, before the first report)")
    public Response getOutcome(@PathParam("id") long id) {
        OutcomeReport report = registrations.outcome(id);
        return Response.ok(OutcomeJson.of(id, report)).tag(Versions.tag(report.getVersion())).build();
    }

    @PUT
    @Path("registrations/{id}/outcome")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Report what came of the activity (member users, once it has started); needs If-Match (\"v0\" for the first report)")
    public Response reportOutcome(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, OutcomeInput input) {
        long version = Versions.fromIfMatch(ifMatch);
        OutcomeInput body = MembersResource.required(input);
        OutcomeReport form = registrations.outcome(id);
        form.setVersion(version);
        form.setB2bMeetings(count(body.b2bMeetings(), "b2bMeetings"));
        form.setContactsMade(count(body.contactsMade(), "contactsMade"));
        form.setLeads(count(body.leads(), "leads"));
        form.setAgreements(count(body.agreements(), "agreements"));
        form.setExportValue(new Money(body.exportAmount(), body.exportCurrency() == null ? "PLN" : body.exportCurrency()));
        form.setCountries(new TreeSet<>(body.countries() == null ? List.of() : body.countries()));
        form.setNotes(body.notes());
        registrations.reportOutcome(id, form);
        return getOutcome(id);
    }

    private static int count(Integer value, String field) {
        if (value == null) {
            return 0;
        }
        if (value < 0) {
            throw ApiInputException.of(field, "api.param.notNegative");
        }
        return value;
    }
}

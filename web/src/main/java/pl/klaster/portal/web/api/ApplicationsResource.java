package pl.klaster.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
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
import pl.klaster.portal.domain.project.ParticipationRole;
import pl.klaster.portal.service.project.ParticipationRow;
import pl.klaster.portal.service.project.ParticipationService;
import pl.klaster.portal.service.project.StatusChangeRow;

import java.math.BigDecimal;
import java.util.List;

/**
 * Applications to projects: a member company applies and may withdraw while pending; staff approve or reject.
 * Every change needs {@code If-Match} with the application's version ({@code "v<version>"}, also its ETag).
 */
@Path("applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "applications", description = "A member applies to a project or withdraws; staff approve or reject")
public class ApplicationsResource {

    /** A member company's application. */
    public record ApplicationInput(Long projectId, String motivation, List<Long> capabilityIds, BigDecimal offeredEffort) {
    }

    /** Staff's approval: the participant's role and planned effort (person-months). */
    public record ApprovalInput(ParticipationRole role, BigDecimal plannedEffort) {
    }

    /** Staff's rejection, with the reason sent to the applicant. */
    public record RejectionInput(String reason) {
    }

    @Inject
    private ParticipationService participations;

    @GET
    @Operation(summary = "Pending applications across all projects, oldest first (staff)")
    public PageJson<ParticipationRow> pendingApplications(@QueryParam("page") String page, @QueryParam("size") String size) {
        Paging paging = Params.paging(page, size, null, null);
        return PageJson.of(participations.pending(paging.request()), paging);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Apply the caller's company to a project open for applications (member users)")
    public Response applyToProject(ApplicationInput input, @Context UriInfo uri) {
        ApplicationInput body = MembersResource.required(input);
        if (body.projectId() == null) {
            throw ApiInputException.of("projectId", "validation.required");
        }
        ParticipationRow row = participations.apply(body.projectId(), body.motivation(),
                body.capabilityIds() == null ? List.of() : body.capabilityIds(), body.offeredEffort());
        return Response.created(uri.getBaseUriBuilder().path("applications/{id}").build(row.id()))
                .tag(Versions.tag(row.version())).entity(row).build();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One application or participation (staff, management; a member user its own company's)")
    public Response getApplication(@PathParam("id") long id) {
        ParticipationRow row = participations.get(id);
        return Response.ok(row).tag(Versions.tag(row.version())).build();
    }

    @GET
    @Path("{id}/history")
    @Operation(summary = "The status changes of an application or participation")
    public List<StatusChangeRow> applicationHistory(@PathParam("id") long id) {
        return participations.history(id);
    }

    @POST
    @Path("{id}/withdraw")
    @Operation(summary = "Withdraw a pending application (member users, their own company's); needs If-Match")
    public Response withdrawApplication(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        participations.withdraw(id, Versions.fromIfMatch(ifMatch));
        return current(id);
    }

    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Approve a pending application with a role and planned effort (staff); needs If-Match")
    public Response approveApplication(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, ApprovalInput input) {
        long version = Versions.fromIfMatch(ifMatch);
        ApprovalInput body = MembersResource.required(input);
        participations.approve(id, version, body.role(), body.plannedEffort());
        return current(id);
    }

    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Reject a pending application, with the reason sent to the applicant (staff); needs If-Match")
    public Response rejectApplication(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, RejectionInput input) {
        long version = Versions.fromIfMatch(ifMatch);
        RejectionInput body = MembersResource.required(input);
        participations.reject(id, version, body.reason());
        return current(id);
    }

    private Response current(long id) {
        ParticipationRow row = participations.get(id);
        return Response.ok(row).tag(Versions.tag(row.version())).build();
    }
}

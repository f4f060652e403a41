package pl.klaster.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import pl.klaster.portal.domain.fee.FeeStatus;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;
import pl.klaster.portal.service.member.ContactRow;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.member.DirectoryEntry;
import pl.klaster.portal.service.member.DirectoryRow;
import pl.klaster.portal.service.member.DirectoryService;
import pl.klaster.portal.service.member.MemberFilter;
import pl.klaster.portal.service.member.MemberRow;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.project.ParticipationRow;
import pl.klaster.portal.service.project.ParticipationService;

import java.util.List;

/** Member companies: staff's list and form, a member company's own record, and the directory every user sees. */
@Path("")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "members", description = "Member companies (staff: all; a member company: its own) and the directory")
public class MembersResource {

    @Inject
    private MemberService members;
    @Inject
    private DirectoryService directory;
    @Inject
    private ParticipationService participations;
    @Inject
    private ContactService contacts;

    @GET
    @Path("members")
    @Operation(summary = "List members (staff, management)",
            description = "Filters as on the members page: q (name, NIP, city), status, memberType, sizeClass, voivodeship, "
                    + "pkd, capability, feeStatus with feeYear; sort by legalName, city, status, joinedOn; order asc/desc.")
    public PageJson<MemberRow> listMembers(@QueryParam("q") String q, @QueryParam("status") String status,
                                    @QueryParam("memberType") String memberType, @QueryParam("sizeClass") String sizeClass,
                                    @QueryParam("voivodeship") String voivodeship, @QueryParam("pkd") String pkd,
                                    @QueryParam("capability") String capability, @QueryParam("feeStatus") String feeStatus,
                                    @QueryParam("feeYear") String feeYear,
                                    @QueryParam("page") String page, @QueryParam("size") String size,
                                    @QueryParam("sort") String sort, @QueryParam("order") String order) {
        Paging paging = Params.paging(page, size, sort, order);
        MemberFilter filter = new MemberFilter(Params.text(q), Params.enumValue(MemberStatus.class, status, "status"),
                Params.enumValue(MemberType.class, memberType, "memberType"), Params.enumValue(SizeClass.class, sizeClass, "sizeClass"),
                Params.enumValue(Voivodeship.class, voivodeship, "voivodeship"), Params.text(pkd), Params.id(capability, "capability"),
                Params.enumValue(FeeStatus.class, feeStatus, "feeStatus"), Params.integer(feeYear, "feeYear"));
        return PageJson.of(members.search(filter, paging.request()), paging);
    }

    @GET
    @Path("members/own")
    @Operation(summary = "The caller's own company (member users)")
    public Response ownMember() {
        return withTag(Response.ok(), members.ownCompany()).build();
    }

    @GET
    @Path("members/{id}")
    @Operation(summary = "One member (staff, management; a member user only its own company)")
    public Response getMember(@PathParam("id") long id) {
        return withTag(Response.ok(), members.get(id)).build();
    }

    @POST
    @Path("members")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a member (staff); it starts as an applicant (APPLIED). With an Idempotency-Key header"
            + " (1-100 of A-Z a-z 0-9 . _ : -), sending the same request again answers the member the first one created")
    public Response createMember(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey, MemberInput input,
                                 @Context UriInfo uri) {
        String key = IdempotencyKeys.checked(idempotencyKey);
        MemberInput body = required(input);
        Member saved = members.createOnce(key, IdempotencyKeys.fingerprint(body), body.applyTo(new Member()),
                body.pkdCodesOrEmpty(), body.capabilityIdsOrEmpty());
        return withTag(Response.created(uri.getBaseUriBuilder().path("members/{id}").build(saved.getId())), saved).build();
    }

    @PUT
    @Path("members/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Replace a member's data (staff); needs If-Match with the ETag of the last read (428 without, 412 if stale)")
    public Response updateMember(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, MemberInput input) {
        long version = Versions.fromIfMatch(ifMatch);
        MemberInput body = required(input);
        Member stored = members.get(id);
        Member form = body.applyTo(stored);
        form.setVersion(version);
        Member saved = members.save(form, body.pkdCodesOrEmpty(), body.capabilityIdsOrEmpty());
        return withTag(Response.ok(), saved).build();
    }

    @GET
    @Path("members/{id}/participations")
    @Operation(summary = "A member's applications and participations (staff, management; a member user its own)")
    public List<ParticipationRow> memberParticipations(@PathParam("id") long id) {
        return participations.ofMember(id);
    }

    @GET
    @Path("members/{id}/contacts")
    @Operation(summary = "A member's contact persons (staff, management; a member user its own company's)")
    public List<ContactRow> memberContacts(@PathParam("id") long id) {
        return contacts.contactsOf(id);
    }

    @GET
    @Path("directory")
    @Operation(summary = "The members' directory (every signed-in user): active members that agreed to be listed")
    public PageJson<DirectoryRow> listDirectory(@QueryParam("q") String q, @QueryParam("capability") String capability,
                                            @QueryParam("pkd") String pkd, @QueryParam("page") String page,
                                            @QueryParam("size") String size) {
        Paging paging = Params.paging(page, size, null, null);
        return PageJson.of(directory.search(Params.text(q), Params.id(capability, "capability"), Params.text(pkd), paging.request()), paging);
    }

    @GET
    @Path("directory/{id}")
    @Operation(summary = "One directory entry, with the persons who agreed to be shown")
    public DirectoryEntry getDirectoryEntry(@PathParam("id") long id) {
        return directory.entry(id);
    }

    private static Response.ResponseBuilder withTag(Response.ResponseBuilder response, Member member) {
        return response.tag(Versions.tag(member.getVersion())).entity(MemberJson.of(member));
    }

    static <T> T required(T body) {
        if (body == null) {
            throw ApiInputException.of("body", "api.body.required");
        }
        return body;
    }
}

package pl.klaster.portal.web.api;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.domain.project.ProjectKind;
import pl.klaster.portal.domain.project.ProjectStatus;
import pl.klaster.portal.service.project.MatchRow;
import pl.klaster.portal.service.project.ParticipationRow;
import pl.klaster.portal.service.project.ParticipationService;
import pl.klaster.portal.service.project.ProjectFilter;
import pl.klaster.portal.service.project.ProjectRow;
import pl.klaster.portal.service.project.ProjectService;

import java.util.List;

/** Projects: staff and management list them all; a member company sees those open to it and its own. */
@Path("projects")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "projects", description = "Projects and their participants")
public class ProjectsResource {

    @Inject
    private ProjectService projects;
    @Inject
    private ParticipationService participations;

    @GET
    @Operation(summary = "List projects (staff, management)",
            description = "Filters as on the projects page: q (title, acronym), status, kind, programme (id), open (true: taking applications).")
    public PageJson<ProjectRow> listProjects(@QueryParam("q") String q, @QueryParam("status") String status,
                                     @QueryParam("kind") String kind, @QueryParam("programme") String programme,
                                     @QueryParam("open") String open, @QueryParam("page") String page,
                                     @QueryParam("size") String size, @QueryParam("sort") String sort,
                                     @QueryParam("order") String order) {
        Paging paging = Params.paging(page, size, sort, order);
        ProjectFilter filter = new ProjectFilter(Params.text(q), Params.enumValue(ProjectStatus.class, status, "status"),
                Params.enumValue(ProjectKind.class, kind, "kind"), Params.id(programme, "programme"),
                "true".equalsIgnoreCase(Params.text(open)) ? Boolean.TRUE : null);
        return PageJson.of(projects.search(filter, paging.request()), paging);
    }

    @GET
    @Path("open")
    @Operation(summary = "Projects open for the caller's company to apply to, best match first (member users)")
    public List<MatchRow> openProjects() {
        return projects.openForMyCompany();
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One project (a member user: only one open to it or one it takes part in)")
    public Response getProject(@PathParam("id") long id) {
        Project project = projects.get(id);
        return Response.ok(ProjectJson.of(project)).tag(Versions.tag(project.getVersion())).build();
    }

    @GET
    @Path("{id}/participants")
    @Operation(summary = "The project's applicants and participants (a member user: only its own company's)")
    public List<ParticipationRow> projectParticipants(@PathParam("id") long id) {
        projects.get(id); // 404 for a project that does not exist or that the caller may not see
        return participations.participants(id);
    }
}

package pl.klaster.portal.web.resource;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.klaster.portal.domain.project.ProjectDocument;
import pl.klaster.portal.service.project.ProjectService;

import java.io.IOException;
import java.io.Serial;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * {@code /document/<id>}: a project document, as an attachment with its recognised content type, for those who
 * may see its project (the service decides; anyone else gets 404). The checksum is sent as the ETag.
 */
@WebServlet("/document/*")
public class DocumentServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<ProjectDocument> document = LogoServlet.pathId(request.getPathInfo()).flatMap(projects::document);
        if (document.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        ProjectDocument d = document.get();
        byte[] data = d.getData();
        response.setHeader("ETag", "\"" + d.getSha256() + "\"");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename*=UTF-8''"
                + URLEncoder.encode(d.getFileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        response.setContentType(d.getContentType());
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}

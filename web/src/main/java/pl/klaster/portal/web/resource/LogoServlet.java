package pl.klaster.portal.web.resource;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.klaster.portal.service.member.LogoService;

import java.io.IOException;
import java.io.Serial;
import java.util.Optional;

/**
 * {@code /logo/<memberId>}: a member's logo for signed-in users (web.xml constrains the path), with the image's
 * own content type, an ETag from its checksum, and {@code nosniff} so a browser never reads it as anything else.
 */
@WebServlet("/logo/*")
public class LogoServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private LogoService logos;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<LogoService.Logo> logo = pathId(request.getPathInfo()).flatMap(logos::logo);
        if (logo.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        String etag = "\"" + logo.get().sha256() + "\"";
        response.setHeader("ETag", etag);
        response.setHeader("Cache-Control", "private, max-age=300");
        response.setHeader("X-Content-Type-Options", "nosniff");
        if (etag.equals(request.getHeader("If-None-Match"))) {
            response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
            return;
        }
        response.setContentType(logo.get().contentType());
        response.setContentLength(logo.get().data().length);
        response.getOutputStream().write(logo.get().data());
    }

    /** The numeric id at the end of a path ({@code /123}), if it is one. */
    static Optional<Long> pathId(String pathInfo) {
        if (pathInfo == null || !pathInfo.matches("/\\d{1,18}")) {
            return Optional.empty();
        }
        return Optional.of(Long.parseLong(pathInfo.substring(1)));
    }
}

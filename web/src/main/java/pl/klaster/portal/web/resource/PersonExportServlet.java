package pl.klaster.portal.web.resource;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.privacy.PersonDataService;

import java.io.IOException;
import java.io.Serial;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /admin/person-export/<contact id>}: everything held about a contact person as a JSON download (GDPR right
 * of access), for ADMIN only (web.xml closes {@code /admin/*} to the other roles, and the service checks again).
 * An unknown id, or a refused call, is 404.
 */
@WebServlet("/admin/person-export/*")
public class PersonExportServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private PersonDataService personData;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<Long> id = LogoServlet.pathId(request.getPathInfo());
        if (id.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        JsonObject document;
        try {
            document = personData.export(id.get());
        } catch (NotFoundException | EJBAccessException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.writeObject(document);
        }
        byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"person-data-" + id.get() + ".json\"");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}

package pl.klaster.portal.web.diagnostics;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * {@code GET /diagnostics/statements?id=...}: the number of SQL statements the request with that id ran, as
 * plain text; 404 when diagnostics are off or the id is unknown.
 */
@WebServlet("/diagnostics/statements")
public class StatementCountServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Integer count = StatementCounts.enabled() ? StatementCounts.countOf(request.getParameter("id")) : null;
        if (count == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        response.setContentType("text/plain;charset=UTF-8");
        response.getWriter().print(count);
    }
}

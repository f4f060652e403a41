package pl.klaster.portal.web.diagnostics;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.ConfigProvider;
import pl.klaster.portal.domain.diagnostics.SqlStatements;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * When enabled, counts the SQL statements of every request that carries an {@value #HEADER} header and keeps
 * the count under that id (the last 1,000 ids), for {@link StatementCountServlet} to tell. A header of the
 * response would not do: a long page is sent before the request ends, and its headers with it.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class StatementCounts extends HttpFilter {

    public static final String HEADER = "X-Klaster-Count-Id";
    static final String ENABLED = "klaster.diagnostics.statements";

    private static final Map<String, Integer> COUNTS = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Integer> eldest) {
            return size() > 1000;
        }
    });

    static boolean enabled() {
        return ConfigProvider.getConfig().getOptionalValue(ENABLED, Boolean.class).orElse(false);
    }

    static Integer countOf(String id) {
        return COUNTS.get(id);
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String id = request.getHeader(HEADER);
        if (id == null || id.isBlank() || id.length() > 100 || !enabled()) {
            chain.doFilter(request, response);
            return;
        }
        SqlStatements.reset();
        try {
            chain.doFilter(request, response);
        } finally {
            COUNTS.put(id, SqlStatements.count());
        }
    }
}

package pl.klaster.portal.web.i18n;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.io.Serial;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Decides the language of every request and remembers a switch.
 * <p>
 * A GET with {@code ?lang=en} (the language links on every page) stores the choice in a cookie for a year and
 * redirects to the same address without the parameter. Every request then gets its locale, as the request
 * attribute {@value #ATTRIBUTE}, from that cookie or else from the browser's languages (Polish by default);
 * the Faces view takes it from there, so error pages are translated too.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR})
public class LocaleFilter extends HttpFilter {

    public static final String ATTRIBUTE = "klaster.locale";
    public static final String COOKIE = "klaster-lang";
    public static final String PARAMETER = "lang";
    private static final int ONE_YEAR = 365 * 24 * 3600;

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getDispatcherType() == DispatcherType.REQUEST && "GET".equals(request.getMethod())) {
            Optional<Locale> switched = Languages.supported(queryParameter(request.getQueryString(), PARAMETER));
            if (switched.isPresent()) {
                remember(switched.get(), request, response);
                response.sendRedirect(withoutParameter(request));
                return;
            }
        }
        if (request.getAttribute(ATTRIBUTE) == null) {
            // without an Accept-Language header the container would answer with its own default locale: ignore that
            request.setAttribute(ATTRIBUTE, Languages.resolve(cookie(request),
                    request.getHeader("Accept-Language") == null ? null : request.getLocales()));
        }
        chain.doFilter(request, response);
    }

    private static void remember(Locale locale, HttpServletRequest request, HttpServletResponse response) {
        Cookie cookie = new Cookie(COOKIE, locale.getLanguage());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge(ONE_YEAR);
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private static String cookie(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return null;
        }
        return Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue)
                .findFirst().orElse(null);
    }

    static String queryParameter(String query, String name) {
        if (query == null) {
            return null;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0 && pair.substring(0, eq).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }

    /** The same address without the language parameter; only a path of this application, never another site. */
    static String withoutParameter(HttpServletRequest request) {
        String rest = request.getQueryString() == null ? "" : Arrays.stream(request.getQueryString().split("&"))
                .filter(pair -> !pair.startsWith(PARAMETER + "="))
                .collect(Collectors.joining("&"));
        return request.getRequestURI() + (rest.isEmpty() ? "" : "?" + rest);
    }
}

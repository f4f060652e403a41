package pl.klaster.portal.web.resource;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.outreach.CalendarExport;
import pl.klaster.portal.service.outreach.ICalendar;
import pl.klaster.portal.web.i18n.LocaleFilter;

import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * iCalendar files of outreach activities, in the reader's language, for any signed-in user:
 * {@code /calendar/upcoming.ics} (all that have not ended) and {@code /calendar/activity/<id>.ics} (one).
 * Served as attachments, so a browser hands them to the calendar program; anything else is 404.
 */
@WebServlet("/calendar/*")
public class CalendarServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    private static final Pattern ONE = Pattern.compile("/activity/(\\d{1,18})\\.ics");

    @Inject
    private CalendarExport export;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        String language = request.getAttribute(LocaleFilter.ATTRIBUTE) instanceof Locale l ? l.getLanguage() : "pl";
        String ics;
        String fileName;
        Matcher one = ONE.matcher(path);
        try {
            if ("/upcoming.ics".equals(path)) {
                ics = export.upcoming(language);
                fileName = "klaster-activities.ics";
            } else if (one.matches()) {
                ics = export.activity(Long.parseLong(one.group(1)), language);
                fileName = "klaster-activity-" + one.group(1) + ".ics";
            } else {
                response.sendError(HttpServletResponse.SC_NOT_FOUND);
                return;
            }
        } catch (NotFoundException e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] data = ics.getBytes(StandardCharsets.UTF_8);
        response.setContentType(ICalendar.MEDIA_TYPE);
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + fileName + "\"");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}

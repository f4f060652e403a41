package pl.klaster.portal.web.resource;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import pl.klaster.portal.service.member.imports.ImportField;
import pl.klaster.portal.service.member.imports.ImportKind;
import pl.klaster.portal.web.i18n.Bundles;
import pl.klaster.portal.web.i18n.LocaleFilter;

import java.io.IOException;
import java.io.Serial;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The template of an import file, for staff (under {@code /staff/}, so only STAFF and ADMIN reach it):
 * {@code /staff/import-template/members.csv} and {@code .../contacts.csv}. One header line with the fields'
 * names in the reader's language (names the import recognises), separated by semicolons, in UTF-8 with a
 * byte-order mark so that a spreadsheet program opens Polish letters correctly.
 */
@WebServlet("/staff/import-template/*")
public class ImportTemplateServlet extends HttpServlet {

    @Serial
    private static final long serialVersionUID = 1L;

    /** The header line of a kind's template, in a language. */
    public static String header(ImportKind kind, Locale locale) {
        Bundles texts = Bundles.of(locale);
        return ImportField.of(kind).stream().map(f -> texts.text("import.field." + f.name())).collect(Collectors.joining(";"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo();
        ImportKind kind = switch (path) {
            case "/members.csv" -> ImportKind.MEMBERS;
            case "/contacts.csv" -> ImportKind.CONTACTS;
            default -> null;
        };
        if (kind == null) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Locale locale = request.getAttribute(LocaleFilter.ATTRIBUTE) instanceof Locale l ? l : Locale.forLanguageTag("pl");
        byte[] data = ("\uFEFF" + header(kind, locale) + "\r\n").getBytes(StandardCharsets.UTF_8);
        response.setContentType("text/csv; charset=UTF-8");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Content-Disposition", "attachment; filename=\"klaster-import-" + path.substring(1) + "\"");
        response.setContentLength(data.length);
        response.getOutputStream().write(data);
    }
}

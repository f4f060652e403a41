package pl.klaster.portal.service.report.export;

import pl.klaster.portal.service.report.table.ReportHeader;

import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The few words the writers add around a report ("Page", "Generated at") and the way the PDF writes a percentage,
 * from the {@code export} bundle in the report's language; English is the base bundle, so a language without its
 * own file reads English.
 */
final class Texts {

    static final String BUNDLE = "pl.klaster.portal.service.report.export.export";

    /** The language of a report that names none: the portal's first language. */
    static final Locale DEFAULT_LOCALE = Locale.forLanguageTag("pl");

    /** When a report was made, as shown next to "Generated at": the report's own offset, to the minute. */
    static final DateTimeFormatter GENERATED_AT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Texts() {
    }

    static Locale locale(ReportHeader header) {
        return header.locale() == null ? DEFAULT_LOCALE : header.locale();
    }

    static String text(Locale locale, String key, Object... arguments) {
        return new MessageFormat(pattern(locale, key), locale).format(arguments);
    }

    /** The entry as it stands in the bundle, e.g. a number pattern. */
    static String pattern(Locale locale, String key) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(key);
    }

    /** "Generated at 2026-03-14 10:30", or null when the report does not say when it was made. */
    static String generatedAt(ReportHeader header) {
        return header.generatedAt() == null ? null
                : text(locale(header), "generatedAt", GENERATED_AT.format(header.generatedAt()));
    }
}

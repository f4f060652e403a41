package pl.klaster.portal.web.i18n;

import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The portal's languages and how one is chosen: an explicit choice (the cookie) first, then the first of the
 * browser's languages that the portal speaks, else Polish.
 */
public final class Languages {

    public static final Locale POLISH = Locale.forLanguageTag("pl");
    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final List<Locale> SUPPORTED = List.of(POLISH, ENGLISH);
    public static final Locale DEFAULT = POLISH;

    private Languages() {
    }

    /** The supported language of that tag ("pl", "en", "en-GB"...), if any. */
    public static Optional<Locale> supported(String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(tag.trim()).getLanguage();
        return SUPPORTED.stream().filter(l -> l.getLanguage().equals(language)).findFirst();
    }

    /**
     * @param chosen  the language chosen before (cookie value), or null
     * @param browser the browser's languages in order of preference (Accept-Language)
     */
    public static Locale resolve(String chosen, Enumeration<Locale> browser) {
        Optional<Locale> explicit = supported(chosen);
        if (explicit.isPresent()) {
            return explicit.get();
        }
        while (browser != null && browser.hasMoreElements()) {
            Optional<Locale> match = supported(browser.nextElement().toLanguageTag());
            if (match.isPresent()) {
                return match.get();
            }
        }
        return DEFAULT;
    }
}

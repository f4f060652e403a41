package pl.klaster.portal.service.reference;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The countries of ISO 3166 (alpha-2), as the JDK knows them, with names in the page's language. Countries are
 * always picked from this list, never typed.
 */
public final class Countries {

    /** One country: its code and its name in the asked language. */
    public record Country(String code, String name) {
    }

    private static final Set<String> CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    private Countries() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }

    public static String name(String code, Locale locale) {
        return code == null ? "" : new Locale("", code).getDisplayCountry(locale);
    }

    /** Every country, sorted by its name in that language. */
    public static List<Country> all(Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return CODES.stream().map(code -> new Country(code, name(code, locale)))
                .sorted(Comparator.comparing(Country::name, collator)).toList();
    }
}

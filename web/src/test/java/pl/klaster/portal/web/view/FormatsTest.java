package pl.klaster.portal.web.view;

import org.junit.jupiter.api.Test;
import pl.klaster.portal.web.i18n.LocaleBacking;

import java.lang.reflect.Field;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Dates, numbers and money follow the reader's language: "1 234,56 zł" for Polish, "PLN 1,234.56" for English,
 * whatever the server's own locale is. (Java writes Polish thousands with a no-break space, which keeps an
 * amount on one line.)
 */
class FormatsTest {

    private static final char NBSP = '\u00a0';

    @Test
    void moneyInPolishAndInEnglish() throws Exception {
        BigDecimal amount = new BigDecimal("1234.56");

        assertThat(formats("pl").money(amount, "PLN")).isEqualTo("1" + NBSP + "234,56" + NBSP + "zł");
        assertThat(formats("en").money(amount, "PLN")).isEqualTo("PLN 1,234.56");
        assertThat(formats("en").money(amount, "EUR")).isEqualTo("€1,234.56".replace("€", "EUR "));
        assertThat(formats("pl").money(new BigDecimal("-5"), "EUR")).isEqualTo("-5,00" + NBSP + "€");
        assertThat(formats("pl").money(null, "PLN")).isEmpty();
    }

    @Test
    void numbersPercentagesAndDates() throws Exception {
        assertThat(formats("pl").number(1234567)).isEqualTo("1" + NBSP + "234" + NBSP + "567");
        assertThat(formats("en").number(1234567)).isEqualTo("1,234,567");
        assertThat(formats("pl").percent(new BigDecimal("0.255"))).isEqualTo("25,5%");
        assertThat(formats("en").percent(new BigDecimal("0.255"))).isEqualTo("25.5%");
        assertThat(formats("pl").decimal(new BigDecimal("1234.5"))).isEqualTo("1" + NBSP + "234,5");
        LocalDate day = LocalDate.of(2026, 3, 9);
        assertThat(formats("pl").date(day)).isEqualTo("9 mar 2026");
        assertThat(formats("en").date(day)).isEqualTo("9 Mar 2026");
    }

    @Test
    void timesAreShownInTheClustersTimeZone() throws Exception {
        OffsetDateTime utc = OffsetDateTime.of(2026, 7, 1, 22, 30, 0, 0, ZoneOffset.UTC);

        assertThat(formats("pl").dateTime(utc)).startsWith("2 lip 2026").endsWith("00:30");
    }

    private static Formats formats(String language) throws Exception {
        Formats formats = new Formats();
        set(formats, "locale", new LocaleBacking() {
            @Override
            public Locale getCurrent() {
                return Locale.forLanguageTag(language);
            }
        });
        set(formats, "timezone", "Europe/Warsaw");
        return formats;
    }

    private static void set(Object target, String name, Object value) throws Exception {
        Field field = target.getClass().getDeclaredField(name);
        field.setAccessible(true);
        field.set(target, value);
    }
}

package pl.klaster.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.klaster.portal.service.reference.Countries;
import pl.klaster.portal.web.i18n.LocaleBacking;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Collection;
import java.util.Currency;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Dates, numbers, money and country names in the page's language: {@code 1 234,56 zł} in Polish,
 * {@code PLN 1,234.56} in English; times in the cluster's time zone ({@code klaster.timezone}).
 */
@Named("fmt")
@RequestScoped
public class Formats {

    @Inject
    private LocaleBacking locale;

    @Inject
    @ConfigProperty(name = "klaster.timezone", defaultValue = "Europe/Warsaw")
    private String timezone;

    private Locale formatLocale() {
        return "en".equals(locale.getLanguage()) ? Locale.UK : Locale.forLanguageTag("pl-PL");
    }

    public String date(LocalDate date) {
        return date == null ? "" : date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(formatLocale()));
    }

    public String dateTime(OffsetDateTime time) {
        return time == null ? "" : time.atZoneSameInstant(ZoneId.of(timezone))
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(formatLocale()));
    }

    public String number(Number value) {
        return value == null ? "" : NumberFormat.getNumberInstance(formatLocale()).format(value);
    }

    /** An amount with its currency (PLN unless given), two decimals. */
    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(formatLocale());
        Currency c = Currency.getInstance(currency == null || currency.isBlank() ? "PLN" : currency);
        format.setCurrency(c);
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        String text = format.format(amount);
        return "en".equals(locale.getLanguage()) ? text.replace(c.getSymbol(Locale.UK), c.getCurrencyCode() + " ").replace("  ", " ") : text;
    }

    /** A fraction as a percentage with one decimal ({@code 0.255} → "25,5%" / "25.5%"). */
    public String percent(BigDecimal fraction) {
        if (fraction == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(formatLocale());
        format.setRoundingMode(java.math.RoundingMode.HALF_UP);
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(fraction);
    }

    /** A decimal with the places it carries (at most two): counts without decimals, percentages with one, amounts with two. */
    public String decimal(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(formatLocale());
        int places = Math.max(0, Math.min(2, value.scale()));
        format.setMinimumFractionDigits(places);
        format.setMaximumFractionDigits(places);
        return format.format(value);
    }

    public String pln(BigDecimal amount) {
        return money(amount, "PLN");
    }

    public String country(String code) {
        return Countries.name(code, locale.getCurrent());
    }

    public String join(Collection<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public String countries(Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::country).sorted().collect(Collectors.joining(", "));
    }
}

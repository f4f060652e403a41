package pl.klaster.portal.service.reference;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class CountriesTest {

    @Test
    void countriesComeFromIso3166WithPolishAndEnglishNames() {
        assertThat(Countries.isKnown("PL")).isTrue();
        assertThat(Countries.isKnown("XX")).isFalse();
        assertThat(Countries.name("DE", Locale.forLanguageTag("pl"))).isEqualTo("Niemcy");
        assertThat(Countries.name("DE", Locale.ENGLISH)).isEqualTo("Germany");
        assertThat(Countries.all(Locale.ENGLISH)).hasSizeGreaterThan(240);
    }

    @Test
    void theListIsSortedByNameInTheLanguage() {
        var polish = Countries.all(Locale.forLanguageTag("pl"));
        int austria = polish.indexOf(new Countries.Country("AT", "Austria"));
        int czechia = polish.stream().map(Countries.Country::code).toList().indexOf("CZ");
        assertThat(austria).isLessThan(czechia);
    }
}

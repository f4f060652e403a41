package pl.klaster.portal.web.i18n;

import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class LanguagesTest {

    private static java.util.Enumeration<Locale> browser(String... tags) {
        return Collections.enumeration(List.of(tags).stream().map(Locale::forLanguageTag).toList());
    }

    @Test
    void theFirstBrowserLanguageThePortalSpeaksWins() {
        assertThat(Languages.resolve(null, browser("en-GB", "pl"))).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.resolve(null, browser("de", "pl-PL", "en"))).isEqualTo(Languages.POLISH);
    }

    @Test
    void polishWhenNeitherFits() {
        assertThat(Languages.resolve(null, browser("de", "fr"))).isEqualTo(Languages.POLISH);
        assertThat(Languages.resolve(null, browser())).isEqualTo(Languages.POLISH);
        assertThat(Languages.resolve(null, null)).isEqualTo(Languages.POLISH);
    }

    @Test
    void anEarlierChoiceBeatsTheBrowser() {
        assertThat(Languages.resolve("en", browser("pl"))).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.resolve("pl", browser("en"))).isEqualTo(Languages.POLISH);
    }

    @Test
    void anUnknownChoiceIsIgnored() {
        assertThat(Languages.resolve("xx", browser("en"))).isEqualTo(Languages.ENGLISH);
        assertThat(Languages.supported("<script>")).isEmpty();
    }
}

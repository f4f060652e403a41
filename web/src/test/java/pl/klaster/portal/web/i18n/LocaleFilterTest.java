package pl.klaster.portal.web.i18n;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LocaleFilterTest {

    @Test
    void readsOneParameterOfAQueryString() {
        assertThat(LocaleFilter.queryParameter("a=1&lang=en&b=2", "lang")).isEqualTo("en");
        assertThat(LocaleFilter.queryParameter("language=en", "lang")).isNull();
        assertThat(LocaleFilter.queryParameter(null, "lang")).isNull();
        assertThat(LocaleFilter.queryParameter("lang=p%6C", "lang")).isEqualTo("pl");
    }
}

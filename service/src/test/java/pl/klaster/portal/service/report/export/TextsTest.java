package pl.klaster.portal.service.report.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

class TextsTest {

    private static Properties load(String name) throws IOException {
        try (InputStream in = TextsTest.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @Test
    void polishAndEnglishHaveTheSameKeys() throws IOException {
        assertThat(load("export_pl.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(load("export.properties").keySet());
    }

    @Test
    void aLanguageWithoutItsOwnBundleReadsEnglishWhateverTheServersLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(SampleReports.POLISH);
            assertThat(Texts.text(Locale.GERMAN, "page")).isEqualTo("Page");
            assertThat(Texts.text(Locale.forLanguageTag("pl"), "page")).isEqualTo("Strona");
        } finally {
            Locale.setDefault(before);
        }
    }
}

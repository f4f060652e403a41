package pl.klaster.portal.web.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every user-visible text exists in Polish and in English, is not empty, and is a valid MessageFormat pattern.
 */
class BundleTest {

    @ParameterizedTest
    @ValueSource(strings = {"pl/klaster/portal/web/messages", "ValidationMessages"})
    void polishAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Properties polish = load(bundle + "_pl.properties");
        Properties english = load(bundle + "_en.properties");

        Set<String> onlyPolish = new TreeSet<>(polish.stringPropertyNames());
        onlyPolish.removeAll(english.stringPropertyNames());
        Set<String> onlyEnglish = new TreeSet<>(english.stringPropertyNames());
        onlyEnglish.removeAll(polish.stringPropertyNames());

        assertThat(onlyPolish).as("keys only in Polish").isEmpty();
        assertThat(onlyEnglish).as("keys only in English").isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"pl/klaster/portal/web/messages_pl.properties", "pl/klaster/portal/web/messages_en.properties"})
    void everyTextIsFilledAndAValidPattern(String file) throws IOException {
        Properties texts = load(file);
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            assertThat(text).as(key).isNotBlank();
            assertThat(new MessageFormat(text).getFormats()).as(key).isNotNull();
        }
    }

    private static Properties load(String resource) throws IOException {
        try (InputStream in = BundleTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}

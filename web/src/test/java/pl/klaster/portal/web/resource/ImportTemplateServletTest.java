package pl.klaster.portal.web.resource;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import pl.klaster.portal.service.member.imports.ColumnMapping;
import pl.klaster.portal.service.member.imports.ImportField;
import pl.klaster.portal.service.member.imports.ImportKind;

import java.util.Arrays;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The import templates name every field of their kind, in both languages, so that an upload maps them all. */
class ImportTemplateServletTest {

    @ParameterizedTest
    @CsvSource({"MEMBERS,pl", "MEMBERS,en", "CONTACTS,pl", "CONTACTS,en"})
    void aTemplatesHeaderIsMappedToEveryFieldOfItsKind(ImportKind kind, String language) {
        String header = ImportTemplateServlet.header(kind, Locale.forLanguageTag(language));
        ColumnMapping mapping = ColumnMapping.propose(kind, Arrays.asList(header.split(";")));
        assertThat(mapping.fields()).containsExactlyElementsOf(ImportField.of(kind));
    }
}

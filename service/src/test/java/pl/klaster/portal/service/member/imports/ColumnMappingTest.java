package pl.klaster.portal.service.member.imports;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The mapping proposed from header names, and what makes a mapping unusable. */
class ColumnMappingTest {

    @Test
    void polishAndEnglishHeadersAreRecognisedWithoutCaseOrDiacritics() {
        ColumnMapping polish = ColumnMapping.propose(ImportKind.MEMBERS,
                List.of("NIP", "Pełna nazwa", "Kod pocztowy", "Miejscowość", "WOJEWÓDZTWO", "E-mail", "Wielkość", "Uwagi"));
        assertThat(polish.fields()).containsExactly(ImportField.NIP, ImportField.LEGAL_NAME, ImportField.POSTAL_CODE,
                ImportField.CITY, ImportField.VOIVODESHIP, ImportField.EMAIL, ImportField.SIZE_CLASS, null);

        ColumnMapping english = ColumnMapping.propose(ImportKind.CONTACTS,
                List.of("Company NIP", "First name", "Last name", "e-mail", "Job title", "Phone"));
        assertThat(english.fields()).containsExactly(ImportField.MEMBER_NIP, ImportField.FIRST_NAME, ImportField.LAST_NAME,
                ImportField.CONTACT_EMAIL, ImportField.JOB_TITLE, ImportField.CONTACT_PHONE);
    }

    @Test
    void aFieldIsProposedForTheFirstColumnOnly() {
        assertThat(ColumnMapping.propose(ImportKind.MEMBERS, List.of("nazwa", "name")).fields())
                .containsExactly(ImportField.LEGAL_NAME, null);
    }

    @Test
    void theKeyMustBeMappedAndNoFieldTwiceNorOfTheOtherKind() {
        ColumnMapping noKey = new ColumnMapping(Arrays.asList(ImportField.LEGAL_NAME, null));
        assertThat(noKey.problems(ImportKind.MEMBERS)).extracting(RowMessage::key).containsExactly("import.mapping.keyMissing");

        ColumnMapping twice = new ColumnMapping(List.of(ImportField.NIP, ImportField.CITY, ImportField.CITY));
        assertThat(twice.problems(ImportKind.MEMBERS)).extracting(RowMessage::key).containsExactly("import.mapping.twice");

        ColumnMapping wrongKind = new ColumnMapping(List.of(ImportField.NIP, ImportField.FIRST_NAME));
        assertThat(wrongKind.problems(ImportKind.MEMBERS)).extracting(RowMessage::key).containsExactly("import.mapping.wrongKind");
        assertThat(new ColumnMapping(List.of(ImportField.NIP)).problems(ImportKind.MEMBERS)).isEmpty();
    }

    @Test
    void aValueIsTheTrimmedCellOrNullWhenBlankOrUnmapped() {
        ColumnMapping mapping = new ColumnMapping(Arrays.asList(ImportField.NIP, null, ImportField.CITY));
        ParsedFile.Row row = new ParsedFile.Row(2, List.of(" 123 ", "x", "  "));
        assertThat(mapping.value(row, ImportField.NIP)).isEqualTo("123");
        assertThat(mapping.value(row, ImportField.CITY)).isNull();
        assertThat(mapping.value(row, ImportField.LEGAL_NAME)).isNull();
    }
}

package pl.klaster.portal.service.member.imports;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A row's text into a member or contact, checked by the entity's own constraints. */
class RowRulesTest {

    private static final List<String> HEADERS = List.of("NIP", "Nazwa", "Kod pocztowy", "Miasto", "Województwo",
            "Rodzaj", "Wielkość", "REGON", "E-mail");
    private static final ColumnMapping MAPPING = ColumnMapping.propose(ImportKind.MEMBERS, HEADERS);
    private static Validator validator;

    @BeforeAll
    static void validator() {
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static ParsedFile.Row row(String... cells) {
        return new ParsedFile.Row(2, List.of(cells));
    }

    private static List<RowMessage> check(ParsedFile.Row row, Member member) {
        List<RowMessage> messages = new java.util.ArrayList<>(RowRules.apply(MAPPING, row, member));
        messages.addAll(RowRules.violations(validator, member));
        return messages;
    }

    @Test
    void aCompleteRowMakesAValidMemberWithNormalisedIdentifiersAndRecognisedNames() {
        Member member = new Member();
        List<RowMessage> messages = check(row("PL 123-456-32-18", "Wtryskownia Sp. z o.o.", "85-758", "Bydgoszcz",
                "woj. Kujawsko-Pomorskie", "Przedsiębiorstwo", "małe", "", "biuro@example.org"), member);
        assertThat(messages).isEmpty();
        assertThat(member.getNip()).isEqualTo("1234563218");
        assertThat(member.getAddress().getVoivodeship()).isEqualTo(Voivodeship.KUJAWSKO_POMORSKIE);
        assertThat(member.getMemberType()).isEqualTo(MemberType.ENTERPRISE);
        assertThat(member.getSizeClass()).isEqualTo(SizeClass.SMALL);
        assertThat(member.getRegon()).isNull();
    }

    @Test
    void badValuesGiveOneMessageEachAtTheirField() {
        List<RowMessage> messages = check(row("123-456-32-19", "", "85758", "Bydgoszcz", "Bawaria", "firma", "ogromne",
                "12345", "nie-adres"), new Member());
        assertThat(messages).extracting(m -> m.field() + " " + m.key()).containsExactlyInAnyOrder(
                "NIP member.nip.invalid", "LEGAL_NAME validation.required", "POSTAL_CODE address.postalCode.invalid",
                "VOIVODESHIP import.row.unknownValue", "VOIVODESHIP address.voivodeship.required",
                "SIZE_CLASS import.row.unknownValue", "SIZE_CLASS validation.required", "REGON member.regon.invalid",
                "EMAIL validation.email");
        assertThat(messages).filteredOn(m -> m.field() == ImportField.VOIVODESHIP && m.key().startsWith("import."))
                .singleElement().extracting(RowMessage::arguments).isEqualTo(List.of("Bawaria"));
    }

    @Test
    void blankCellsLeaveAnExistingMembersFieldsAsTheyAre() {
        Member member = new Member();
        member.setLegalName("Stara Nazwa");
        member.setEmail("stary@example.org");
        RowRules.apply(MAPPING, row("1234563218", "", "", "", "", "", "", "", "nowy@example.org"), member);
        assertThat(member.getLegalName()).isEqualTo("Stara Nazwa");
        assertThat(member.getEmail()).isEqualTo("nowy@example.org");
    }

    @Test
    void aTooLongNameSaysItsLimit() {
        List<RowMessage> messages = check(row("1234563218", "x".repeat(301), "", "Bydgoszcz", "14", "inne", "duże", "", ""),
                new Member());
        assertThat(messages).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("validation.tooLong");
            assertThat(m.arguments()).containsExactly("300");
        });
    }

    @Test
    void voivodeshipsAreKnownByNameConstantOrTerytCode() {
        assertThat(RowRules.voivodeship("Śląskie")).contains(Voivodeship.SLASKIE);
        assertThat(RowRules.voivodeship("WARMINSKO_MAZURSKIE")).contains(Voivodeship.WARMINSKO_MAZURSKIE);
        assertThat(RowRules.voivodeship("łódzkie")).contains(Voivodeship.LODZKIE);
        assertThat(RowRules.voivodeship("04")).contains(Voivodeship.KUJAWSKO_POMORSKIE);
        assertThat(RowRules.voivodeship("Bavaria")).isEmpty();
    }

    @Test
    void aContactRowNeedsItsNamesAndAValidEmail() {
        ColumnMapping mapping = ColumnMapping.propose(ImportKind.CONTACTS, List.of("NIP", "Imię", "Nazwisko", "E-mail"));
        ContactPerson contact = new ContactPerson(null);
        RowRules.apply(mapping, new ParsedFile.Row(2, List.of("1234563218", "Anna", "", "ANNA@Example.org")), contact);
        assertThat(contact.getEmail()).isEqualTo("anna@example.org");
        assertThat(RowRules.violations(validator, contact)).extracting(m -> m.field() + " " + m.key())
                .containsExactly("LAST_NAME validation.required");
    }
}

package pl.klaster.portal.domain.member;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The member's constraints as Bean Validation sees them (the same rules the forms and the services use). */
class MemberConstraintsTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static Member valid() {
        Member m = new Member();
        m.setLegalName("Test Sp. z o.o.");
        m.setNip("123-456-32-18");
        m.setMemberType(MemberType.ENTERPRISE);
        m.setSizeClass(SizeClass.SMALL);
        m.getAddress().setCity("Bydgoszcz");
        m.getAddress().setPostalCode("85-758");
        m.getAddress().setVoivodeship(Voivodeship.KUJAWSKO_POMORSKIE);
        return m;
    }

    private static Set<String> problems(Member m) {
        return validator.validate(m).stream().map(v -> v.getPropertyPath() + ": " + v.getMessage())
                .collect(java.util.stream.Collectors.toSet());
    }

    @Test
    void aCompleteMemberIsValidAndItsNipIsStoredAsDigits() {
        Member m = valid();
        assertThat(validator.validate(m)).isEmpty();
        assertThat(m.getNip()).isEqualTo("1234563218");
    }

    @Test
    void eachBadFieldGetsItsOwnMessage() {
        Member m = valid();
        m.setLegalName(" ");
        m.setNip("123-456-32-19");
        m.setRegon("12345");
        m.setKrs("12");
        m.setWebsite("www.no-scheme.example");
        m.setEmail("not-an-address");
        m.getAddress().setPostalCode("85758");
        assertThat(problems(m)).extracting(p -> p.substring(0, p.indexOf(':')))
                .contains("legalName", "nip", "regon", "krs", "website", "email", "address.postalCodeValidForCountry");
        assertThat(problems(m)).anyMatch(p -> p.startsWith("nip: This is not a valid NIP"));
    }

    @Test
    void aPolishMemberNeedsANipAndAVoivodeshipAForeignOneNeither() {
        Member polish = valid();
        polish.setNip(null);
        polish.getAddress().setVoivodeship(null);
        assertThat(problems(polish)).extracting(p -> p.substring(0, p.indexOf(':')))
                .contains("nipGivenInPoland", "address.voivodeshipGivenInPoland");

        Member foreign = valid();
        foreign.setNip(null);
        foreign.getAddress().setCountryCode("DE");
        foreign.getAddress().setVoivodeship(null);
        foreign.getAddress().setPostalCode("09126");
        assertThat(validator.validate(foreign)).isEmpty();
    }

    @Test
    void tooLongTextsAreRefused() {
        Member m = valid();
        m.setDescriptionPl("x".repeat(4001));
        Set<ConstraintViolation<Member>> violations = validator.validate(m);
        assertThat(violations).hasSize(1);
        assertThat(violations.iterator().next().getMessage()).contains("4000");
    }
}

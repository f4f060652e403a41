package pl.klaster.portal.domain.member;

import jakarta.validation.Validation;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Field;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The directory consent keeps the date it was given; anonymising leaves a valid row that names nobody. */
class ContactPersonTest {

    private static ContactPerson person(long id) throws ReflectiveOperationException {
        ContactPerson p = new ContactPerson(new Member());
        Field field = ContactPerson.class.getDeclaredField("id");
        field.setAccessible(true);
        field.set(p, id);
        p.setFirstName("Ida");
        p.setLastName("Odchodząca");
        p.setJobTitle("Kierowniczka eksportu");
        p.setEmail("ida@example.org");
        p.setPhone("+48 52 123 45 67");
        return p;
    }

    @Test
    void consentIsDatedWhenGivenKeptWhileGivenAndClearedWhenWithdrawn() throws ReflectiveOperationException {
        ContactPerson p = person(1);
        assertThat(p.getDirectoryConsentAt()).isNull();
        p.setDirectoryConsent(true);
        OffsetDateTime given = p.getDirectoryConsentAt();
        assertThat(given).isNotNull();
        p.setDirectoryConsent(true);
        assertThat(p.getDirectoryConsentAt()).as("saving again does not move the date").isEqualTo(given);
        p.setDirectoryConsent(false);
        assertThat(p.getDirectoryConsentAt()).isNull();
    }

    @Test
    void anonymisingReplacesWhatIdentifiesThePersonOnce() throws ReflectiveOperationException {
        ContactPerson p = person(1234);
        p.setDirectoryConsent(true);
        OffsetDateTime at = OffsetDateTime.now(ZoneOffset.UTC);
        p.anonymise(at);

        assertThat(p.getFullName()).isEqualTo("Anonimizowana osoba #1234").isEqualTo(ContactPerson.placeholderName(1234));
        assertThat(p.getEmail()).isEqualTo("anonimizowana-osoba-1234@example.invalid");
        assertThat(p.getPhone()).isNull();
        assertThat(p.getJobTitle()).isNull();
        assertThat(p.isDirectoryConsent()).isFalse();
        assertThat(p.getDirectoryConsentAt()).isNull();
        assertThat(p.getAnonymisedAt()).isEqualTo(at);
        assertThat(p.auditState().values()).noneMatch(v -> v != null && (v.contains("Odchodząca") || v.contains("ida@")));
        assertThat(Validation.buildDefaultValidatorFactory().getValidator().validate(p))
                .as("the placeholders are valid values").isEmpty();
        assertThatThrownBy(() -> p.anonymise(at)).isInstanceOf(IllegalStateException.class);
    }
}

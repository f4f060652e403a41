package pl.klaster.portal.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A person of a member company whom the cluster office contacts. Appears in the member directory only with
 * consent, recorded with its date. Staff and the company's own users keep these; any of them can be invited
 * to the portal (which makes a MEMBER account for the person).
 * <p>
 * A person who leaves can be anonymised ({@link #anonymise}): the row stays, so everything that counts it
 * (registrations, reports) still adds up, but nothing in it says who the person was any more, and it is not
 * edited again.
 */
@Entity
@Table(name = "contact_person")
public class ContactPerson extends BaseEntity implements Auditable {

    private static final long serialVersionUID = 1L;
    private static final String ANONYMOUS_FIRST_NAME = "Anonimizowana";

    @Id
    @SequenceGenerator(name = "contact_person_seq", sequenceName = "contact_person_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "contact_person_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "member_id", nullable = false, updatable = false)
    private Member member;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "last_name", nullable = false, length = 100)
    private String lastName;

    @Size(max = 150, message = "{validation.tooLong}")
    @Column(name = "job_title", length = 150)
    private String jobTitle;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = Lengths.EMAIL, message = "{validation.tooLong}")
    @Column(name = "email", nullable = false, length = Lengths.EMAIL)
    private String email;

    @Pattern(regexp = "[0-9 +()\\-]{6,40}", message = "{validation.phone}")
    @Column(name = "phone", length = Lengths.PHONE)
    private String phone;

    @Column(name = "directory_consent", nullable = false)
    private boolean directoryConsent;

    @Column(name = "directory_consent_at")
    private OffsetDateTime directoryConsentAt;

    /** When the person was anonymised (names and addresses replaced by placeholders); null while not. */
    @Column(name = "anonymised_at")
    private OffsetDateTime anonymisedAt;

    protected ContactPerson() {
    }

    public ContactPerson(Member member) {
        this.member = member;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("firstName", firstName);
        state.put("lastName", lastName);
        state.put("jobTitle", jobTitle);
        state.put("email", email);
        state.put("phone", phone);
        state.put("directoryConsent", directoryConsent ? "yes" : "no");
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Member getMember() {
        return member;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = trim(firstName);
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = trim(lastName);
    }

    public String getFullName() {
        return (firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName);
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = trim(jobTitle);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = trim(phone);
    }

    public boolean isDirectoryConsent() {
        return directoryConsent;
    }

    /** Giving consent records when; withdrawing it clears the date. */
    public void setDirectoryConsent(boolean consent) {
        if (consent && !this.directoryConsent) {
            this.directoryConsentAt = OffsetDateTime.now(ZoneOffset.UTC);
        } else if (!consent) {
            this.directoryConsentAt = null;
        }
        this.directoryConsent = consent;
    }

    public OffsetDateTime getDirectoryConsentAt() {
        return directoryConsentAt;
    }

    public OffsetDateTime getAnonymisedAt() {
        return anonymisedAt;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** The placeholder name of an anonymised person: "Anonimizowana osoba #id". */
    public static String placeholderName(long id) {
        return ANONYMOUS_FIRST_NAME + " " + placeholderLastName(id);
    }

    /** A placeholder address that can never be delivered (the reserved top-level domain .invalid, RFC 2606). */
    public static String placeholderEmail(long id) {
        return "anonimizowana-osoba-" + id + "@example.invalid";
    }

    /** "osoba #id": the full name reads "Anonimizowana osoba #id", and lists sorted by last name keep their order. */
    private static String placeholderLastName(long id) {
        return "osoba #" + id;
    }

    /**
     * Replaces the names, e-mail address, phone and job title by neutral placeholders and withdraws the directory
     * consent (which clears its date). Only the id, the company and the dates of the row stay.
     */
    public void anonymise(OffsetDateTime at) {
        if (anonymisedAt != null) {
            throw new IllegalStateException("Contact person " + id + " is already anonymised");
        }
        this.firstName = ANONYMOUS_FIRST_NAME;
        this.lastName = placeholderLastName(id);
        this.email = placeholderEmail(id);
        this.phone = null;
        this.jobTitle = null;
        setDirectoryConsent(false);
        this.anonymisedAt = at;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

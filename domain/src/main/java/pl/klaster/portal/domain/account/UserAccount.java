package pl.klaster.portal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.time.ZoneOffset;

/**
 * Someone who signs in to the portal. The user name is unique and never changes (but see below); the password is kept only
 * as a PBKDF2 hash (null until the person activates the account). A {@link Role#MEMBER} account belongs to one
 * member company, any other role to none. An inactive account cannot sign in. The user name changes only when
 * the person is anonymised (then to a placeholder, and the account is scrubbed and deactivated for good).
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME,
        query = "SELECT a FROM UserAccount a LEFT JOIN FETCH a.member WHERE a.username = :username")
public class UserAccount extends BaseEntity implements Auditable {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    /** Lower-case letters, digits and . _ @ + - : an e-mail address fits, and the name is safe in URLs and logs. */
    public static final String USERNAME_PATTERN = "[a-z0-9._@+-]{3,64}";

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
    private Long id;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = USERNAME_PATTERN, message = "{account.username.invalid}")
    @Column(name = "username", nullable = false, unique = true, updatable = false, length = Lengths.USERNAME)
    private String username;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.PERSON_NAME, message = "{validation.tooLong}")
    @Column(name = "full_name", nullable = false, length = Lengths.PERSON_NAME)
    private String fullName;

    @NotBlank(message = "{validation.required}")
    @Email(message = "{validation.email}")
    @Size(max = Lengths.EMAIL, message = "{validation.tooLong}")
    @Column(name = "email", nullable = false, length = Lengths.EMAIL)
    private String email;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private Role role;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id")
    private Member member;

    /** The contact person this account was invited as (MEMBER accounts), if any. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "contact_person_id")
    private ContactPerson contactPerson;

    /** The company's main contact: may invite and deactivate the company's own users. */
    @Column(name = "company_admin", nullable = false)
    private boolean companyAdmin;

    @Column(name = "active", nullable = false)
    private boolean active = true;

    @Column(name = "password_hash", length = 255)
    private String passwordHash;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt = OffsetDateTime.now(ZoneOffset.UTC);

    /** When the person first set a password (through the invitation link); null while the invitation is open. */
    @Column(name = "activated_at")
    private OffsetDateTime activatedAt;

    @Column(name = "last_sign_in_at")
    private OffsetDateTime lastSignInAt;

    /** Moves on with each new password; a page session signed in under an older epoch is ended (issue 24, F10). */
    @Column(name = "session_epoch", nullable = false)
    private int sessionEpoch;

    @AssertTrue(message = "{account.member.required}")
    public boolean isMemberSetOnlyForMemberRole() {
        return role == null || (role == Role.MEMBER) == (member != null);
    }

    /** True while the person has not yet set a password through the invitation link. */
    public boolean isInvitationPending() {
        return activatedAt == null;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("fullName", fullName);
        state.put("email", email);
        state.put("role", role == null ? null : role.name());
        state.put("companyAdmin", companyAdmin ? "yes" : "no");
        state.put("active", active ? "yes" : "no");
        state.put("password", passwordHash == null ? "not set" : "set");
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Member getMember() {
        return member;
    }

    public void setMember(Member member) {
        this.member = member;
    }

    public ContactPerson getContactPerson() {
        return contactPerson;
    }

    public void setContactPerson(ContactPerson contactPerson) {
        this.contactPerson = contactPerson;
    }

    public boolean isCompanyAdmin() {
        return companyAdmin;
    }

    public void setCompanyAdmin(boolean companyAdmin) {
        this.companyAdmin = companyAdmin;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public void setPasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }

    public int getSessionEpoch() {
        return sessionEpoch;
    }

    /** Ends every page session signed in until now: each is signed out on its next request. */
    public void endSessions() {
        sessionEpoch++;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getActivatedAt() {
        return activatedAt;
    }

    public void setActivatedAt(OffsetDateTime activatedAt) {
        this.activatedAt = activatedAt;
    }

    /**
     * Scrubs the account of an anonymised person: placeholder name and address, no password, no company rights,
     * inactive. (The user name is replaced by the service with a bulk update: it is otherwise never changed.)
     */
    public void anonymise(String placeholderName, String placeholderEmail) {
        this.fullName = placeholderName;
        this.email = placeholderEmail;
        this.passwordHash = null;
        this.companyAdmin = false;
        this.active = false;
    }

    /** The user name an anonymised account gets: nobody can sign in with it (it has no password either). */
    public static String placeholderUsername(long accountId) {
        return "anonimizowane-konto-" + accountId;
    }

    public OffsetDateTime getLastSignInAt() {
        return lastSignInAt;
    }

    public void setLastSignInAt(OffsetDateTime lastSignInAt) {
        this.lastSignInAt = lastSignInAt;
    }
}

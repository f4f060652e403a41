package pl.klaster.portal.service.account;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.klaster.portal.domain.account.AccountToken;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.domain.account.TokenPurpose;
import pl.klaster.portal.domain.account.UserAccount;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.MembershipLifecycle;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.mail.Mailer;
import pl.klaster.portal.service.security.PasswordHasher;
import pl.klaster.portal.service.security.Passwords;
import pl.klaster.portal.service.security.PasswordPolicy;
import pl.klaster.portal.service.security.Tokens;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Accounts: signing in, invitations and activation, forgotten passwords, and administering accounts.
 * <p>
 * Who may do what: ADMIN sees and administers every account and invites STAFF, MANAGEMENT and ADMIN accounts;
 * staff invite member companies' contact persons; a company's main contact (company admin) invites, deactivates
 * and reactivates its own company's users. A deactivated account cannot sign in, and its open sessions end
 * (the web module asks {@link #isActive} on each request). Every change is in the audit trail.
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
@DeclareRoles({MEMBER, STAFF, MANAGEMENT, ADMIN})
public class AccountService {

    public static final String ENTITY = "UserAccount";
    /** Password-reset links sent to one account in an hour at most; a fourth request in the hour sends nothing. */
    public static final int RESET_MAILS_PER_HOUR = 3;

    private static final String ROW = "SELECT new pl.klaster.portal.service.account.AccountRow(a.id, a.username,"
            + " a.fullName, a.email, a.role, m.id, m.legalName, a.companyAdmin, a.active,"
            + " a.activatedAt, a.lastSignInAt, a.createdAt, a.version)"
            + " FROM UserAccount a LEFT JOIN a.member m ";
    private static final Set<String> SORTABLE = Set.of("username", "fullName", "role", "lastSignInAt", "createdAt");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Mailer mailer;

    @Inject
    private Checks checks;

    @Inject
    private SignInGuard guard;

    @Inject
    private Passwords passwords;

    // ---- signing in -------------------------------------------------------------------------------------

    /**
     * Checks a user name and password. Returns the account when both are right and the account is active;
     * empty otherwise, without saying which part was wrong. Records the time of a successful sign-in and renews
     * a hash that is weaker than the configured Argon2id cost (or still PBKDF2) with the password just given.
     */
    @PermitAll
    public Optional<SignedInAccount> signIn(String username, char[] password) {
        return signIn(username, password, null);
    }

    /**
     * The same, from an address: refused without looking at the password while the name or the address is locked
     * ({@link SignInGuard}); a failure is counted, a success clears the name's failures.
     */
    @PermitAll
    public Optional<SignedInAccount> signIn(String username, char[] password, String address) {
        return signIn(username, password, address, false);
    }

    /**
     * The same, saying whether the request comes from a device on which this name signed in before (the web
     * module's signed device cookie): such a device is not slowed down by other people's failures.
     */
    @PermitAll
    public Optional<SignedInAccount> signIn(String username, char[] password, String address, boolean knownDevice) {
        if (guard.isLocked(username, address, knownDevice)) {
            return Optional.empty();
        }
        Optional<SignedInAccount> result = check(username, password);
        if (result.isPresent()) {
            guard.succeeded(username);
        } else {
            guard.failed(username, address);
        }
        return result;
    }

    private Optional<SignedInAccount> check(String username, char[] password) {
        PasswordHasher hasher = hasher();
        Optional<UserAccount> found = findByUsername(username);
        if (found.isEmpty() || found.get().getPasswordHash() == null) {
            // the same Argon2id work as a real check, so the answer's time does not tell which names exist
            hasher.matchNothing(password);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!hasher.matches(password, account.getPasswordHash()) || !account.isActive()) {
            return Optional.empty();
        }
        // Recorded with statements that leave the row's version alone: parallel sign-ins of one account (two tabs, a
        // script, a person and their API client) must never conflict with each other over this bookkeeping (issue 24,
        // finding 7: 39 of 40 parallel right sign-ins failed on the optimistic lock). The renewal only replaces the
        // hash it read, so two renewals at once leave one valid hash of the same password.
        if (hasher.needsRehash(account.getPasswordHash())) {
            em.createQuery("UPDATE UserAccount a SET a.passwordHash = :renewed WHERE a.id = :id AND a.passwordHash = :old")
                    .setParameter("renewed", hasher.hash(password)).setParameter("id", account.getId())
                    .setParameter("old", account.getPasswordHash()).executeUpdate();
        }
        em.createQuery("UPDATE UserAccount a SET a.lastSignInAt = :now WHERE a.id = :id")
                .setParameter("now", now()).setParameter("id", account.getId()).executeUpdate();
        return Optional.of(summary(account));
    }

    /** Whether the account may still be signed in; false for unknown or deactivated accounts. */
    @PermitAll
    public boolean isActive(String username) {
        return findByUsername(username).map(UserAccount::isActive).orElse(false);
    }

    /**
     * Whether a page session signed in under session epoch {@code epoch} may go on: the account is active and its
     * password has not been set anew since ({@link UserAccount#endSessions}).
     */
    @PermitAll
    public boolean isSignedInStill(String username, int epoch) {
        return findByUsername(username).filter(a -> a.isActive() && a.getSessionEpoch() == epoch).isPresent();
    }

    /** The account's session epoch now, for a session signing in; -1 for an unknown name. */
    @PermitAll
    public int sessionEpoch(String username) {
        return findByUsername(username).map(UserAccount::getSessionEpoch).orElse(-1);
    }

    /** The signed-in caller's account. */
    @RolesAllowed({MEMBER, STAFF, MANAGEMENT, ADMIN})
    public SignedInAccount currentAccount() {
        return findByUsername(caller.username())
                .map(AccountService::summary)
                .orElseThrow(() -> new IllegalStateException("Signed-in account vanished: " + caller.username()));
    }

    // ---- invitations, activation, passwords --------------------------------------------------------------

    /**
     * Invites a member company's contact person to the portal: a MEMBER account of that company (user name =
     * the person's e-mail address) and an e-mail with a single-use activation link, valid 72 hours.
     * Staff may invite anyone's contacts; a company admin only its own company's.
     */
    @RolesAllowed({STAFF, ADMIN, MEMBER})
    public AccountRow inviteContact(long contactId) {
        ContactPerson contact = em.find(ContactPerson.class, contactId);
        if (contact == null) {
            throw new NotFoundException();
        }
        long memberId = contact.getMember().getId();
        requireMayManageUsersOf(memberId);
        if (contact.isAnonymised()) {
            throw new BusinessException("privacy.anonymised.readOnly");
        }
        if (MembershipLifecycle.isFinal(contact.getMember().getStatus())) {
            throw new BusinessException("account.invite.memberLeft");
        }
        long existing = em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.contactPerson = :c", Long.class)
                .setParameter("c", contact).getSingleResult();
        if (existing > 0) {
            throw new BusinessException("account.invite.alreadyInvited", contact.getFullName());
        }
        UserAccount account = new UserAccount();
        account.setUsername(contact.getEmail());
        account.setFullName(contact.getFullName().trim());
        account.setEmail(contact.getEmail());
        account.setRole(Role.MEMBER);
        account.setMember(contact.getMember());
        account.setContactPerson(contact);
        return invite(account);
    }

    /** Invites a person of the cluster office, the board or another administrator (ADMIN only). */
    @RolesAllowed(ADMIN)
    public AccountRow inviteStaff(String username, String fullName, String email, Role role) {
        if (role == null || role == Role.MEMBER) {
            throw BusinessException.onField("role", "account.role.notForStaff");
        }
        UserAccount account = new UserAccount();
        account.setUsername(username == null ? null : username.trim().toLowerCase(Locale.ROOT));
        account.setFullName(fullName == null ? null : fullName.trim());
        account.setEmail(email == null ? null : email.trim().toLowerCase(Locale.ROOT));
        account.setRole(role);
        return invite(account);
    }

    private AccountRow invite(UserAccount account) {
        checks.valid(account);
        if (findByUsername(account.getUsername()).isPresent()) {
            throw BusinessException.onField("username", "account.username.taken", account.getUsername());
        }
        em.persist(account);
        em.flush();
        audit.created(caller.username(), ENTITY, account.getId(), memberIdOf(account), account);
        sendInvitation(account);
        return row(account.getId());
    }

    /** Sends a new invitation link (the old ones stop working) to an account that has not been activated yet. */
    @RolesAllowed({ADMIN, MEMBER})
    public void resendInvitation(long accountId) {
        UserAccount account = manageable(accountId);
        requireNotAnonymised(account);
        if (!account.isInvitationPending()) {
            throw new BusinessException("account.invite.alreadyActive");
        }
        sendInvitation(account);
        audit.event(caller.username(), ENTITY, account.getId(), memberIdOf(account), "INVITATION_RESENT", account.getEmail());
    }

    private void sendInvitation(UserAccount account) {
        String token = newToken(account, TokenPurpose.ACTIVATION);
        mailer.send(account.getEmail(), "invitation", account.getFullName(), mailer.link("/"), account.getUsername(),
                mailer.link("/activate.xhtml?token=" + token), TokenPurpose.ACTIVATION.validity().toHours());
    }

    /** The user name a still-usable link token belongs to (to greet the person on the page), if any. */
    @PermitAll
    public Optional<String> tokenOwner(String token, TokenPurpose purpose) {
        return usableToken(token, purpose).map(t -> t.getAccount().getUsername());
    }

    /**
     * Sets the first password through an invitation link, or a new one through a reset link. The link works
     * once. Returns the user name, so the page can sign the person in.
     */
    @PermitAll
    public String setPassword(String token, TokenPurpose purpose, char[] password) {
        AccountToken used = usableToken(token, purpose).orElseThrow(() -> new BusinessException("account.token.invalid"));
        UserAccount account = used.getAccount();
        PasswordPolicy.problem(password == null ? null : new String(password), account.getUsername())
                .ifPresent(problem -> {
                    throw BusinessException.onField("password", problem, PasswordPolicy.MIN_LENGTH);
                });
        account.setPasswordHash(hasher().hash(password));
        // whoever else is signed in with the old password (a stolen session, a forgotten browser) is signed out
        account.endSessions();
        if (account.getActivatedAt() == null) {
            account.setActivatedAt(now());
        }
        used.use();
        em.createQuery("UPDATE AccountToken t SET t.usedAt = :now WHERE t.account = :a AND t.usedAt IS NULL AND t.purpose = :p")
                .setParameter("now", now()).setParameter("a", account).setParameter("p", purpose).executeUpdate();
        audit.event(account.getUsername(), ENTITY, account.getId(), memberIdOf(account),
                purpose == TokenPurpose.ACTIVATION ? "ACTIVATED" : "PASSWORD_RESET", null);
        return account.getUsername();
    }

    /**
     * Sends a password-reset link (valid 1 hour) to the active accounts with this e-mail address, at most
     * {@value #RESET_MAILS_PER_HOUR} an hour to one account. Says nothing about whether there are any, nor about
     * the limit: the page answers the same either way.
     */
    @PermitAll
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank() || email.length() > 254) {
            return;
        }
        // at most RESET_MAILS_PER_HOUR links an hour per account (issue 24, finding 13: nine requests in a minute
        // were nine mails and nine valid links); one statement, the accounts and their recent links together
        List<UserAccount> accounts = em.createQuery(
                        "SELECT a FROM UserAccount a WHERE LOWER(a.email) = :e AND a.active = :yes AND (SELECT COUNT(t) FROM"
                                + " AccountToken t WHERE t.account = a AND t.purpose = :reset AND t.createdAt > :since) < :most",
                        UserAccount.class)
                .setParameter("yes", Boolean.TRUE)
                .setParameter("reset", TokenPurpose.PASSWORD_RESET)
                .setParameter("since", now().minusHours(1))
                .setParameter("most", (long) RESET_MAILS_PER_HOUR)
                .setParameter("e", email.trim().toLowerCase(Locale.ROOT)).getResultList();
        for (UserAccount account : accounts) {
            String token = newToken(account, TokenPurpose.PASSWORD_RESET);
            mailer.send(account.getEmail(), "reset", account.getFullName(), account.getUsername(),
                    mailer.link("/reset-password.xhtml?token=" + token));
            audit.event("anonymous", ENTITY, account.getId(), memberIdOf(account), "RESET_REQUESTED", null);
        }
    }

    // ---- administering accounts ---------------------------------------------------------------------------

    /** Every account, filtered and paged in the database (ADMIN). */
    @RolesAllowed(ADMIN)
    public Page<AccountRow> accounts(AccountFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        AccountFilter f = filter == null ? AccountFilter.none() : filter;
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (LOWER(a.username) LIKE :t OR LOWER(a.fullName) LIKE :t OR LOWER(a.email) LIKE :t)");
            params.put("t", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (f.role() != null) {
            where.append(" AND a.role = :role");
            params.put("role", f.role());
        }
        if (f.active() != null) {
            where.append(" AND a.active = :active");
            params.put("active", f.active());
        }
        String order = " ORDER BY " + (page.sortField() != null && SORTABLE.contains(page.sortField())
                ? "a." + page.sortField() + (page.ascending() ? " ASC" : " DESC") + ", a.id" : "a.username, a.id");
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM UserAccount a " + where, Long.class);
        TypedQuery<AccountRow> rows = em.createQuery(ROW + where + order, AccountRow.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), count.getSingleResult());
    }

    /** The accounts of one member company: staff see any company's, a member user only its own. */
    @RolesAllowed({STAFF, ADMIN, MEMBER})
    public List<AccountRow> accountsOfMember(long memberId) {
        caller.requireStaffOrOwn(memberId);
        return em.createQuery(ROW + "WHERE m.id = :m ORDER BY a.fullName, a.id", AccountRow.class)
                .setParameter("m", memberId).getResultList();
    }

    /** Changes the role of a cluster account (STAFF, MANAGEMENT, ADMIN); member accounts keep theirs. */
    @RolesAllowed(ADMIN)
    public void changeRole(long accountId, long version, Role role) {
        UserAccount account = find(accountId, version);
        if (account.getRole() == Role.MEMBER || role == null || role == Role.MEMBER) {
            throw BusinessException.onField("role", "account.role.notForMembers");
        }
        if (account.getUsername().equals(caller.username())) {
            throw new BusinessException("account.self");
        }
        Map<String, String> before = account.auditState();
        account.setRole(role);
        audit.changed(caller.username(), ENTITY, account.getId(), null, before, account.auditState());
    }

    /**
     * Deactivates or reactivates an account. ADMIN: any account but their own; a company admin: the other
     * accounts of their own company. A deactivated account cannot sign in and its open sessions end.
     */
    @RolesAllowed({ADMIN, MEMBER})
    public void setActive(long accountId, long version, boolean active) {
        UserAccount account = manageable(accountId);
        if (account.getVersion() != version) {
            throw new StaleDataException();
        }
        if (account.getUsername().equals(caller.username())) {
            throw new BusinessException("account.self");
        }
        if (active) {
            requireNotAnonymised(account);
        }
        Map<String, String> before = account.auditState();
        account.setActive(active);
        audit.changed(caller.username(), ENTITY, account.getId(), memberIdOf(account), before, account.auditState());
    }

    /** Makes a member account its company's main contact, or takes that away (staff). */
    @RolesAllowed({STAFF, ADMIN})
    public void setCompanyAdmin(long accountId, long version, boolean companyAdmin) {
        UserAccount account = find(accountId, version);
        if (account.getRole() != Role.MEMBER) {
            throw new BusinessException("account.role.notForStaff");
        }
        Map<String, String> before = account.auditState();
        account.setCompanyAdmin(companyAdmin);
        audit.changed(caller.username(), ENTITY, account.getId(), memberIdOf(account), before, account.auditState());
    }

    /** How many accounts there are of each role, active or not (the administrator's overview). */
    @RolesAllowed(ADMIN)
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        for (Object[] row : em.createQuery("SELECT a.role, COUNT(a) FROM UserAccount a GROUP BY a.role", Object[].class)
                .getResultList()) {
            counts.put((Role) row[0], (Long) row[1]);
        }
        return counts;
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    /** An account the caller may administer: ADMIN any; a company admin the accounts of its own company. */
    private UserAccount manageable(long accountId) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        if (!caller.isAdmin()) {
            Long memberId = memberIdOf(account);
            if (memberId == null) {
                throw new NotFoundException();
            }
            requireMayManageUsersOf(memberId);
        }
        return account;
    }

    private void requireMayManageUsersOf(long memberId) {
        if (caller.isStaff()) {
            return;
        }
        if (!caller.isCompanyAdminOf(memberId)) {
            throw new NotFoundException();
        }
    }

    /** The account of an anonymised person stays deactivated for good and gets no more links. */
    private static void requireNotAnonymised(UserAccount account) {
        if (account.getContactPerson() != null && account.getContactPerson().isAnonymised()) {
            throw new BusinessException("privacy.anonymised.readOnly");
        }
    }

    private UserAccount find(long accountId, long version) {
        UserAccount account = em.find(UserAccount.class, accountId);
        if (account == null) {
            throw new NotFoundException();
        }
        if (account.getVersion() != version) {
            throw new StaleDataException();
        }
        return account;
    }

    private AccountRow row(long id) {
        return em.createQuery(ROW + "WHERE a.id = :id", AccountRow.class).setParameter("id", id).getSingleResult();
    }

    private String newToken(UserAccount account, TokenPurpose purpose) {
        String token = Tokens.newToken();
        em.persist(new AccountToken(account, purpose, Tokens.hash(token)));
        return token;
    }

    private Optional<AccountToken> usableToken(String token, TokenPurpose purpose) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        OffsetDateTime now = now();
        return em.createNamedQuery(AccountToken.BY_HASH, AccountToken.class)
                .setParameter("hash", Tokens.hash(token)).setParameter("purpose", purpose)
                .getResultStream().filter(t -> t.isUsable(now)).findFirst();
    }

    private Optional<UserAccount> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", username.trim().toLowerCase(Locale.ROOT))
                .getResultStream()
                .findFirst();
    }

    private PasswordHasher hasher() {
        return passwords.hasher();
    }

    private static Long memberIdOf(UserAccount account) {
        return account.getMember() == null ? null : account.getMember().getId();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    static SignedInAccount summary(UserAccount account) {
        return new SignedInAccount(account.getUsername(), account.getFullName(), account.getRole(),
                account.getMember() == null ? null : account.getMember().getId(),
                account.getMember() == null ? null : account.getMember().getDisplayName(),
                account.isCompanyAdmin());
    }
}

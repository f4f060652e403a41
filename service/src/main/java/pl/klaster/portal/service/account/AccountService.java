package pl.klaster.portal.service.account;

import jakarta.annotation.Resource;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.domain.account.UserAccount;
import pl.klaster.portal.service.security.PasswordHasher;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Sign-in and the signed-in account. The identity store of the web module calls {@link #signIn}; everything
 * else is for signed-in callers only.
 */
@Stateless
@DeclareRoles({MEMBER, STAFF, MANAGEMENT, ADMIN})
public class AccountService {

    /** Hashed once so that an unknown user name costs as much time as a wrong password. */
    private static final String DUMMY_HASH = new PasswordHasher(10_000).hash("not-a-password".toCharArray());

    @PersistenceContext
    private EntityManager em;

    @Resource
    private SessionContext session;

    @Inject
    @ConfigProperty(name = "klaster.password.iterations", defaultValue = "310000")
    private int passwordIterations;

    /**
     * Checks a user name and password. Returns the account when both are right and the account is active;
     * empty otherwise, without saying which part was wrong. Records the time of a successful sign-in and renews
     * a hash made with fewer iterations than now configured.
     */
    @PermitAll
    public Optional<SignedInAccount> signIn(String username, char[] password) {
        PasswordHasher hasher = new PasswordHasher(passwordIterations);
        Optional<UserAccount> found = findByUsername(username);
        if (found.isEmpty()) {
            hasher.matches(password, DUMMY_HASH);
            return Optional.empty();
        }
        UserAccount account = found.get();
        if (!hasher.matches(password, account.getPasswordHash()) || !account.isActive()) {
            return Optional.empty();
        }
        if (hasher.needsRehash(account.getPasswordHash())) {
            account.setPasswordHash(hasher.hash(password));
        }
        account.setLastSignInAt(OffsetDateTime.now(ZoneOffset.UTC));
        return Optional.of(summary(account));
    }

    /** The signed-in caller's account. */
    @RolesAllowed({MEMBER, STAFF, MANAGEMENT, ADMIN})
    public SignedInAccount currentAccount() {
        return findByUsername(session.getCallerPrincipal().getName())
                .map(AccountService::summary)
                .orElseThrow(() -> new IllegalStateException("Signed-in account vanished: " + session.getCallerPrincipal()));
    }

    /** How many accounts there are of each role, active or not (the administrator's overview). */
    @RolesAllowed(ADMIN)
    public Map<Role, Long> countByRole() {
        Map<Role, Long> counts = new EnumMap<>(Role.class);
        for (Role role : Role.values()) {
            counts.put(role, 0L);
        }
        List<Object[]> rows = em.createQuery(
                "SELECT a.role, COUNT(a) FROM UserAccount a GROUP BY a.role", Object[].class).getResultList();
        for (Object[] row : rows) {
            counts.put((Role) row[0], (Long) row[1]);
        }
        return counts;
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

    static SignedInAccount summary(UserAccount account) {
        return new SignedInAccount(account.getUsername(), account.getFullName(), account.getRole(),
                account.getMember() == null ? null : account.getMember().getId(),
                account.getMember() == null ? null : account.getMember().getDisplayName(),
                account.isCompanyAdmin());
    }
}

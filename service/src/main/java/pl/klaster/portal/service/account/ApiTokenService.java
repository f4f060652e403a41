package pl.klaster.portal.service.account;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.account.ApiToken;
import pl.klaster.portal.domain.account.UserAccount;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.security.Tokens;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Personal API tokens. Every signed-in person makes, lists and revokes only their own; a token then acts as
 * its owner (same role, same company) in the same services the pages use, so the API can never do more than
 * the person could do on the pages.
 */
@Stateless
public class ApiTokenService {

    static final String ENTITY = "ApiToken";
    /** Enough for every integration a person plausibly runs; stops a script from piling up tokens. */
    static final int MAX_ACTIVE_TOKENS = 10;
    static final int MAX_NAME_LENGTH = 100;
    /** last_used_at is a hint for the owner, not a log: written at most once a minute per token. */
    private static final Duration LAST_USED_GRANULARITY = Duration.ofMinutes(1);

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private pl.klaster.portal.service.security.Passwords passwords;

    /**
     * Makes a token for the caller, who gives their password again; the secret in the answer is shown once and
     * never stored. Asking the password means that whoever holds only a session or a token (stolen, or left open)
     * cannot make a token that outlives it (issue 24, finding 6; the web module also refuses token calls here).
     */
    @RolesAllowed({MEMBER, STAFF, MANAGEMENT, ADMIN})
    public NewApiToken create(String name, char[] password) {
        if (password == null || password.length == 0) {
            throw BusinessException.onField("password", "token.password.required");
        }
        UserAccount owner = own();
        if (owner.getPasswordHash() == null || !passwords.hasher().matches(password, owner.getPasswordHash())) {
            throw BusinessException.onField("password", "token.password.wrong");
        }
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty()) {
            throw BusinessException.onField("name", "token.name.required");
        }
        if (trimmed.length() > MAX_NAME_LENGTH) {
            throw BusinessException.onField("name", "token.name.tooLong", MAX_NAME_LENGTH);
        }
        UserAccount account = owner;
        long active = em.createQuery("SELECT COUNT(t) FROM ApiToken t WHERE t.account = :a AND t.revokedAt IS NULL", Long.class)
                .setParameter("a", account).getSingleResult();
        if (active >= MAX_ACTIVE_TOKENS) {
            throw new BusinessException("token.tooMany", MAX_ACTIVE_TOKENS);
        }
        String secret = Tokens.newToken();
        ApiToken token = new ApiToken(account, trimmed, Tokens.hash(secret), now());
        em.persist(token);
        em.flush();
        audit.event(caller.username(), ENTITY, token.getId(), memberIdOf(account), "CREATED", trimmed);
        return new NewApiToken(row(token), secret);
    }

    /** The caller's tokens, newest first, revoked ones included (so the owner sees what existed). */
    @RolesAllowed({MEMBER, STAFF, MANAGEMENT, ADMIN})
    public List<ApiTokenRow> mine() {
        return em.createQuery("SELECT new pl.klaster.portal.service.account.ApiTokenRow(t.id, t.name, t.createdAt,"
                        + " t.lastUsedAt, t.revokedAt) FROM ApiToken t WHERE t.account.username = :u"
                        + " ORDER BY t.createdAt DESC, t.id DESC", ApiTokenRow.class)
                .setParameter("u", caller.username()).getResultList();
    }

    /** Revokes one of the caller's tokens; someone else's token is "not found". Revoking twice is harmless. */
    @RolesAllowed({MEMBER, STAFF, MANAGEMENT, ADMIN})
    public void revoke(long tokenId) {
        ApiToken token = em.find(ApiToken.class, tokenId);
        if (token == null || !token.getAccount().getUsername().equals(caller.username())) {
            throw new NotFoundException();
        }
        if (token.getRevokedAt() == null) {
            token.revoke(now());
            audit.event(caller.username(), ENTITY, token.getId(), memberIdOf(token.getAccount()), "REVOKED", token.getName());
        }
    }

    /**
     * Who a bearer token belongs to: the account when the token exists, is not revoked and its account is
     * active; empty otherwise (without saying which). Called before anyone is signed in, hence open to all.
     */
    @PermitAll
    public Optional<SignedInAccount> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        Optional<ApiToken> found = em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
                .setParameter("hash", Tokens.hash(secret.strip())).getResultStream().findFirst();
        if (found.isEmpty() || !found.get().isUsable()) {
            return Optional.empty();
        }
        ApiToken token = found.get();
        OffsetDateTime now = now();
        if (token.getLastUsedAt() == null || token.getLastUsedAt().plus(LAST_USED_GRANULARITY).isBefore(now)) {
            token.used(now);
        }
        return Optional.of(AccountService.summary(token.getAccount()));
    }

    private UserAccount own() {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class)
                .setParameter("username", caller.username()).getResultStream().findFirst()
                .orElseThrow(NotFoundException::new);
    }

    private static ApiTokenRow row(ApiToken t) {
        return new ApiTokenRow(t.getId(), t.getName(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt());
    }

    private static Long memberIdOf(UserAccount account) {
        return account.getMember() == null ? null : account.getMember().getId();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}

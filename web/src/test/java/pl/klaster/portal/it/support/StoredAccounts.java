package pl.klaster.portal.it.support;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.account.UserAccount;

/**
 * Test deployments only: reads and sets an account's stored password hash directly, as an account made before a
 * change of hashing would have it (no service may do this).
 */
@Stateless
@PermitAll
public class StoredAccounts {

    @PersistenceContext
    private EntityManager em;

    public String hashOf(String username) {
        return account(username).getPasswordHash();
    }

    public void setHash(String username, String hash) {
        account(username).setPasswordHash(hash);
    }

    private UserAccount account(String username) {
        return em.createNamedQuery(UserAccount.BY_USERNAME, UserAccount.class).setParameter("username", username).getSingleResult();
    }
}

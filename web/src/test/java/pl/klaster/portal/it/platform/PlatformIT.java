package pl.klaster.portal.it.platform;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.it.support.AsAdmin;
import pl.klaster.portal.it.support.AsMember;
import pl.klaster.portal.it.support.AsOtherMember;
import pl.klaster.portal.it.support.StoredAccounts;
import pl.klaster.portal.it.support.AsStaff;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.account.SignedInAccount;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.platform.DatabaseMigration;

import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The walking skeleton inside the real container: migrations ran, the demo accounts sign in through the
 * service (and only with the right password), the service reads what was stored, and roles are enforced by
 * the services themselves, whoever calls them.
 */
@ExtendWith(ArquillianExtension.class)
class PlatformIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PlatformIT.class);
    }

    @Inject
    DatabaseMigration migration;
    @Inject
    AccountService accounts;
    @Inject
    MemberService members;
    @Inject
    AsAdmin asAdmin;
    @Inject
    AsStaff asStaff;
    @Inject
    AsMember asMember;
    @Inject
    AsOtherMember asOtherMember;
    @Inject
    StoredAccounts stored;

    @Test
    void migrationsRanBeforeAnythingElse() {
        assertTrue(migration.isComplete());
    }

    @Test
    void demoAccountsSignInWithTheRightPasswordOnly() {
        Optional<SignedInAccount> staff = accounts.signIn("staff", "demo-password".toCharArray());
        assertTrue(staff.isPresent());
        assertEquals(Role.STAFF, staff.get().role());
        assertEquals(null, staff.get().memberId());

        assertFalse(accounts.signIn("staff", "Demo-password".toCharArray()).isPresent());
        assertFalse(accounts.signIn("nobody", "demo-password".toCharArray()).isPresent());
        assertFalse(accounts.signIn("", "".toCharArray()).isPresent());
    }

    @Test
    void demoPasswordsAreArgon2idAtOwaspCost() {
        assertTrue(stored.hashOf("board").startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), stored.hashOf("board"));
    }

    @Test
    void aPbkdf2HashOfBeforeSignsInOnceAndIsRenewedAsArgon2idThen() throws Exception {
        // the form every account had before Argon2id: PBKDF2-HMAC-SHA256, 310,000 iterations
        byte[] salt = "klaster-old-salt".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        byte[] hash = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new javax.crypto.spec.PBEKeySpec("demo-password".toCharArray(), salt, 310_000, 256)).getEncoded();
        java.util.Base64.Encoder b64 = java.util.Base64.getEncoder().withoutPadding();
        String legacy = "pbkdf2-sha256$310000$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
        stored.setHash("member3", legacy);

        assertFalse(accounts.signIn("member3", "wrong-password".toCharArray()).isPresent());
        assertEquals(legacy, stored.hashOf("member3"), "a failed sign-in changes nothing");

        assertTrue(accounts.signIn("member3", "demo-password".toCharArray()).isPresent());
        String renewed = stored.hashOf("member3");
        assertTrue(renewed.startsWith("$argon2id$v=19$m=19456,t=2,p=1$"), renewed);
        assertTrue(accounts.signIn("member3", "demo-password".toCharArray()).isPresent());
        assertEquals(renewed, stored.hashOf("member3"), "an Argon2id hash of today's cost is kept");
    }

    @Test
    void theUserNameIsNotCaseSensitive() {
        assertTrue(accounts.signIn("  Staff ", "demo-password".toCharArray()).isPresent());
    }

    @Test
    void aMemberAccountBelongsToItsOwnCompany() throws Exception {
        SignedInAccount member = asMember.call(accounts::currentAccount);
        SignedInAccount member2 = asOtherMember.call(accounts::currentAccount);

        assertEquals("member", member.username());
        assertEquals(Role.MEMBER, member.role());
        assertEquals("member2", member2.username());
        assertNotEquals(member.memberId(), member2.memberId());
    }

    @Test
    void servicesRefuseCallersWithoutTheRole() throws Exception {
        assertThrows(EJBAccessException.class, accounts::countByRole);
        assertThrows(EJBAccessException.class, () -> asStaff.call(accounts::countByRole));
        assertThrows(EJBAccessException.class, () -> asMember.call(members::countByStatus));

        Map<Role, Long> byRole = asAdmin.call(accounts::countByRole);
        assertTrue(byRole.get(Role.MEMBER) >= 2);
        assertTrue(byRole.get(Role.ADMIN) >= 1);
    }
}

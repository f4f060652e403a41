package pl.klaster.portal.it.account;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import jakarta.annotation.Resource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.domain.account.TokenPurpose;
import pl.klaster.portal.domain.mail.MailStatus;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.it.support.AsAdmin;
import pl.klaster.portal.it.support.AsMember;
import pl.klaster.portal.it.support.AsOtherMember;
import pl.klaster.portal.it.support.AsStaff;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.it.support.TestData;
import pl.klaster.portal.it.support.TestMailServer;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.account.AccountFilter;
import pl.klaster.portal.service.account.AccountRow;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.account.SignInGuard;
import pl.klaster.portal.service.platform.DatabaseMigration;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.mail.MailSender;
import pl.klaster.portal.service.mail.OutboxRow;
import pl.klaster.portal.service.mail.OutboxService;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.member.MemberService;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Accounts in the real container, with a real SMTP server: invitations arrive by mail with a single-use link,
 * the password rules hold, forgotten passwords are reset, the administrator and a company's main contact
 * manage accounts within their reach, and a mail that cannot be sent now is sent later without undoing anything.
 */
@ExtendWith(ArquillianExtension.class)
class AccountServiceIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(AccountServiceIT.class);
    }

    @Inject
    AccountService accounts;
    @Inject
    SignInGuard guard;
    @Resource(lookup = DatabaseMigration.DATA_SOURCE)
    DataSource dataSource;
    @Inject
    MemberService members;
    @Inject
    ContactService contacts;
    @Inject
    OutboxService outbox;
    @Inject
    MailSender sender;
    @Inject
    TestMailServer mailServer;
    @Inject
    AsStaff asStaff;
    @Inject
    AsAdmin asAdmin;
    @Inject
    AsMember asMember;
    @Inject
    AsOtherMember asOtherMember;

    private ContactPerson contactOf(long memberId) throws Exception {
        ContactPerson person = asStaff.call(() -> contacts.newContact(memberId));
        person.setFirstName("Zofia");
        person.setLastName("Zaproszona");
        person.setEmail(TestData.unique("zofia") + "@example.org");
        return asStaff.call(() -> contacts.save(person));
    }

    private long newMember() throws Exception {
        Member m = TestData.member(TestData.unique("Firma z kontaktem"));
        return asStaff.call(() -> members.save(m, List.of(), List.of())).getId();
    }

    @Test
    void anInvitationArrivesByMailAndItsLinkSetsThePasswordOnce() throws Exception {
        ContactPerson person = contactOf(newMember());
        AccountRow invited = asStaff.call(() -> accounts.inviteContact(person.getId()));
        assertEquals(person.getEmail(), invited.username());
        assertTrue(invited.invitationPending());
        assertFalse(accounts.signIn(invited.username(), "anything at all".toCharArray()).isPresent());

        List<MimeMessage> mails = mailServer.awaitMessagesTo(person.getEmail(), 1, MAIL_WAIT);
        assertEquals(1, mails.size());
        String text = TestMailServer.text(mails.get(0));
        assertTrue(mails.get(0).getSubject().contains("Zaproszenie") && mails.get(0).getSubject().contains("Invitation"));
        assertTrue(text.contains("/activate.xhtml?token=") && text.contains(invited.username()));
        String token = TestData.token(text);

        assertEquals(invited.username(), accounts.tokenOwner(token, TokenPurpose.ACTIVATION).orElseThrow());
        assertTrue(accounts.tokenOwner(token, TokenPurpose.PASSWORD_RESET).isEmpty(), "an activation link is not a reset link");
        assertEquals("password.tooShort", assertThrows(BusinessException.class,
                () -> accounts.setPassword(token, TokenPurpose.ACTIVATION, "short".toCharArray())).getKey());
        assertEquals("password.common", assertThrows(BusinessException.class,
                () -> accounts.setPassword(token, TokenPurpose.ACTIVATION, "password12345".toCharArray())).getKey());

        assertEquals(invited.username(), accounts.setPassword(token, TokenPurpose.ACTIVATION, "zielone jabłka w Fordonie".toCharArray()));
        var signedIn = accounts.signIn(invited.username(), "zielone jabłka w Fordonie".toCharArray()).orElseThrow();
        assertEquals(Role.MEMBER, signedIn.role());
        assertEquals(person.getMember().getId(), signedIn.memberId());

        assertEquals("account.token.invalid", assertThrows(BusinessException.class,
                () -> accounts.setPassword(token, TokenPurpose.ACTIVATION, "another long passphrase".toCharArray())).getKey());
        assertEquals("account.invite.alreadyInvited", assertThrows(BusinessException.class,
                () -> asStaff.call(() -> accounts.inviteContact(person.getId()))).getKey());
    }

    @Test
    void aForgottenPasswordIsResetThroughAOneHourLinkAndTheAnswerNeverRevealsAnAccount() throws Exception {
        ContactPerson person = contactOf(newMember());
        AccountRow account = asStaff.call(() -> accounts.inviteContact(person.getId()));
        String activation = TestData.token(TestMailServer.text(mailServer.awaitMessagesTo(person.getEmail(), 1, MAIL_WAIT).get(0)));
        accounts.setPassword(activation, TokenPurpose.ACTIVATION, "pierwsze długie hasło".toCharArray());

        accounts.requestPasswordReset("nobody-" + TestData.unique("x") + "@example.org");
        accounts.requestPasswordReset(person.getEmail().toUpperCase());

        List<MimeMessage> mails = mailServer.awaitMessagesTo(person.getEmail(), 2, MAIL_WAIT);
        assertEquals(2, mails.size());
        String reset = TestData.token(TestMailServer.text(mails.get(1)));
        assertTrue(TestMailServer.text(mails.get(1)).contains("/reset-password.xhtml?token="));
        accounts.setPassword(reset, TokenPurpose.PASSWORD_RESET, "drugie długie hasło".toCharArray());

        assertFalse(accounts.signIn(account.username(), "pierwsze długie hasło".toCharArray()).isPresent());
        assertTrue(accounts.signIn(account.username(), "drugie długie hasło".toCharArray()).isPresent());
    }

    /** Issue 24, finding 13: reset links are limited per account and hour; the requester is told nothing more. */
    @Test
    void finding13_passwordResetMailsAreLimitedToThreeAnHourPerAccount() throws Exception {
        ContactPerson person = contactOf(newMember());
        AccountRow account = asStaff.call(() -> accounts.inviteContact(person.getId()));
        String activation = TestData.token(TestMailServer.text(mailServer.awaitMessagesTo(person.getEmail(), 1, MAIL_WAIT).get(0)));
        accounts.setPassword(activation, TokenPurpose.ACTIVATION, "pierwsze długie hasło".toCharArray());

        for (int i = 0; i < 9; i++) {
            accounts.requestPasswordReset(person.getEmail());
        }

        assertEquals(AccountService.RESET_MAILS_PER_HOUR, resetTokensOf(account.id()));
        List<MimeMessage> mails = mailServer.awaitMessagesTo(person.getEmail(), 1 + AccountService.RESET_MAILS_PER_HOUR, MAIL_WAIT);
        assertEquals(1 + AccountService.RESET_MAILS_PER_HOUR, mails.size(), "the invitation and three reset mails");
        // the links already sent still work; the newest one sets the password
        String reset = TestData.token(TestMailServer.text(mails.get(mails.size() - 1)));
        accounts.setPassword(reset, TokenPurpose.PASSWORD_RESET, "drugie długie hasło".toCharArray());
        assertTrue(accounts.signIn(account.username(), "drugie długie hasło".toCharArray()).isPresent());
    }

    private long resetTokensOf(long accountId) throws Exception {
        try (Connection connection = dataSource.getConnection(); PreparedStatement count = connection.prepareStatement(
                "SELECT COUNT(*) FROM account_token WHERE account_id = ? AND purpose = 'PASSWORD_RESET'")) {
            count.setLong(1, accountId);
            try (java.sql.ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    @Test
    void finding2_guessingSlowsANameDownForUnknownDevicesOnlyAndAnAddressIsThrottledAlone() throws Exception {
        AccountRow staff = asAdmin.call(() -> accounts.inviteStaff(TestData.unique("zamek").toLowerCase(),
                "Zofia Zamek", TestData.unique("zofia") + "@example.org", Role.STAFF));
        String token = TestData.token(TestMailServer.text(mailServer.awaitMessagesTo(staff.email(), 1, MAIL_WAIT).get(0)));
        accounts.setPassword(token, TokenPurpose.ACTIVATION, "kłódka na bramie fabryki".toCharArray());
        String address = "192.0.2." + (1 + new java.util.Random().nextInt(250));
        String ghost = TestData.unique("nikt").toLowerCase();
        for (int i = 0; i < 4; i++) {
            assertFalse(accounts.signIn(staff.username(), ("złe hasło " + i).toCharArray(), address).isPresent());
            assertFalse(accounts.signIn(ghost, "cokolwiek".toCharArray(), address).isPresent());
        }
        assertFalse(guard.isLocked(staff.username(), address), "four failures do not lock");
        assertTrue(accounts.signIn(staff.username(), "kłódka na bramie fabryki".toCharArray(), address).isPresent(),
                "a success before the fifth failure signs in and clears the count");
        for (int i = 0; i < 5; i++) {
            assertFalse(accounts.signIn(staff.username(), ("złe hasło " + i).toCharArray(), address).isPresent());
        }
        assertFalse(accounts.signIn(ghost, "cokolwiek".toCharArray(), address).isPresent());
        assertTrue(guard.isLocked(staff.username(), null), "five failures lock the name");
        assertTrue(guard.isLocked(ghost, null), "a name without an account locks the same way, so the lock reveals nothing");
        assertFalse(accounts.signIn(staff.username(), "kłódka na bramie fabryki".toCharArray(), "198.51.100.1").isPresent(),
                "while locked even the right password from another address is refused");
        assertFalse(guard.isLocked("staff", "198.51.100.1"), "other names and addresses are not affected");
        assertTrue(accounts.signIn(staff.username(), "kłódka na bramie fabryki".toCharArray(), "198.51.100.1", true).isPresent(),
                "from a browser where the name signed in before, the right password is not refused while others guess");
        for (int i = 0; i < 5; i++) {
            assertFalse(accounts.signIn(staff.username(), ("złe hasło " + i).toCharArray(), address).isPresent());
        }

        // fifteen minutes later (the failures moved back in time) the name signs in again
        try (Connection connection = dataSource.getConnection(); PreparedStatement older = connection.prepareStatement(
                "UPDATE sign_in_failure SET failed_at = failed_at - INTERVAL '16' MINUTE WHERE username_key = ?")) {
            older.setString(1, staff.username());
            assertTrue(older.executeUpdate() >= 5);
        }
        assertTrue(accounts.signIn(staff.username(), "kłódka na bramie fabryki".toCharArray(), "198.51.100.1").isPresent());

        // an address that failed 20 times within the window (any names) is throttled, for every name
        String noisy = "203.0.113." + (1 + new java.util.Random().nextInt(250));
        for (int i = 0; i < 20; i++) {
            accounts.signIn(TestData.unique("zgadywanie").toLowerCase(), "x".toCharArray(), noisy);
        }
        assertTrue(guard.isLocked("staff", noisy));
        assertFalse(accounts.signIn("staff", "demo-password".toCharArray(), noisy).isPresent());
        assertTrue(accounts.signIn("staff", "demo-password".toCharArray(), "198.51.100.2").isPresent(),
                "another client (behind the same proxy: the web module passes the forwarded client address) is not affected");
    }

    @Test
    void aDeactivatedAccountCannotSignInUntilReactivated() throws Exception {
        AccountRow staff = asAdmin.call(() -> accounts.inviteStaff(TestData.unique("pracownik").toLowerCase(),
                "Paweł Pracownik", TestData.unique("pawel") + "@example.org", Role.STAFF));
        String token = TestData.token(TestMailServer.text(mailServer.awaitMessagesTo(staff.email(), 1, MAIL_WAIT).get(0)));
        accounts.setPassword(token, TokenPurpose.ACTIVATION, "biuro klastra od rana".toCharArray());
        assertTrue(accounts.isActive(staff.username()));

        AccountRow current = asAdmin.call(() -> accounts.accounts(new AccountFilter(staff.username(), null, null), PageRequest.first(5))).rows().get(0);
        asAdmin.run(() -> accounts.setActive(current.id(), current.version(), false));
        assertFalse(accounts.isActive(staff.username()));
        assertFalse(accounts.signIn(staff.username(), "biuro klastra od rana".toCharArray()).isPresent());

        AccountRow inactive = asAdmin.call(() -> accounts.accounts(new AccountFilter(staff.username(), Role.STAFF, false), PageRequest.first(5))).rows().get(0);
        asAdmin.run(() -> accounts.changeRole(inactive.id(), inactive.version(), Role.MANAGEMENT));
        AccountRow board = asAdmin.call(() -> accounts.accounts(new AccountFilter(staff.username(), Role.MANAGEMENT, null), PageRequest.first(5))).rows().get(0);
        asAdmin.run(() -> accounts.setActive(board.id(), board.version(), true));
        assertEquals(Role.MANAGEMENT, accounts.signIn(staff.username(), "biuro klastra od rana".toCharArray()).orElseThrow().role());

        assertThrows(EJBAccessException.class, () -> asStaff.call(() -> accounts.inviteStaff("x", "X", "x@example.org", Role.ADMIN)));
        AccountRow memberAccount = asAdmin.call(() -> accounts.accounts(new AccountFilter("member2", Role.MEMBER, null),
                PageRequest.first(5))).rows().get(0);
        assertEquals("account.role.notForMembers", assertThrows(BusinessException.class, () -> asAdmin.run(() ->
                accounts.changeRole(memberAccount.id(), memberAccount.version(), Role.STAFF))).getKey());
    }

    @Test
    void aCompanysMainContactManagesItsOwnUsersOnly() throws Exception {
        long own = asMember.call(() -> accounts.currentAccount()).memberId();
        long other = asOtherMember.call(() -> accounts.currentAccount()).memberId();
        ContactPerson colleague = contactOf(own);
        ContactPerson stranger = contactOf(other);

        AccountRow invited = asMember.call(() -> accounts.inviteContact(colleague.getId()));
        assertEquals(own, invited.memberId());
        assertThrows(NotFoundException.class, () -> asMember.call(() -> accounts.inviteContact(stranger.getId())));

        asMember.run(() -> accounts.setActive(invited.id(), invited.version(), false));
        assertFalse(asMember.call(() -> accounts.accountsOfMember(own)).stream().filter(a -> a.id() == invited.id()).findFirst().orElseThrow().active());
        AccountRow otherUser = asStaff.call(() -> accounts.accountsOfMember(other)).get(0);
        assertThrows(NotFoundException.class, () -> asMember.run(() -> accounts.setActive(otherUser.id(), otherUser.version(), false)));
        AccountRow self = asMember.call(() -> accounts.accountsOfMember(own)).stream().filter(a -> a.username().equals("member")).findFirst().orElseThrow();
        assertEquals("account.self", assertThrows(BusinessException.class, () -> asMember.run(() -> accounts.setActive(self.id(), self.version(), false))).getKey());
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> accounts.accounts(AccountFilter.none(), PageRequest.first(5))));
    }

    @Test
    void aMailThatCannotBeSentNowIsKeptAndSentLaterWithoutUndoingTheChange() throws Exception {
        ContactPerson person = contactOf(newMember());
        mailServer.stop();
        try {
            AccountRow invited = asStaff.call(() -> accounts.inviteContact(person.getId()));
            assertTrue(invited.invitationPending(), "the invitation is saved although the mail server is down");
            OutboxRow waiting = awaitMail(person.getEmail(), m -> m.attempts() > 0);
            assertEquals(MailStatus.PENDING, waiting.status());
            assertTrue(waiting.lastError() != null && !waiting.lastError().isBlank());
        } finally {
            mailServer.start();
        }
        OutboxRow pending = awaitMail(person.getEmail(), m -> true);
        asAdmin.run(() -> outbox.retry(pending.id()));
        sender.sendDue();
        assertEquals(1, mailServer.awaitMessagesTo(person.getEmail(), 1, MAIL_WAIT).size());
        assertEquals(MailStatus.SENT, awaitMail(person.getEmail(), m -> m.status() == MailStatus.SENT).status());
    }

    private OutboxRow awaitMail(String recipient, java.util.function.Predicate<OutboxRow> condition) throws Exception {
        long deadline = System.nanoTime() + MAIL_WAIT.toNanos();
        while (true) {
            var found = asAdmin.call(() -> outbox.mails(PageRequest.first(200))).rows().stream()
                    .filter(m -> m.recipient().equals(recipient)).filter(condition).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("No such mail to " + recipient);
            }
            Thread.sleep(250);
        }
    }
}

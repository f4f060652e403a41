package pl.klaster.portal.it.privacy;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.domain.account.TokenPurpose;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.outreach.ActivityType;
import pl.klaster.portal.domain.outreach.OutcomeReport;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.it.support.AsAdmin;
import pl.klaster.portal.it.support.AsBoard;
import pl.klaster.portal.it.support.AsMember;
import pl.klaster.portal.it.support.AsOtherMember;
import pl.klaster.portal.it.support.AsStaff;
import pl.klaster.portal.it.support.Caller;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.it.support.TestData;
import pl.klaster.portal.it.support.TestMailServer;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.account.AccountRow;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.member.ContactRow;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.member.DirectoryService;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.outreach.ActivityForm;
import pl.klaster.portal.service.outreach.FunnelRow;
import pl.klaster.portal.service.outreach.OutcomeRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.service.outreach.RegistrationRow;
import pl.klaster.portal.service.outreach.RegistrationService;
import pl.klaster.portal.service.privacy.PersonDataService;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Personal data in the real container: the administrator's export holds the person, their consent, account (no
 * password hash), registrations with outcomes, audit entries and mails; only the administrator may export or
 * anonymise; anonymising replaces what identifies the person, locks the account out, takes the person out of the
 * directory, and leaves every count and funnel figure as it was; it is done once, and never on a stale copy.
 */
@ExtendWith(ArquillianExtension.class)
class PersonDataIT {

    private static final Duration MAIL_WAIT = Duration.ofSeconds(30);
    private static final String PASSWORD = "długie hasło osoby kontaktowej";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(PersonDataIT.class);
    }

    @Inject
    PersonDataService personData;
    @Inject
    ContactService contacts;
    @Inject
    AccountService accounts;
    @Inject
    MemberService members;
    @Inject
    DirectoryService directory;
    @Inject
    OutreachService outreach;
    @Inject
    RegistrationService registrations;
    @Inject
    TestMailServer mailServer;
    @Inject
    AsAdmin asAdmin;
    @Inject
    AsStaff asStaff;
    @Inject
    AsBoard asBoard;
    @Inject
    AsMember asMember;
    @Inject
    AsOtherMember asOtherMember;

    private ContactPerson person(long memberId, String lastName) throws Exception {
        ContactPerson form = asStaff.call(() -> contacts.newContact(memberId));
        form.setFirstName("Ida");
        form.setLastName(lastName);
        form.setJobTitle("Kierowniczka eksportu");
        form.setEmail(TestData.unique("ida") + "@example.org");
        form.setPhone("+48 52 123 45 67");
        form.setDirectoryConsent(true);
        return asStaff.call(() -> contacts.save(form));
    }

    private ContactRow row(long memberId, long contactId) throws Exception {
        return asStaff.call(() -> contacts.contactsOf(memberId)).stream().filter(c -> c.id() == contactId).findFirst().orElseThrow();
    }

    private OutreachActivity activityToday() throws Exception {
        ActivityForm form = new ActivityForm();
        OutreachActivity a = form.getActivity();
        a.setType(ActivityType.TRADE_MISSION);
        a.setTitlePl(TestData.unique("Spotkania B2B RODO"));
        a.setTitleEn("B2B meetings (EN)");
        a.setStartDate(LocalDate.now());
        a.setEndDate(LocalDate.now().plusDays(1));
        a.setRegistrationDeadline(LocalDate.now());
        a.setCity("Lyon");
        a.setCountryCode("FR");
        form.setMarketIds(new ArrayList<>());
        return asStaff.call(() -> outreach.save(form));
    }

    private static long memberOf(Caller member, AccountService accounts) throws Exception {
        return member.call(() -> accounts.currentAccount()).memberId();
    }

    @Test
    void theExportHoldsThePersonTheirRegistrationsAndMailsButNoSecrets() throws Exception {
        long memberId = memberOf(asMember, accounts);
        ContactPerson person = person(memberId, TestData.unique("Eksportowa"));
        AccountRow account = asStaff.call(() -> accounts.inviteContact(person.getId()));
        String invitation = TestMailServer.text(mailServer.awaitMessagesTo(person.getEmail(), 1, MAIL_WAIT).get(0));
        String token = TestData.token(invitation);
        accounts.setPassword(token, TokenPurpose.ACTIVATION, PASSWORD.toCharArray());
        OutreachActivity activity = activityToday();
        RegistrationRow registration = asMember.call(() -> registrations.register(activity.getId(), List.of(person.getId())));

        JsonObject export = asAdmin.call(() -> personData.export(person.getId()));
        String text = export.toString();

        assertEquals(PersonDataService.SCHEMA, export.getString("schema"));
        assertEquals(PersonDataService.SCHEMA_VERSION, export.getInt("schemaVersion"));
        assertNotNull(export.getString("exportedAt"));
        JsonObject p = export.getJsonObject("person");
        assertEquals(person.getLastName(), p.getString("lastName"));
        assertEquals(person.getEmail(), p.getString("email"));
        assertEquals("+48 52 123 45 67", p.getString("phone"));
        JsonObject consent = export.getJsonObject("directoryConsent");
        assertTrue(consent.getBoolean("given"));
        assertFalse(consent.isNull("givenAt"), "consent is recorded with its date");
        assertFalse(consent.getJsonArray("history").isEmpty(), "the consent's history comes from the audit trail");

        JsonObject acc = export.getJsonObject("account");
        assertEquals(account.username(), acc.getString("username"));
        assertTrue(acc.getBoolean("passwordSet"));
        assertFalse(text.contains("pbkdf2"), "never the password hash");
        assertFalse(text.contains("passwordHash") || text.contains("tokenHash"));
        assertFalse(text.contains(token), "links in mails lose their tokens");

        JsonArray regs = export.getJsonArray("registrations");
        assertEquals(1, regs.size());
        JsonObject reg = regs.getJsonObject(0);
        assertEquals(registration.id(), reg.getJsonNumber("id").longValue());
        assertEquals(activity.getTitlePl(), reg.getJsonObject("activity").getString("titlePl"));
        assertTrue(reg.getBoolean("personNamed"));

        assertTrue(export.getJsonArray("auditEntries").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> "Registration".equals(e.getString("entityType")) && e.getBoolean("aboutPerson")),
                "the registration's audit entry names the person");
        JsonArray mails = export.getJsonArray("mails");
        assertTrue(mails.stream().map(JsonValue::asJsonObject).anyMatch(m -> person.getEmail().equals(m.getString("recipient"))
                && m.getString("body").contains("token=(removed)")), "the invitation, without its token");
    }

    @Test
    void onlyTheAdministratorMayExportOrAnonymise() throws Exception {
        Member member = asStaff.call(() -> members.save(TestData.member(TestData.unique("Firma RODO")), List.of(), List.of()));
        ContactPerson person = person(member.getId(), "Chroniona");
        for (Caller other : List.of(asStaff, asBoard, asMember)) {
            assertThrows(EJBAccessException.class, () -> other.call(() -> personData.export(person.getId())));
            assertThrows(EJBAccessException.class, () -> other.run(() -> personData.anonymise(person.getId(), person.getVersion(), "x")));
        }
        assertEquals("Chroniona", row(member.getId(), person.getId()).lastName());
    }

    @Test
    void anonymisingRemovesThePersonButKeepsEveryCount() throws Exception {
        long memberId = memberOf(asMember, accounts);
        ContactPerson person = person(memberId, TestData.unique("Odchodząca"));
        AccountRow account = asStaff.call(() -> accounts.inviteContact(person.getId()));
        String token = TestData.token(TestMailServer.text(mailServer.awaitMessagesTo(person.getEmail(), 1, MAIL_WAIT).get(0)));
        accounts.setPassword(token, TokenPurpose.ACTIVATION, PASSWORD.toCharArray());
        assertTrue(accounts.signIn(account.username(), PASSWORD.toCharArray()).isPresent());

        OutreachActivity activity = activityToday();
        RegistrationRow registration = asMember.call(() -> registrations.register(activity.getId(), List.of(person.getId())));
        OutcomeReport report = asMember.call(() -> registrations.outcome(registration.id()));
        report.setB2bMeetings(5);
        report.setContactsMade(7);
        report.setLeads(3);
        report.setAgreements(1);
        report.setExportValue(Money.pln("25000.00"));
        report.setCountries(Set.of("FR"));
        asMember.run(() -> registrations.reportOutcome(registration.id(), report));
        assertTrue(asOtherMember.call(() -> directory.entry(memberId)).persons().stream()
                .anyMatch(x -> x.email().equals(person.getEmail())), "shown in the directory while the consent is given");

        LocalDate today = LocalDate.now();
        List<RegistrationRow> registrationsBefore = asStaff.call(() -> registrations.ofActivity(activity.getId()));
        List<OutcomeRow> outcomesBefore = asStaff.call(() -> registrations.outcomesOf(activity.getId()));
        FunnelRow totalBefore = asBoard.call(() -> outreach.funnelTotal(today, today));
        FunnelRow activityBefore = funnelOf(activity, today);

        ContactRow before = row(memberId, person.getId());
        assertEquals("privacy.anonymise.reasonRequired", assertThrows(BusinessException.class,
                () -> asAdmin.run(() -> personData.anonymise(person.getId(), before.version(), "  "))).getKey());
        asAdmin.run(() -> personData.anonymise(person.getId(), before.version(), "Osoba odeszła z firmy"));

        ContactRow after = row(memberId, person.getId());
        assertTrue(after.anonymised());
        assertEquals(ContactPerson.placeholderName(person.getId()), after.fullName());
        assertEquals(ContactPerson.placeholderEmail(person.getId()), after.email());
        assertEquals(null, after.phone());
        assertEquals(null, after.jobTitle());
        assertFalse(after.directoryConsent());
        assertEquals(null, after.directoryConsentAt(), "a withdrawn consent has no date");
        assertEquals("INACTIVE", after.portalState());

        assertFalse(accounts.signIn(account.username(), PASSWORD.toCharArray()).isPresent(), "the person cannot sign in");
        assertFalse(accounts.isActive(account.username()), "open sessions end");
        assertFalse(asOtherMember.call(() -> directory.entry(memberId)).persons().stream()
                .anyMatch(x -> x.email().equals(person.getEmail()) || x.lastName().equals(person.getLastName())));
        assertTrue(asStaff.call(() -> accounts.accountsOfMember(memberId)).stream()
                .noneMatch(a -> a.username().equals(account.username()) || a.email().equals(person.getEmail())));

        List<RegistrationRow> registrationsAfter = asStaff.call(() -> registrations.ofActivity(activity.getId()));
        assertEquals(registrationsBefore.size(), registrationsAfter.size());
        assertEquals(registrationsBefore.get(0).status(), registrationsAfter.get(0).status());
        assertTrue(registrationsAfter.get(0).persons().contains(ContactPerson.placeholderName(person.getId())),
                "the registration still counts the person, under the placeholder");
        assertEquals(outcomesBefore.size(), asStaff.call(() -> registrations.outcomesOf(activity.getId())).size());
        assertEquals(totalBefore, asBoard.call(() -> outreach.funnelTotal(today, today)), "the funnel's totals are the same");
        assertEquals(activityBefore, funnelOf(activity, today));

        JsonObject export = asAdmin.call(() -> personData.export(person.getId()));
        assertFalse(export.getJsonObject("person").isNull("anonymisedAt"));
        assertEquals(ContactPerson.placeholderEmail(person.getId()), export.getJsonObject("person").getString("email"));
        assertFalse(export.getJsonObject("account").getBoolean("active"));
        assertFalse(export.getJsonObject("account").getBoolean("passwordSet"));
        assertTrue(export.getJsonArray("mails").stream().map(JsonValue::asJsonObject)
                .allMatch(m -> m.getString("recipient").endsWith("@example.invalid") && !m.getString("body").contains(person.getEmail())),
                "mails to the person keep neither address nor text");
        assertEquals(1, export.getJsonArray("registrations").size());

        ContactRow anonymised = row(memberId, person.getId());
        assertEquals("privacy.anonymise.already", assertThrows(BusinessException.class,
                () -> asAdmin.run(() -> personData.anonymise(person.getId(), anonymised.version(), "Jeszcze raz"))).getKey());
        AccountRow scrubbed = asAdmin.call(() -> accounts.accountsOfMember(memberId)).stream()
                .filter(a -> a.id() == account.id()).findFirst().orElseThrow();
        assertEquals("privacy.anonymised.readOnly", assertThrows(BusinessException.class,
                () -> asAdmin.run(() -> accounts.setActive(scrubbed.id(), scrubbed.version(), true))).getKey(),
                "the account stays deactivated for good");
        ContactPerson edit = asStaff.call(() -> contacts.get(person.getId()));
        edit.setLastName("Przywrócona");
        assertEquals("privacy.anonymised.readOnly", assertThrows(BusinessException.class,
                () -> asStaff.call(() -> contacts.save(edit))).getKey());
    }

    @Test
    void aStaleCopyIsNotAnonymised() throws Exception {
        Member member = asStaff.call(() -> members.save(TestData.member(TestData.unique("Firma nieaktualna")), List.of(), List.of()));
        ContactPerson person = person(member.getId(), "Zmieniona");
        long seen = row(member.getId(), person.getId()).version();
        ContactPerson edit = asStaff.call(() -> contacts.get(person.getId()));
        edit.setJobTitle("Dyrektorka handlowa");
        asStaff.call(() -> contacts.save(edit));

        assertThrows(StaleDataException.class, () -> asAdmin.run(() -> personData.anonymise(person.getId(), seen, "Odeszła")));
        ContactRow unchanged = row(member.getId(), person.getId());
        assertFalse(unchanged.anonymised());
        assertEquals("Zmieniona", unchanged.lastName());
        assertEquals(seen + 1, unchanged.version());
    }

    private FunnelRow funnelOf(OutreachActivity activity, LocalDate day) throws Exception {
        return asStaff.call(() -> outreach.funnelByActivity(day, day)).stream().filter(r -> r.key() == activity.getId())
                .findFirst().orElseThrow();
    }
}

package pl.klaster.portal.it.member;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.domain.fee.FeeStatus;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;
import pl.klaster.portal.it.support.AsAdmin;
import pl.klaster.portal.it.support.AsBoard;
import pl.klaster.portal.it.support.AsMember;
import pl.klaster.portal.it.support.AsOtherMember;
import pl.klaster.portal.it.support.AsStaff;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.it.support.TestData;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.audit.AuditRow;
import pl.klaster.portal.service.audit.AuditService;
import pl.klaster.portal.service.common.InvalidInputException;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.fee.FeeRow;
import pl.klaster.portal.service.fee.FeeService;
import pl.klaster.portal.service.member.CompanyProfile;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.member.DirectoryService;
import pl.klaster.portal.service.member.HistoryRow;
import pl.klaster.portal.service.member.MemberFilter;
import pl.klaster.portal.service.member.MemberRow;
import pl.klaster.portal.service.member.MemberService;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The member registry in the real container: staff create, find, edit and run the lifecycle of members; the
 * rules (identifiers, lifecycle, optimistic locking, audit) hold; a member company reaches only its own data,
 * and management only reads.
 */
@ExtendWith(ArquillianExtension.class)
class MemberServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(MemberServiceIT.class);
    }

    @Inject
    MemberService members;
    @Inject
    ContactService contacts;
    @Inject
    FeeService fees;
    @Inject
    AuditService audit;
    @Inject
    AccountService accounts;
    @Inject
    DirectoryService directory;
    @Inject
    AsStaff asStaff;
    @Inject
    AsAdmin asAdmin;
    @Inject
    AsBoard asBoard;
    @Inject
    AsMember asMember;
    @Inject
    AsOtherMember asOtherMember;

    private Member create(String name) throws Exception {
        Member m = TestData.member(name);
        return asStaff.call(() -> members.save(m, List.of("22.29.Z"), List.of(1L, 51L)));
    }

    private List<MemberRow> search(String text) throws Exception {
        return asStaff.call(() -> members.search(new MemberFilter(text, null, null, null, null, null, null, null, null),
                PageRequest.first(50))).rows();
    }

    private Member activeMember(String name) throws Exception {
        Member m = create(name);
        List<Long> recommenders = asStaff.call(() -> members.findActive("", 2)).stream().map(o -> o.id()).toList();
        asStaff.run(() -> members.admit(m.getId(), m.getVersion(), LocalDate.now(), recommenders.get(0), recommenders.get(1), "Uchwała nr 1"));
        return asStaff.call(() -> members.get(m.getId()));
    }

    @Test
    void staffCreateAMemberAndFindItByItsNipInAnyWrittenFormByNameOrCity() throws Exception {
        String name = TestData.unique("Wyszukiwalna Sp. z o.o.");
        Member created = create(name);
        String nip = created.getNip();

        assertEquals(MemberStatus.APPLIED, created.getStatus());
        assertEquals(Set.of("22.29.Z"), Set.copyOf(created.getPkdCodes().stream().map(p -> p.getCode()).toList()));
        for (String written : List.of(nip, TestData.dashed(nip), "PL" + nip, "pl " + TestData.dashed(nip))) {
            assertEquals(List.of(created.getId()), search(written).stream().map(MemberRow::id).toList(), written);
        }
        assertTrue(search(name.substring(0, 20).toLowerCase()).stream().anyMatch(r -> r.id() == created.getId()));
        assertTrue(search("bydgosz").stream().anyMatch(r -> r.id() == created.getId()));
    }

    @Test
    void aNipThatAnotherMemberHasIsRefusedNamingThatMember() throws Exception {
        Member first = create(TestData.unique("Pierwsza"));
        Member second = TestData.member(TestData.unique("Druga"));
        second.setNip(TestData.dashed(first.getNip()));

        BusinessException refused = assertThrows(BusinessException.class,
                () -> asStaff.call(() -> members.save(second, List.of(), List.of())));
        assertEquals("member.nip.taken", refused.getKey());
        assertEquals("nip", refused.getField());
        assertEquals(first.getLegalName(), refused.getArguments()[0]);
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsSaved() throws Exception {
        String name = TestData.unique("Błędna");
        Member bad = TestData.member(name);
        bad.setNip("123-456-32-19");
        bad.getAddress().setPostalCode("85758");
        bad.setWebsite("javascript:alert(1)");

        InvalidInputException refused = assertThrows(InvalidInputException.class,
                () -> asStaff.call(() -> members.save(bad, List.of(), List.of())));
        Set<String> fields = Set.copyOf(refused.getViolations().stream().map(v -> v.getPropertyPath().toString()).toList());
        assertTrue(fields.containsAll(Set.of("nip", "address.postalCodeValidForCountry", "website")), fields.toString());
        assertTrue(search(name).isEmpty());

        Member unknownPkd = TestData.member(TestData.unique("PKD"));
        assertEquals("member.pkd.unknown", assertThrows(BusinessException.class,
                () -> asStaff.call(() -> members.save(unknownPkd, List.of("99.99.Q"), List.of()))).getKey());
    }

    @Test
    void filtersNarrowTheListAndPagingHappensInTheDatabase() throws Exception {
        Member m = TestData.member(TestData.unique("Filtrowana"));
        m.setMemberType(MemberType.RD_BODY);
        m.setSizeClass(SizeClass.LARGE);
        m.getAddress().setVoivodeship(Voivodeship.PODLASKIE);
        Member saved = asStaff.call(() -> members.save(m, List.of("72.19.Z"), List.of(15L)));

        MemberFilter filter = new MemberFilter(null, MemberStatus.APPLIED, MemberType.RD_BODY, SizeClass.LARGE,
                Voivodeship.PODLASKIE, "72.19", 15L, FeeStatus.NONE, LocalDate.now().getYear());
        var page = asStaff.call(() -> members.search(filter, PageRequest.first(10)));
        assertTrue(page.rows().stream().anyMatch(r -> r.id() == saved.getId()));
        assertTrue(page.rows().stream().allMatch(r -> r.memberType() == MemberType.RD_BODY && r.sizeClass() == SizeClass.LARGE));

        var all = asStaff.call(() -> members.search(MemberFilter.none(), new PageRequest(0, 3, "legalName", false)));
        assertEquals(3, all.rows().size());
        assertTrue(all.total() >= 12);
        assertTrue(all.rows().get(0).legalName().compareToIgnoreCase(all.rows().get(2).legalName()) >= 0);
    }

    @Test
    void anApplicantIsAdmittedOnlyWithTwoActiveRecommendersAndAResolution() throws Exception {
        Member applicant = create(TestData.unique("Kandydat"));
        List<Long> active = asStaff.call(() -> members.findActive("", 2)).stream().map(o -> o.id()).toList();
        Member other = create(TestData.unique("Inny kandydat"));

        assertEquals("member.admit.twoRecommenders", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                members.admit(applicant.getId(), applicant.getVersion(), LocalDate.now(), active.get(0), active.get(0), "x"))).getKey());
        assertEquals("member.admit.recommenderNotActive", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                members.admit(applicant.getId(), applicant.getVersion(), LocalDate.now(), active.get(0), other.getId(), "x"))).getKey());
        assertEquals("member.status.dateInvalid", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                members.admit(applicant.getId(), applicant.getVersion(), LocalDate.now().plusDays(1), active.get(0), active.get(1), "x"))).getKey());
        assertEquals("reason", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                members.admit(applicant.getId(), applicant.getVersion(), LocalDate.now(), active.get(0), active.get(1), " "))).getField());

        asStaff.run(() -> members.admit(applicant.getId(), applicant.getVersion(), LocalDate.now(), active.get(0), active.get(1), "Uchwała 7/2026"));

        Member admitted = asStaff.call(() -> members.get(applicant.getId()));
        assertEquals(MemberStatus.ACTIVE, admitted.getStatus());
        assertEquals(LocalDate.now(), admitted.getJoinedOn());
        List<HistoryRow> history = asStaff.call(() -> members.history(applicant.getId()));
        HistoryRow admission = history.get(history.size() - 1);
        assertEquals(MemberStatus.APPLIED, admission.fromStatus());
        assertEquals(MemberStatus.ACTIVE, admission.toStatus());
        assertEquals("staff", admission.changedBy());
        assertEquals(LocalDate.now(), admission.boardResolutionOn());
        assertTrue(admission.recommender1() != null && admission.recommender2() != null);
    }

    @Test
    void aTransitionTheStatusDoesNotAllowIsRefusedAndLeavingEndsTheCompanysAccounts() throws Exception {
        Member applicant = create(TestData.unique("Zawieszany"));
        assertEquals("member.status.notAllowed", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                members.changeStatus(applicant.getId(), applicant.getVersion(), MemberStatus.SUSPENDED, LocalDate.now(), "x"))).getKey());
        assertEquals("member.admit.useAdmission", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                members.changeStatus(applicant.getId(), applicant.getVersion(), MemberStatus.ACTIVE, LocalDate.now(), "x"))).getKey());

        Member active = activeMember(TestData.unique("Aktywny"));
        asStaff.run(() -> members.changeStatus(active.getId(), active.getVersion(), MemberStatus.SUSPENDED, LocalDate.now(), "Zaległe składki"));
        Member suspended = asStaff.call(() -> members.get(active.getId()));
        asStaff.run(() -> members.changeStatus(active.getId(), suspended.getVersion(), MemberStatus.ACTIVE, LocalDate.now(), "Spłacone"));
        Member reinstated = asStaff.call(() -> members.get(active.getId()));
        assertEquals(MemberStatus.ACTIVE, reinstated.getStatus());

        ContactPerson person = contact(active.getId(), TestData.unique("odchodzi") + "@example.org");
        asStaff.call(() -> accounts.inviteContact(person.getId()));
        asStaff.run(() -> members.changeStatus(active.getId(), reinstated.getVersion(), MemberStatus.EXPELLED, LocalDate.now(), "Uchwała walnego"));
        assertTrue(asStaff.call(() -> accounts.accountsOfMember(active.getId())).stream().noneMatch(a -> a.active()));
        Member expelled = asStaff.call(() -> members.get(active.getId()));
        assertEquals(LocalDate.now(), expelled.getLeftOn());
        assertEquals("member.status.notAllowed", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                members.changeStatus(active.getId(), expelled.getVersion(), MemberStatus.ACTIVE, LocalDate.now(), "x"))).getKey());
        assertEquals(5, asStaff.call(() -> members.history(active.getId())).size());
    }

    @Test
    void theSecondOfTwoSavesOfTheSameVersionIsRefusedAndNothingIsOverwritten() throws Exception {
        Member created = create(TestData.unique("Współedytowana"));
        Member first = asStaff.call(() -> members.get(created.getId()));
        Member second = asAdmin.call(() -> members.get(created.getId()));

        first.setPhone("+48 52 111 11 11");
        asStaff.call(() -> members.save(first, List.of("22.29.Z"), List.of()));
        second.setPhone("+48 52 222 22 22");
        assertThrows(StaleDataException.class, () -> asAdmin.call(() -> members.save(second, List.of(), List.of())));

        assertEquals("+48 52 111 11 11", asStaff.call(() -> members.get(created.getId())).getPhone());
    }

    @Test
    void everyChangeIsInTheAuditTrailWithWhoAndTheOldAndNewValue() throws Exception {
        Member created = create(TestData.unique("Audytowana"));
        Member copy = asStaff.call(() -> members.get(created.getId()));
        copy.setWebsite("https://nowa.example");
        asStaff.call(() -> members.save(copy, List.of("22.29.Z"), List.of(1L, 51L)));

        List<AuditRow> trail = asStaff.call(() -> audit.forMember(created.getId(), PageRequest.first(100))).rows();
        assertTrue(trail.stream().anyMatch(r -> "CREATE".equals(r.action())));
        AuditRow website = trail.stream().filter(r -> "website".equals(r.field())).findFirst().orElseThrow();
        assertEquals("staff", website.actor());
        assertNull(website.oldValue());
        assertEquals("https://nowa.example", website.newValue());
        assertFalse(trail.stream().anyMatch(r -> "capabilities".equals(r.field()) && r.oldValue() != null),
                "an unchanged field is not recorded as changed");
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> audit.forMember(created.getId(), PageRequest.first(10))));
    }

    @Test
    void aMemberCompanyReachesOnlyItsOwnData() throws Exception {
        long own = asMember.call(() -> accounts.currentAccount()).memberId();
        long other = asOtherMember.call(() -> accounts.currentAccount()).memberId();
        assertNotEquals(own, other);

        assertEquals(own, asMember.call(() -> members.ownCompany()).getId());
        assertEquals(own, asMember.call(() -> members.get(own)).getId());
        assertThrows(NotFoundException.class, () -> asMember.call(() -> members.get(other)));
        assertThrows(NotFoundException.class, () -> asMember.call(() -> members.history(other)));
        assertThrows(NotFoundException.class, () -> asMember.call(() -> contacts.contactsOf(other)));
        assertThrows(NotFoundException.class, () -> asMember.call(() -> fees.feesOf(other)));
        assertThrows(NotFoundException.class, () -> asMember.call(() -> accounts.accountsOfMember(other)));
        assertThrows(NotFoundException.class, () -> asMember.call(() -> contacts.newContact(other)));
        long otherContact = asStaff.call(() -> contacts.contactsOf(other)).get(0).id();
        assertThrows(NotFoundException.class, () -> asMember.call(() -> contacts.get(otherContact)));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> members.search(MemberFilter.none(), PageRequest.first(10))));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> members.save(TestData.member("x"), List.of(), List.of())));

        // the member edits its own profile; identifiers and name stay as they are whatever it sends
        Member before = asMember.call(() -> members.ownCompany());
        CompanyProfile profile = CompanyProfile.of(before);
        profile.setDescriptionEn("Updated by the member itself " + TestData.unique("x"));
        profile.getCapabilityIds().add(11L);
        Member after = asMember.call(() -> members.updateOwnProfile(profile));
        assertEquals(profile.getDescriptionEn(), after.getDescriptionEn());
        assertTrue(after.getCapabilities().stream().anyMatch(c -> c.getId() == 11L));
        assertEquals(before.getLegalName(), after.getLegalName());
        assertEquals(before.getNip(), after.getNip());
        assertThrows(StaleDataException.class, () -> asMember.call(() -> members.updateOwnProfile(profile)));
    }

    @Test
    void managementReadsButNeverChanges() throws Exception {
        Member created = create(TestData.unique("Tylko do odczytu"));
        assertEquals(created.getId(), asBoard.call(() -> members.get(created.getId())).getId());
        assertThrows(EJBAccessException.class, () -> asBoard.call(() -> members.save(created, List.of(), List.of())));
        assertThrows(EJBAccessException.class, () -> asBoard.run(() ->
                members.changeStatus(created.getId(), created.getVersion(), MemberStatus.RESIGNED, LocalDate.now(), "x")));
        assertThrows(EJBAccessException.class, () -> asBoard.call(() -> contacts.save(ContactPersonFor.member(created))));
        assertThrows(EJBAccessException.class, () -> asBoard.run(() -> fees.chargeYear(2099)));
    }

    @Test
    void contactPersonsAppearInTheDirectoryOnlyWithConsentAndConsentIsDated() throws Exception {
        Member member = activeMember(TestData.unique("Katalogowa"));
        ContactPerson shown = contact(member.getId(), TestData.unique("widoczna") + "@example.org");
        shown.setDirectoryConsent(true);
        ContactPerson saved = asStaff.call(() -> contacts.save(shown));
        contact(member.getId(), TestData.unique("ukryta") + "@example.org");

        var entry = asOtherMember.call(() -> directory.entry(member.getId()));
        assertEquals(1, entry.persons().size());
        assertEquals(shown.getEmail(), entry.persons().get(0).email());
        assertTrue(asStaff.call(() -> contacts.contactsOf(member.getId())).stream()
                .anyMatch(c -> c.id() == saved.getId() && c.directoryConsentAt() != null));

        Member applicant = create(TestData.unique("Niewidoczny kandydat"));
        assertThrows(NotFoundException.class, () -> asMember.call(() -> directory.entry(applicant.getId())));
    }

    @Test
    void feesAreChargedFromTheRatesPaidExactlyAndOverdueOnesListed() throws Exception {
        int year = 2090 + (int) (Math.random() * 9);
        Member member = activeMember(TestData.unique("Płatnik"));
        Map<SizeClass, BigDecimal> rates = new EnumMap<>(SizeClass.class);
        for (SizeClass size : SizeClass.values()) {
            rates.put(size, new BigDecimal("1000.10").add(BigDecimal.valueOf(size.ordinal())));
        }
        asStaff.run(() -> fees.setRates(year, rates));
        assertEquals("validation.money", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                fees.setRates(year, Map.of(SizeClass.MICRO, new BigDecimal("1.001"))))).getKey());
        assertEquals("validation.notNegative", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                fees.setRates(year, Map.of(SizeClass.MICRO, new BigDecimal("-1"))))).getKey());

        assertTrue(asStaff.call(() -> fees.chargeYear(year)) >= 1);
        assertEquals(0, asStaff.call(() -> fees.chargeYear(year)), "charging twice charges nobody again");

        FeeRow fee = asStaff.call(() -> fees.feesOf(member.getId())).stream().filter(f -> f.year() == year).findFirst().orElseThrow();
        assertEquals(new BigDecimal("1001.10"), fee.amountDue(), "a SMALL member pays the SMALL rate");
        assertEquals(FeeStatus.UNPAID, fee.status());
        asStaff.run(() -> fees.recordPayment(fee.id(), fee.version(), LocalDate.now(), new BigDecimal("0.10"), "pierwsza rata"));
        assertThrows(StaleDataException.class, () -> asStaff.run(() ->
                fees.recordPayment(fee.id(), fee.version(), LocalDate.now(), new BigDecimal("1"), "stara wersja")));
        FeeRow partial = asStaff.call(() -> fees.feesOf(member.getId())).stream().filter(f -> f.year() == year).findFirst().orElseThrow();
        assertEquals(FeeStatus.PARTIAL, partial.status());
        asStaff.run(() -> fees.recordPayment(partial.id(), partial.version(), LocalDate.now(), new BigDecimal("1001.00"), null));
        assertEquals(FeeStatus.PAID, asStaff.call(() -> fees.feesOf(member.getId())).stream()
                .filter(f -> f.year() == year).findFirst().orElseThrow().status());

        var overdue = asStaff.call(() -> fees.overdue(PageRequest.first(200))).rows();
        assertTrue(overdue.stream().allMatch(f -> f.status() == FeeStatus.OVERDUE));
        assertTrue(overdue.stream().anyMatch(f -> f.year() < LocalDate.now().getYear() + 1), "the demo data has overdue fees");
    }

    private ContactPerson contact(long memberId, String email) throws Exception {
        ContactPerson person = asStaff.call(() -> contacts.newContact(memberId));
        person.setFirstName("Jan");
        person.setLastName("Testowy");
        person.setEmail(email);
        return asStaff.call(() -> contacts.save(person));
    }

    /** A new contact person of a member, built without the service (for calls that must be refused). */
    static final class ContactPersonFor {
        static ContactPerson member(Member member) {
            ContactPerson c = new ContactPerson(member);
            c.setFirstName("X");
            c.setLastName("Y");
            c.setEmail("x@example.org");
            return c;
        }
    }
}

package pl.klaster.portal.it.outreach;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.outreach.ActivityType;
import pl.klaster.portal.domain.outreach.OutcomeReport;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.domain.outreach.RegistrationStatus;
import pl.klaster.portal.it.support.AsBoard;
import pl.klaster.portal.it.support.AsMember;
import pl.klaster.portal.it.support.AsOtherMember;
import pl.klaster.portal.it.support.AsStaff;
import pl.klaster.portal.it.support.AsThirdMember;
import pl.klaster.portal.it.support.Caller;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.it.support.TestData;
import pl.klaster.portal.it.support.TestMailServer;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.audit.AuditService;
import pl.klaster.portal.service.common.InvalidInputException;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.member.ContactRow;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.outreach.ActivityForm;
import pl.klaster.portal.service.outreach.CalendarExport;
import pl.klaster.portal.service.outreach.CountryRow;
import pl.klaster.portal.service.outreach.FunnelRow;
import pl.klaster.portal.service.outreach.MarketRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.service.outreach.RegistrationRow;
import pl.klaster.portal.service.outreach.RegistrationService;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Outreach in the real container: planning rules, capacity and the waiting list under simultaneous
 * registrations (and the e-mail to the company that moves up), the registration rules (deadline, past, suspended,
 * twice, people of another company), each company seeing and changing only its own registrations and outcomes,
 * and the funnel's figures computed from reported outcomes.
 */
@ExtendWith(ArquillianExtension.class)
class OutreachIT {

    private static final String MEMBER_MAIL = "marek@polimer-bydgoszcz.example";
    private static final String MEMBER2_MAIL = "malgorzata@narzedziownia-fordon.example";
    private static final String MEMBER3_MAIL = "k.robotyczna@automatyka-kujawy.example";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(OutreachIT.class);
    }

    @Inject
    OutreachService outreach;
    @Inject
    RegistrationService registrations;
    @Inject
    CalendarExport calendar;
    @Inject
    MemberService members;
    @Inject
    ContactService contacts;
    @Inject
    AccountService accounts;
    @Inject
    AuditService audit;
    @Inject
    TestMailServer mailServer;
    @Inject
    AsStaff asStaff;
    @Inject
    AsBoard asBoard;
    @Inject
    AsMember asMember;
    @Inject
    AsOtherMember asOtherMember;
    @Inject
    AsThirdMember asThirdMember;
    @Resource
    ManagedExecutorService executor;

    private ActivityForm form(String title, LocalDate start, Integer capacity, Long... marketIds) {
        ActivityForm form = new ActivityForm();
        OutreachActivity a = form.getActivity();
        a.setType(ActivityType.TRADE_MISSION);
        a.setTitlePl(title);
        a.setTitleEn(title + " (EN)");
        a.setStartDate(start);
        a.setEndDate(start.plusDays(2));
        a.setRegistrationDeadline(start);
        a.setCity("Chicago");
        a.setCountryCode("US");
        a.setCapacity(capacity);
        a.setCost(new Money(new BigDecimal("1500.00"), "PLN"));
        form.setMarketIds(new ArrayList<>(List.of(marketIds)));
        return form;
    }

    private OutreachActivity plan(String title, LocalDate start, Integer capacity, Long... marketIds) throws Exception {
        return asStaff.call(() -> outreach.save(form(TestData.unique(title), start, capacity, marketIds)));
    }

    /** The ids of the caller's company's contact persons (the first one is enough to register). */
    private List<Long> people(Caller member) throws Exception {
        long own = member.call(() -> accounts.currentAccount()).memberId();
        return member.call(() -> contacts.contactsOf(own)).stream().map(ContactRow::id).limit(1).toList();
    }

    private MarketRow market(String name, String... countries) throws Exception {
        return asStaff.call(() -> outreach.saveMarket(null, 0, TestData.unique(name), TestData.unique(name) + " EN", 2, Set.of(countries)));
    }

    @Test
    void staffPlanActivitiesAndBadInputIsRefusedAtItsField() throws Exception {
        ActivityForm bad = form(TestData.unique("Zła"), LocalDate.now().plusDays(30), 5);
        bad.getActivity().setRegistrationDeadline(LocalDate.now().plusDays(40));
        bad.getActivity().setCity(null);
        InvalidInputException invalid = assertThrows(InvalidInputException.class, () -> asStaff.call(() -> outreach.save(bad)));
        Set<String> fields = new java.util.HashSet<>();
        invalid.getViolations().forEach(v -> fields.add(v.getPropertyPath().toString()));
        assertTrue(fields.containsAll(Set.of("deadlineNotAfterStart", "placeGiven")), fields.toString());

        ActivityForm unknownCountry = form(TestData.unique("Kraj"), LocalDate.now().plusDays(30), 5);
        unknownCountry.getActivity().setCountryCode("XX");
        BusinessException country = assertThrows(BusinessException.class, () -> asStaff.call(() -> outreach.save(unknownCountry)));
        assertEquals("countryCode", country.getField());

        assertThrows(EJBAccessException.class, () -> asMember.call(() -> outreach.save(form("x", LocalDate.now().plusDays(3), 1))));
        assertThrows(EJBAccessException.class, () -> asBoard.call(() -> outreach.save(form("x", LocalDate.now().plusDays(3), 1))));

        MarketRow market = market("Oceania", "NZ", "AU");
        OutreachActivity online = asStaff.call(() -> {
            ActivityForm f = form(TestData.unique("Webinar"), LocalDate.now().plusDays(20), null, market.id());
            f.getActivity().setOnline(true);
            return outreach.save(f);
        });
        assertTrue(online.isOnline());
        assertEquals(null, online.getCity(), "an online activity keeps no place");
        OutreachActivity changed = asStaff.call(() -> {
            ActivityForm f = new ActivityForm(online);
            f.getActivity().setCapacity(30);
            return outreach.save(f);
        });
        assertEquals(30, changed.getCapacity());
        assertThrows(StaleDataException.class, () -> asStaff.call(() -> outreach.save(new ActivityForm(online))),
                "a form opened before someone else's change is refused");
        assertTrue(asStaff.call(() -> audit.forActivity(online.getId(), PageRequest.first(50))).rows().stream()
                .anyMatch(r -> "capacity".equals(r.field())), "the change is in the audit trail");

        String ics = asMember.call(() -> calendar.activity(online.getId(), "en"));
        assertTrue(ics.contains("SUMMARY:" + online.getTitleEn().replace(",", "\\,")) && ics.contains("LOCATION:Online"), ics);
    }

    @Test
    void capacityAndTheWaitingListHoldUnderSimultaneousRegistrations() throws Exception {
        for (int round = 0; round < 3; round++) {
            OutreachActivity activity = plan("Dwa miejsca", LocalDate.now().plusDays(10), 2);
            List<Caller> callers = List.of(asMember, asOtherMember, asThirdMember);
            List<List<Long>> persons = new ArrayList<>();
            for (Caller caller : callers) {
                persons.add(people(caller));
            }
            CountDownLatch start = new CountDownLatch(1);
            List<Future<RegistrationRow>> results = new ArrayList<>();
            for (int i = 0; i < callers.size(); i++) {
                Caller caller = callers.get(i);
                List<Long> who = persons.get(i);
                results.add(executor.submit(() -> {
                    start.await();
                    return caller.call(() -> registrations.register(activity.getId(), who));
                }));
            }
            start.countDown();
            List<RegistrationRow> made = new ArrayList<>();
            for (Future<RegistrationRow> f : results) {
                made.add(f.get());
            }
            assertEquals(2, made.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED).count(), made.toString());
            assertEquals(1, made.stream().filter(r -> r.status() == RegistrationStatus.WAITING).count(), made.toString());
            RegistrationRow waiting = made.stream().filter(r -> r.status() == RegistrationStatus.WAITING).findFirst().orElseThrow();
            RegistrationRow lastWithPlace = made.stream().filter(r -> r.status() == RegistrationStatus.REGISTERED)
                    .max(Comparator.comparing(RegistrationRow::registeredAt)).orElseThrow();
            assertFalse(waiting.registeredAt().isBefore(lastWithPlace.registeredAt()),
                    "the company that waits registered after those that got places");
            assertEquals(2, asStaff.call(() -> outreach.summary(activity.getId())).taken());
        }
    }

    @Test
    void aCancellationMovesTheFirstWaitingUpInOrderAndTellsItByMail() throws Exception {
        OutreachActivity activity = plan("Jedno miejsce", LocalDate.now().plusDays(12), 1);
        RegistrationRow first = asMember.call(() -> registrations.register(activity.getId(), people(asMember)));
        RegistrationRow second = asOtherMember.call(() -> registrations.register(activity.getId(), people(asOtherMember)));
        RegistrationRow third = asThirdMember.call(() -> registrations.register(activity.getId(), people(asThirdMember)));
        assertEquals(List.of(RegistrationStatus.REGISTERED, RegistrationStatus.WAITING, RegistrationStatus.WAITING),
                List.of(first.status(), second.status(), third.status()));
        assertEquals(List.of(second.id(), third.id()), asStaff.call(() -> registrations.waitingList(activity.getId())).stream()
                .map(RegistrationRow::id).toList(), "the waiting list is in the order of registration");

        asMember.run(() -> registrations.cancel(first.id(), first.version()));
        Map<Long, RegistrationStatus> now = new java.util.HashMap<>();
        asStaff.call(() -> registrations.ofActivity(activity.getId())).forEach(r -> now.put(r.id(), r.status()));
        assertEquals(RegistrationStatus.CANCELLED, now.get(first.id()));
        assertEquals(RegistrationStatus.REGISTERED, now.get(second.id()), "the first waiting company moved up");
        assertEquals(RegistrationStatus.WAITING, now.get(third.id()), "the next one still waits");
        assertTrue(mailServer.awaitMessageTo(MEMBER2_MAIL, activity.getTitlePl(), Duration.ofSeconds(60)).isPresent(),
                "the company that moved up is told by e-mail");
        assertTrue(mailServer.messagesTo(MEMBER3_MAIL).stream().noneMatch(m -> TestMailServer.text(m).contains(activity.getTitlePl())));

        RegistrationRow promoted = asStaff.call(() -> registrations.ofActivity(activity.getId())).stream()
                .filter(r -> r.id() == second.id()).findFirst().orElseThrow();
        asStaff.run(() -> registrations.decline(promoted.id(), promoted.version(), "Brak dokumentów"));
        assertEquals(RegistrationStatus.REGISTERED, asThirdMember.call(() -> registrations.ofActivity(activity.getId())).get(0).status(),
                "declining a place also moves the next one up");
        assertTrue(mailServer.awaitMessageTo(MEMBER3_MAIL, activity.getTitlePl(), Duration.ofSeconds(60)).isPresent());
    }

    @Test
    void registrationRulesHold() throws Exception {
        OutreachActivity open = plan("Zasady", LocalDate.now().plusDays(8), null);
        assertEquals("registration.persons.required", assertThrows(BusinessException.class, () -> asMember.call(() ->
                registrations.register(open.getId(), List.of()))).getKey());
        List<Long> otherCompanysPeople = people(asOtherMember);
        BusinessException foreign = assertThrows(BusinessException.class, () -> asMember.call(() ->
                registrations.register(open.getId(), otherCompanysPeople)));
        assertEquals("persons", foreign.getField(), "a company registers only its own people");

        RegistrationRow made = asMember.call(() -> registrations.register(open.getId(), people(asMember)));
        assertEquals("registration.already", assertThrows(BusinessException.class, () -> asMember.call(() ->
                registrations.register(open.getId(), people(asMember)))).getKey());
        assertEquals(1, asStaff.call(() -> registrations.ofActivity(open.getId())).size(), "nothing half-saved");
        asMember.run(() -> registrations.cancel(made.id(), made.version()));
        RegistrationRow again = asMember.call(() -> registrations.register(open.getId(), people(asMember)));
        assertEquals(RegistrationStatus.REGISTERED, again.status(), "after cancelling, a company may register again");

        OutreachActivity deadlinePassed = asStaff.call(() -> {
            ActivityForm f = form(TestData.unique("Po terminie"), LocalDate.now().plusDays(5), null);
            f.getActivity().setRegistrationDeadline(LocalDate.now().minusDays(1));
            return outreach.save(f);
        });
        assertEquals("registration.closed", assertThrows(BusinessException.class, () -> asMember.call(() ->
                registrations.register(deadlinePassed.getId(), people(asMember)))).getKey());
        OutreachActivity past = asStaff.call(() -> {
            ActivityForm f = form(TestData.unique("Minione"), LocalDate.now().minusDays(20), null);
            f.getActivity().setRegistrationDeadline(LocalDate.now().minusDays(30));
            return outreach.save(f);
        });
        assertEquals("registration.closed", assertThrows(BusinessException.class, () -> asMember.call(() ->
                registrations.register(past.getId(), people(asMember)))).getKey());

        long fordon = asOtherMember.call(() -> accounts.currentAccount()).memberId();
        Member active = asStaff.call(() -> members.get(fordon));
        asStaff.run(() -> members.changeStatus(fordon, active.getVersion(), MemberStatus.SUSPENDED, LocalDate.now(), "Test: zaległe składki"));
        try {
            assertEquals("registration.memberNotActive", assertThrows(BusinessException.class, () -> asOtherMember.call(() ->
                    registrations.register(open.getId(), people(asOtherMember)))).getKey());
        } finally {
            Member suspended = asStaff.call(() -> members.get(fordon));
            asStaff.run(() -> members.changeStatus(fordon, suspended.getVersion(), MemberStatus.ACTIVE, LocalDate.now(), "Test: spłacone"));
        }
    }

    @Test
    void eachCompanySeesAndChangesOnlyItsOwnRegistrationsAndOutcomes() throws Exception {
        OutreachActivity today = plan("Dziś", LocalDate.now(), null);
        RegistrationRow mine = asMember.call(() -> registrations.register(today.getId(), people(asMember)));
        RegistrationRow theirs = asOtherMember.call(() -> registrations.register(today.getId(), people(asOtherMember)));

        assertEquals(List.of(mine.id()), asMember.call(() -> registrations.ofActivity(today.getId())).stream().map(RegistrationRow::id).toList());
        assertEquals(List.of(theirs.id()), asOtherMember.call(() -> registrations.ownRegistrations()).stream()
                .filter(r -> r.activityId() == today.getId()).map(RegistrationRow::id).toList());
        assertThrows(NotFoundException.class, () -> asOtherMember.run(() -> registrations.cancel(mine.id(), mine.version())));
        assertThrows(NotFoundException.class, () -> asOtherMember.call(() -> registrations.outcome(mine.id())));

        OutcomeReport report = asMember.call(() -> registrations.outcome(mine.id()));
        report.setB2bMeetings(3);
        report.setLeads(1);
        report.setExportValue(Money.pln("5000.00"));
        report.setCountries(Set.of("US"));
        assertThrows(NotFoundException.class, () -> asOtherMember.run(() -> registrations.reportOutcome(mine.id(), report)),
                "another company cannot report for this one");
        asMember.run(() -> registrations.reportOutcome(mine.id(), report));
        assertEquals(List.of(mine.id()), asMember.call(() -> registrations.outcomesOf(today.getId())).stream()
                .map(o -> o.registrationId()).toList());
        assertTrue(asOtherMember.call(() -> registrations.outcomesOf(today.getId())).isEmpty(), "nor read its outcomes");
        assertEquals(1, asStaff.call(() -> registrations.outcomesOf(today.getId())).size());

        OutcomeReport saved = asMember.call(() -> registrations.outcome(mine.id()));
        saved.setLeads(2);
        asMember.run(() -> registrations.reportOutcome(mine.id(), saved));
        assertEquals(2, asMember.call(() -> registrations.outcome(mine.id())).getLeads(), "the report can be edited later");
        assertThrows(StaleDataException.class, () -> asMember.run(() -> registrations.reportOutcome(mine.id(), saved)),
                "an edit of an old copy is refused");

        OutcomeReport negative = asMember.call(() -> registrations.outcome(mine.id()));
        negative.setAgreements(-1);
        assertThrows(InvalidInputException.class, () -> asMember.run(() -> registrations.reportOutcome(mine.id(), negative)));
        assertEquals(0, asMember.call(() -> registrations.outcome(mine.id())).getAgreements(), "nothing half-saved");

        assertThrows(EJBAccessException.class, () -> asMember.run(() -> registrations.confirm(mine.id(), mine.version())));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> outreach.funnelTotal(LocalDate.now(), LocalDate.now())));
        assertThrows(EJBAccessException.class, () -> asBoard.run(() -> registrations.confirm(mine.id(), mine.version())));
        asBoard.call(() -> outreach.funnelTotal(LocalDate.now(), LocalDate.now()));

        OutreachActivity future = plan("Za wcześnie", LocalDate.now().plusDays(3), null);
        RegistrationRow early = asMember.call(() -> registrations.register(future.getId(), people(asMember)));
        assertEquals("outcome.tooEarly", assertThrows(BusinessException.class, () -> asMember.run(() ->
                registrations.reportOutcome(early.id(), asMember.call(() -> registrations.outcome(early.id()))))).getKey());
    }

    @Test
    void theFunnelAddsUpReportedOutcomesPerPrimaryMarketActivityAndCountry() throws Exception {
        MarketRow both = market("Rynek A", "NZ");
        MarketRow onlyFirst = market("Rynek B", "FJ");
        OutreachActivity a = plan("Lejek A", LocalDate.now(), null, both.id(), onlyFirst.id());
        OutreachActivity b = plan("Lejek B", LocalDate.now(), null, both.id());

        RegistrationRow memberA = asMember.call(() -> registrations.register(a.getId(), people(asMember)));
        RegistrationRow member2A = asOtherMember.call(() -> registrations.register(a.getId(), people(asOtherMember)));
        RegistrationRow memberB = asMember.call(() -> registrations.register(b.getId(), people(asMember)));
        RegistrationRow member3B = asThirdMember.call(() -> registrations.register(b.getId(), people(asThirdMember)));
        asThirdMember.run(() -> registrations.cancel(member3B.id(), member3B.version()));

        report(asMember, memberA, 4, 3, 1, Money.pln("1000.50"), "NZ");
        report(asOtherMember, member2A, 2, 1, 0, Money.eur("200.00"), "NZ", "FJ");
        report(asMember, memberB, 1, 0, 0, null);
        asStaff.run(() -> registrations.recordAttendance(memberA.id(), asStaff.call(() -> registrations.ofActivity(a.getId())).stream()
                .filter(r -> r.id() == memberA.id()).findFirst().orElseThrow().version(), true));

        LocalDate day = LocalDate.now();
        Map<Long, FunnelRow> byMarket = new java.util.HashMap<>();
        asBoard.call(() -> outreach.funnelByMarket(day, day)).forEach(r -> byMarket.put(r.key(), r));
        FunnelRow first = byMarket.get(both.id());
        assertEquals(List.of(2L, 3L, 7L, 4L, 1L), List.of(first.activities(), first.participations(), first.meetings(), first.leads(),
                first.agreements()), "a cancelled registration is no participation; an attended one is");
        assertEquals(new BigDecimal("1000.50"), first.exportPln());
        assertEquals(new BigDecimal("200.00"), first.exportEur());
        FunnelRow second = byMarket.get(onlyFirst.id());
        assertEquals(List.of(0L, 0L, 0L, 0L, 0L), List.of(second.activities(), second.participations(), second.meetings(),
                second.leads(), second.agreements()), "activity A counts in its primary market only (same priority: the older one)");

        FunnelRow total = asBoard.call(() -> outreach.funnelTotal(day, day));
        List<FunnelRow> lines = new ArrayList<>(byMarket.values());
        assertEquals(total.activities(), lines.stream().mapToLong(FunnelRow::activities).sum(), "the market lines add up to the total");
        assertEquals(total.participations(), lines.stream().mapToLong(FunnelRow::participations).sum());
        assertEquals(total.meetings(), lines.stream().mapToLong(FunnelRow::meetings).sum());
        assertEquals(total.leads(), lines.stream().mapToLong(FunnelRow::leads).sum());
        assertEquals(total.agreements(), lines.stream().mapToLong(FunnelRow::agreements).sum());
        assertEquals(0, total.exportPln().compareTo(lines.stream().map(FunnelRow::exportPln).reduce(BigDecimal.ZERO, BigDecimal::add)));
        assertEquals(0, total.exportEur().compareTo(lines.stream().map(FunnelRow::exportEur).reduce(BigDecimal.ZERO, BigDecimal::add)));

        FunnelRow ofA = asStaff.call(() -> outreach.funnelByActivity(day, day)).stream().filter(r -> r.key() == a.getId())
                .findFirst().orElseThrow();
        assertEquals(List.of(2L, 6L, 4L, 1L), List.of(ofA.participations(), ofA.meetings(), ofA.leads(), ofA.agreements()));

        Map<String, CountryRow> byCountry = new java.util.HashMap<>();
        asStaff.call(() -> outreach.byCountry(day, day)).forEach(r -> byCountry.put(r.countryCode(), r));
        assertTrue(byCountry.get("FJ").outcomes() >= 1 && byCountry.get("FJ").exportEur().compareTo(new BigDecimal("200.00")) >= 0);
        assertTrue(byCountry.get("US").activities() >= 2, "both activities take place in the USA");
    }

    private void report(Caller member, RegistrationRow registration, int meetings, int leads, int agreements, Money value,
                        String... countries) throws Exception {
        OutcomeReport report = member.call(() -> registrations.outcome(registration.id()));
        report.setB2bMeetings(meetings);
        report.setContactsMade(meetings + 1);
        report.setLeads(leads);
        report.setAgreements(agreements);
        report.setExportValue(value);
        report.setCountries(Set.of(countries));
        member.run(() -> registrations.reportOutcome(registration.id(), report));
    }
}

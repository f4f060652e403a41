package pl.klaster.portal.it.project;

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
import pl.klaster.portal.domain.project.ParticipationRole;
import pl.klaster.portal.domain.project.ParticipationStatus;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.domain.project.ProjectStatus;
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
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.common.InvalidInputException;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.project.DocumentRow;
import pl.klaster.portal.service.project.MatchRow;
import pl.klaster.portal.service.project.ParticipationRow;
import pl.klaster.portal.service.project.ParticipationService;
import pl.klaster.portal.service.project.ProjectFilter;
import pl.klaster.portal.service.project.ProjectForm;
import pl.klaster.portal.service.project.ProjectService;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Projects and participation in the real container: the registry's rules, documents checked by content,
 * matching members, applications with their rules (deadline, closed, twice, suspended), the maximum of
 * participants under simultaneous approvals, the decision mail, and each company seeing only its own.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectServiceIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ProjectServiceIT.class);
    }

    @Inject
    ProjectService projects;
    @Inject
    ParticipationService participations;
    @Inject
    MemberService members;
    @Inject
    AccountService accounts;
    @Inject
    TestMailServer mailServer;
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
    @Resource
    ManagedExecutorService executor;

    private ProjectForm form(String title) {
        return TestData.project(title);
    }

    private Project openProject(String title, Integer max) throws Exception {
        ProjectForm form = form(TestData.unique(title));
        form.setCapabilityIds(List.of(1L, 51L));
        form.setPkdCodes(List.of("22.29.Z"));
        Project created = asStaff.call(() -> projects.save(form));
        asStaff.run(() -> projects.openApplications(created.getId(), created.getVersion(), LocalDate.now().plusDays(10), max));
        return asStaff.call(() -> projects.get(created.getId()));
    }

    @Test
    void staffKeepTheRegistryAndItsRulesHold() throws Exception {
        ProjectForm bad = form(TestData.unique("Zły projekt"));
        bad.getProject().setEndDate(bad.getProject().getStartDate().minusDays(1));
        bad.getProject().setClusterShare(Money.pln("2000000.00"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> asStaff.call(() -> projects.save(bad)));
        Set<String> paths = Set.copyOf(refused.getViolations().stream().map(v -> v.getPropertyPath().toString()).toList());
        assertEquals(Set.of("endNotBeforeStart", "shareWithinBudget"), paths);

        ProjectForm good = form(TestData.unique("Dobry projekt"));
        Project created = asStaff.call(() -> projects.save(good));
        assertEquals(ProjectStatus.PLANNED, created.getStatus());
        assertEquals("Horizon Europe", created.getProgramme().getName());
        asStaff.run(() -> projects.changeStatus(created.getId(), created.getVersion(), ProjectStatus.SUBMITTED, LocalDate.now(), "złożony"));
        Project submitted = asStaff.call(() -> projects.get(created.getId()));
        assertEquals("project.status.notAllowed", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                projects.changeStatus(created.getId(), submitted.getVersion(), ProjectStatus.COMPLETED, LocalDate.now(), "x"))).getKey());
        assertEquals(2, asStaff.call(() -> projects.statusHistory(created.getId())).size());
        assertTrue(asBoard.call(() -> projects.search(new ProjectFilter(created.getTitlePl(), null, null, null, null), PageRequest.first(5)))
                .rows().stream().anyMatch(r -> r.id() == created.getId()));
        assertThrows(EJBAccessException.class, () -> asBoard.call(() -> projects.save(good)));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> projects.search(ProjectFilter.none(), PageRequest.first(5))));
    }

    @Test
    void documentsAreCheckedByContentStoredWithAChecksumAndShownOnlyToThoseWhoSeeTheProject() throws Exception {
        Project closed = asStaff.call(() -> projects.save(form(TestData.unique("Z dokumentami"))));
        byte[] pdf = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF".getBytes(StandardCharsets.ISO_8859_1);
        DocumentRow row = asStaff.call(() -> projects.upload(closed.getId(), "../umowa.pdf", pdf));
        assertEquals("umowa.pdf", row.fileName());
        assertEquals("application/pdf", row.contentType());
        assertEquals(64, row.sha256().length());
        assertEquals("project.document.typeRefused", assertThrows(BusinessException.class, () -> asStaff.call(() ->
                projects.upload(closed.getId(), "raport.pdf", "MZ not a pdf at all".getBytes(StandardCharsets.UTF_8)))).getKey());
        assertEquals("project.document.tooLarge", assertThrows(BusinessException.class, () -> asStaff.call(() ->
                projects.upload(closed.getId(), "big.pdf", new byte[20 * 1024 * 1024 + 1]))).getKey());

        assertArrayEquals(pdf, asBoard.call(() -> projects.document(row.id())).orElseThrow().getData());
        assertTrue(asMember.call(() -> projects.document(row.id())).isEmpty(), "a member does not see documents of a project it cannot see");
        assertThrows(NotFoundException.class, () -> asMember.call(() -> projects.documents(closed.getId())));
        assertThrows(NotFoundException.class, () -> asMember.call(() -> projects.get(closed.getId())));
    }

    @Test
    void membersThatFitAProjectBestComeFirstWithTheMatchingOnesShown() throws Exception {
        Project project = openProject("Dopasowanie", null);
        List<MatchRow> matches = asStaff.call(() -> projects.matchingMembers(project.getId(), 20));
        assertFalse(matches.isEmpty());
        for (int i = 1; i < matches.size(); i++) {
            assertTrue(matches.get(i - 1).score() >= matches.get(i).score(), "ranked by score");
        }
        MatchRow polimer = matches.stream().filter(m -> m.memberName().contains("Polimer")).findFirst().orElseThrow();
        assertEquals(3, polimer.score(), "injection moulding, ISO 9001 and 22.29.Z");
        assertEquals(List.of("22.29.Z"), polimer.pkdCodes());
        assertEquals(matches.get(0).score(), polimer.score());

        List<MatchRow> forMember = asMember.call(() -> projects.openForMyCompany());
        MatchRow mine = forMember.stream().filter(m -> m.projectId() == project.getId()).findFirst().orElseThrow();
        assertEquals(3, mine.score());
        for (int i = 1; i < forMember.size(); i++) {
            assertTrue(forMember.get(i - 1).score() >= forMember.get(i).score(), "projects that fit first");
        }
    }

    @Test
    void aMemberAppliesOnceWithdrawsAndIsRefusedWhenClosedOrLate() throws Exception {
        Project project = openProject("Zgłoszenia", null);
        assertEquals("motivation", assertThrows(BusinessException.class, () -> asMember.call(() ->
                participations.apply(project.getId(), " ", List.of(), null))).getField());
        ParticipationRow applied = asMember.call(() -> participations.apply(project.getId(), "Mamy wtryskarki", List.of(1L), new BigDecimal("12.5")));
        assertEquals(ParticipationStatus.PENDING, applied.status());
        assertEquals("participation.apply.already", assertThrows(BusinessException.class, () -> asMember.call(() ->
                participations.apply(project.getId(), "jeszcze raz", List.of(), null))).getKey());

        asMember.run(() -> participations.withdraw(applied.id(), applied.version()));
        ParticipationRow again = asMember.call(() -> participations.apply(project.getId(), "po wycofaniu", List.of(), null));
        assertEquals(ParticipationStatus.PENDING, again.status());
        assertEquals(List.of("PENDING", "WITHDRAWN"), asMember.call(() -> participations.history(applied.id())).stream()
                .map(h -> h.toStatus()).toList());

        Project current = asStaff.call(() -> projects.get(project.getId()));
        asStaff.run(() -> projects.closeApplications(project.getId(), current.getVersion()));
        assertThrows(NotFoundException.class, () -> asOtherMember.call(() ->
                participations.apply(project.getId(), "za późno", List.of(), null)), "a closed project is no longer visible to others");
        assertEquals("participation.apply.closed", assertThrows(BusinessException.class, () -> asMember.call(() ->
                participations.apply(project.getId(), "za późno", List.of(), null))).getKey(),
                "the company that applied still sees the project, and is told it is closed");
    }

    @Test
    void aDoubleSubmissionMakesOneApplication() throws Exception {
        Project project = openProject("Podwójne kliknięcie", null);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            results.add(executor.submit(() -> {
                start.await();
                try {
                    asMember.call(() -> participations.apply(project.getId(), "klik", List.of(), null));
                    return "ok";
                } catch (BusinessException e) {
                    return e.getKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertEquals(1, asStaff.call(() -> participations.participants(project.getId())).size());
    }

    @Test
    void theMaximumOfParticipantsHoldsWhenTwoStaffApproveAtTheSameMoment() throws Exception {
        Project project = openProject("Jedno miejsce", 1);
        ParticipationRow first = asMember.call(() -> participations.apply(project.getId(), "pierwsza", List.of(), null));
        ParticipationRow second = asOtherMember.call(() -> participations.apply(project.getId(), "druga", List.of(), null));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<String>> results = new ArrayList<>();
        for (ParticipationRow row : List.of(first, second)) {
            Caller approver = row == first ? asStaff : asAdmin;
            results.add(executor.submit(() -> {
                start.await();
                try {
                    approver.run(() -> participations.approve(row.id(), row.version(), ParticipationRole.PARTNER, new BigDecimal("5")));
                    return "ok";
                } catch (BusinessException e) {
                    return e.getKey();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get());
        }
        assertEquals(1, outcomes.stream().filter("ok"::equals).count(), outcomes.toString());
        assertTrue(outcomes.contains("participation.approve.full"), outcomes.toString());
        long approved = asStaff.call(() -> participations.participants(project.getId())).stream()
                .filter(p -> p.status() == ParticipationStatus.APPROVED).count();
        assertEquals(1, approved);
    }

    @Test
    void theApplicantGetsTheDecisionByMailAndEachCompanySeesOnlyItsOwn() throws Exception {
        Project project = openProject("Decyzje", null);
        ParticipationRow mine = asMember.call(() -> participations.apply(project.getId(), "chcemy", List.of(51L), new BigDecimal("3")));
        ParticipationRow theirs = asOtherMember.call(() -> participations.apply(project.getId(), "my też", List.of(), null));

        assertThrows(NotFoundException.class, () -> asOtherMember.run(() -> participations.withdraw(mine.id(), mine.version())));
        assertThrows(NotFoundException.class, () -> asOtherMember.call(() -> participations.history(mine.id())));
        long own = asMember.call(() -> accounts.currentAccount()).memberId();
        assertThrows(NotFoundException.class, () -> asOtherMember.call(() -> participations.ofMember(own)));
        assertEquals(List.of(theirs.id()), asOtherMember.call(() -> participations.participants(project.getId())).stream()
                .map(ParticipationRow::id).toList(), "a member sees only its own company in a project");
        assertThrows(EJBAccessException.class, () -> asMember.run(() ->
                participations.approve(mine.id(), mine.version(), ParticipationRole.PARTNER, null)));

        assertEquals("reason", assertThrows(BusinessException.class, () -> asStaff.run(() ->
                participations.reject(theirs.id(), theirs.version(), ""))).getField());
        asStaff.run(() -> participations.approve(mine.id(), mine.version(), ParticipationRole.PILOT_SITE, new BigDecimal("10.5")));
        asStaff.run(() -> participations.reject(theirs.id(), theirs.version(), "Brak wymaganych kompetencji"));

        assertTrue(mailServer.awaitMessageTo("marek@polimer-bydgoszcz.example", project.getTitlePl(), Duration.ofSeconds(30)).isPresent(),
                "the approval mail names the project");
        String rejection = mailServer.awaitMessageTo("malgorzata@narzedziownia-fordon.example", project.getTitlePl(), Duration.ofSeconds(30))
                .map(TestMailServer::text).orElseThrow();
        assertTrue(rejection.contains("Brak wymaganych kompetencji"), rejection);

        ParticipationRow approved = asMember.call(() -> participations.ofMember(own)).stream()
                .filter(p -> p.id() == mine.id()).findFirst().orElseThrow();
        assertEquals(ParticipationStatus.APPROVED, approved.status());
        assertEquals(ParticipationRole.PILOT_SITE, approved.role());
        assertEquals(new BigDecimal("10.5"), approved.plannedEffort());
        asStaff.run(() -> participations.recordEffort(approved.id(), approved.version(), new BigDecimal("4.0")));
    }

    @Test
    void aSuspendedMemberCannotApply() throws Exception {
        Project project = openProject("Zawieszeni", null);
        long suspendedId = asStaff.call(() -> members.search(new pl.klaster.portal.service.member.MemberFilter(null,
                pl.klaster.portal.domain.member.MemberStatus.SUSPENDED, null, null, null, null, null, null, null), PageRequest.first(1))).rows().get(0).id();
        Member suspended = asStaff.call(() -> members.get(suspendedId));
        assertEquals("participation.apply.memberNotActive", assertThrows(BusinessException.class, () -> asStaff.call(() ->
                participations.enrol(project.getId(), suspended.getId(), ParticipationRole.PARTNER, null))).getKey());
    }
}

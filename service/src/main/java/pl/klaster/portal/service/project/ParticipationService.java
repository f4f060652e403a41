package pl.klaster.portal.service.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import pl.klaster.portal.domain.account.UserAccount;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.project.Participation;
import pl.klaster.portal.domain.project.ParticipationChange;
import pl.klaster.portal.domain.project.ParticipationRole;
import pl.klaster.portal.domain.project.ParticipationStatus;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.domain.project.ProjectLifecycle;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.mail.Mailer;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Members taking part in projects.
 * <p>
 * A member company applies to a project open for applications (before its deadline, while the company is active,
 * at most one live application or participation per project: the database holds that too, so a double click
 * makes one application); it may withdraw a pending application. Staff approve (with a role and planned effort)
 * or reject (with a reason), or enrol a member directly; the maximum number of participants holds even when two
 * staff approve at the same moment (the project row is locked while counting). The applicant gets an e-mail with
 * the decision. A member sees only its own company's applications and participations.
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
public class ParticipationService {

    public static final String ENTITY = "Participation";
    private static final String ROW = "SELECT new pl.klaster.portal.service.project.ParticipationRow(x.id, p.id, p.titlePl,"
            + " p.titleEn, m.id, m.legalName, x.status, x.role, x.motivation, x.offeredEffort, x.plannedEffort,"
            + " x.reportedEffort, x.startDate, x.endDate, x.appliedAt, x.appliedBy, x.decidedAt, x.decidedBy,"
            + " x.decisionReason, x.version) FROM Participation x JOIN x.project p JOIN x.member m ";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Caller caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private Checks checks;
    @Inject
    private Mailer mailer;
    @Inject
    private ProjectService projects;

    // ---- the member's side ----

    /** Applies the caller's company to a project, with a motivation, the capabilities and the effort it offers. */
    @RolesAllowed(MEMBER)
    public ParticipationRow apply(long projectId, String motivation, List<Long> capabilityIds, BigDecimal offeredEffort) {
        long own = caller.requireOwnMemberId();
        Member member = em.find(Member.class, own);
        Project project = em.find(Project.class, projectId);
        if (project == null || !projects.isVisible(projectId)) {
            throw new NotFoundException();
        }
        if (member.getStatus() != MemberStatus.ACTIVE) {
            throw new BusinessException("participation.apply.memberNotActive");
        }
        if (!project.acceptsApplications(LocalDate.now()) || !ProjectLifecycle.isLive(project.getStatus())) {
            throw new BusinessException("participation.apply.closed");
        }
        if (motivation == null || motivation.isBlank()) {
            throw BusinessException.onField("motivation", "validation.required");
        }
        requireNoLiveParticipation(project, member);
        Participation participation = new Participation(project, member, caller.username());
        participation.setMotivation(motivation);
        participation.setOfferedEffort(effort(offeredEffort, "offeredEffort"));
        participation.setOfferedCapabilities(capabilities(capabilityIds));
        checks.valid(participation);
        em.persist(participation);
        try {
            em.flush();
        } catch (PersistenceException e) {
            // a second application of the same company at the same moment: the unique live key refused it
            throw new BusinessException("participation.apply.already");
        }
        em.persist(new ParticipationChange(participation, null, ParticipationStatus.PENDING, LocalDate.now(), null, caller.username()));
        audit.created(caller.username(), ENTITY, participation.getId(), own, participation);
        return row(participation.getId());
    }

    /** Withdraws a pending application of the caller's company. */
    @RolesAllowed(MEMBER)
    public void withdraw(long participationId, long version) {
        Participation participation = current(participationId, version);
        if (!Objects.equals(participation.getMember().getId(), caller.memberId())) {
            throw new NotFoundException();
        }
        change(participation, ParticipationStatus.WITHDRAWN, null);
    }

    /** A company's applications and participations, newest first: staff and management any, a member its own. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public List<ParticipationRow> ofMember(long memberId) {
        if (!caller.isManagement()) {
            caller.requireStaffOrOwn(memberId);
        }
        return em.createQuery(ROW + "WHERE m.id = :m ORDER BY x.appliedAt DESC, x.id DESC", ParticipationRow.class)
                .setParameter("m", memberId).getResultList();
    }

    /** One application or participation: staff and management any, a member only its own company's. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public ParticipationRow get(long participationId) {
        Participation participation = em.find(Participation.class, participationId);
        if (participation == null) {
            throw new NotFoundException();
        }
        if (!caller.isManagement()) {
            caller.requireStaffOrOwn(participation.getMember().getId());
        }
        return row(participationId);
    }

    /** The history of one participation: staff and management any, a member only its own company's. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public List<StatusChangeRow> history(long participationId) {
        Participation participation = em.find(Participation.class, participationId);
        if (participation == null) {
            throw new NotFoundException();
        }
        if (!caller.isManagement()) {
            caller.requireStaffOrOwn(participation.getMember().getId());
        }
        return em.createQuery("SELECT c FROM ParticipationChange c WHERE c.participation.id = :id ORDER BY c.changedAt, c.id",
                        ParticipationChange.class).setParameter("id", participationId).getResultStream()
                .map(c -> new StatusChangeRow(c.getFromStatus() == null ? null : c.getFromStatus().name(), c.getToStatus().name(),
                        c.getEffectiveOn(), c.getReason(), c.getChangedBy(), c.getChangedAt()))
                .toList();
    }

    // ---- the staff's side ----

    /** The pending applications across all projects, oldest first, paged in the database. */
    @RolesAllowed({STAFF, ADMIN})
    public Page<ParticipationRow> pending(PageRequest page) {
        long total = em.createQuery("SELECT COUNT(x) FROM Participation x WHERE x.status = :s", Long.class)
                .setParameter("s", ParticipationStatus.PENDING).getSingleResult();
        List<ParticipationRow> rows = em.createQuery(ROW + "WHERE x.status = :s ORDER BY x.appliedAt, x.id", ParticipationRow.class)
                .setParameter("s", ParticipationStatus.PENDING)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows, total);
    }

    /** Everyone taking part in or applying to a project (staff and management; a member sees only its own). */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public List<ParticipationRow> participants(long projectId) {
        if (caller.isMember()) {
            Long own = caller.memberId();
            return em.createQuery(ROW + "WHERE p.id = :p AND m.id = :m ORDER BY x.appliedAt", ParticipationRow.class)
                    .setParameter("p", projectId).setParameter("m", own).getResultList();
        }
        return em.createQuery(ROW + "WHERE p.id = :p ORDER BY x.status, m.legalName, x.id", ParticipationRow.class)
                .setParameter("p", projectId).getResultList();
    }

    /**
     * Approves a pending application with a role and planned effort. Refused when the project already has its
     * maximum of approved participants; the project row is locked while counting, so two staff approving at
     * the same moment cannot both pass.
     */
    @RolesAllowed({STAFF, ADMIN})
    public void approve(long participationId, long version, ParticipationRole role, BigDecimal plannedEffort) {
        Participation participation = current(participationId, version);
        if (role == null) {
            throw BusinessException.onField("role", "validation.required");
        }
        BigDecimal planned = effort(plannedEffort, "plannedEffort");
        requireRoom(participation.getProject().getId());
        participation.setRole(role);
        participation.setPlannedEffort(planned);
        participation.setStartDate(LocalDate.now());
        change(participation, ParticipationStatus.APPROVED, null);
        notifyApplicant(participation, "participation.approved", null);
    }

    /** Rejects a pending application; the reason is required and goes to the applicant. */
    @RolesAllowed({STAFF, ADMIN})
    public void reject(long participationId, long version, String reason) {
        Participation participation = current(participationId, version);
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "validation.required");
        }
        if (reason.length() > 1000) {
            throw BusinessException.onField("reason", "validation.tooLong");
        }
        change(participation, ParticipationStatus.REJECTED, reason);
        notifyApplicant(participation, "participation.rejected", reason);
    }

    /** Enrols an active member in a live project directly (approved at once), within the maximum of participants. */
    @RolesAllowed({STAFF, ADMIN})
    public ParticipationRow enrol(long projectId, long memberId, ParticipationRole role, BigDecimal plannedEffort) {
        Project project = em.find(Project.class, projectId);
        Member member = em.find(Member.class, memberId);
        if (project == null || member == null) {
            throw new NotFoundException();
        }
        if (member.getStatus() != MemberStatus.ACTIVE) {
            throw BusinessException.onField("member", "participation.apply.memberNotActive");
        }
        if (!ProjectLifecycle.isLive(project.getStatus())) {
            throw new BusinessException("project.applications.notLive");
        }
        if (role == null) {
            throw BusinessException.onField("role", "validation.required");
        }
        requireNoLiveParticipation(project, member);
        requireRoom(projectId);
        Participation participation = new Participation(project, member, caller.username());
        participation.setRole(role);
        participation.setPlannedEffort(effort(plannedEffort, "plannedEffort"));
        participation.setStartDate(LocalDate.now());
        participation.changeStatus(ParticipationStatus.APPROVED);
        participation.decided(caller.username(), null);
        em.persist(participation);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("participation.apply.already");
        }
        em.persist(new ParticipationChange(participation, null, ParticipationStatus.APPROVED, LocalDate.now(), "enrolled", caller.username()));
        audit.created(caller.username(), ENTITY, participation.getId(), memberId, participation);
        return row(participation.getId());
    }

    /** Records the effort reported for an approved or ended participation (person-days). */
    @RolesAllowed({STAFF, ADMIN})
    public void recordEffort(long participationId, long version, BigDecimal reportedEffort) {
        Participation participation = current(participationId, version);
        if (participation.getStatus() != ParticipationStatus.APPROVED && participation.getStatus() != ParticipationStatus.ENDED) {
            throw new BusinessException("participation.effort.notTakingPart");
        }
        Map<String, String> before = participation.auditState();
        participation.setReportedEffort(effort(reportedEffort, "reportedEffort"));
        audit.changed(caller.username(), ENTITY, participationId, participation.getMember().getId(), before, participation.auditState());
    }

    /** Ends an approved participation on a date (not before it started). */
    @RolesAllowed({STAFF, ADMIN})
    public void end(long participationId, long version, LocalDate endDate, String reason) {
        Participation participation = current(participationId, version);
        if (endDate == null || (participation.getStartDate() != null && endDate.isBefore(participation.getStartDate()))) {
            throw BusinessException.onField("endDate", "validation.dateOrder");
        }
        participation.setEndDate(endDate);
        change(participation, ParticipationStatus.ENDED, reason);
    }

    // ---- helpers ----

    private void change(Participation participation, ParticipationStatus to, String reason) {
        if (!ProjectLifecycle.canChange(participation.getStatus(), to)) {
            throw new BusinessException("participation.status.notAllowed", participation.getStatus(), to);
        }
        Map<String, String> before = participation.auditState();
        em.persist(new ParticipationChange(participation, participation.getStatus(), to, LocalDate.now(), reason, caller.username()));
        participation.changeStatus(to);
        if (to == ParticipationStatus.APPROVED || to == ParticipationStatus.REJECTED) {
            participation.decided(caller.username(), reason);
        }
        audit.changed(caller.username(), ENTITY, participation.getId(), participation.getMember().getId(), before, participation.auditState());
    }

    private void requireRoom(long projectId) {
        Project locked = em.find(Project.class, projectId, LockModeType.PESSIMISTIC_WRITE);
        if (locked.getMaxParticipants() == null) {
            return;
        }
        long approved = em.createQuery("SELECT COUNT(x) FROM Participation x WHERE x.project.id = :p AND x.status = :s", Long.class)
                .setParameter("p", projectId).setParameter("s", ParticipationStatus.APPROVED).getSingleResult();
        if (approved >= locked.getMaxParticipants()) {
            throw new BusinessException("participation.approve.full", locked.getMaxParticipants());
        }
    }

    private void requireNoLiveParticipation(Project project, Member member) {
        long live = em.createQuery("SELECT COUNT(x) FROM Participation x WHERE x.project = :p AND x.member = :m"
                        + " AND x.status IN :live", Long.class)
                .setParameter("p", project).setParameter("m", member)
                .setParameter("live", List.of(ParticipationStatus.PENDING, ParticipationStatus.APPROVED))
                .getSingleResult();
        if (live > 0) {
            throw new BusinessException("participation.apply.already");
        }
    }

    private void notifyApplicant(Participation participation, String template, String reason) {
        em.createQuery("SELECT a FROM UserAccount a WHERE a.username = :u", UserAccount.class)
                .setParameter("u", participation.getAppliedBy()).getResultStream().findFirst()
                .filter(UserAccount::isActive)
                .ifPresent(a -> mailer.send(a.getEmail(), template, a.getFullName(), participation.getProject().getTitlePl(),
                        participation.getProject().getTitleEn(), reason == null ? "" : reason,
                        mailer.link("/member/projects.xhtml")));
    }

    private Participation current(long participationId, long version) {
        Participation participation = em.find(Participation.class, participationId);
        if (participation == null || (caller.isMember() && !Objects.equals(participation.getMember().getId(), caller.memberId()))) {
            throw new NotFoundException();
        }
        if (participation.getVersion() != version) {
            throw new StaleDataException();
        }
        return participation;
    }

    private ParticipationRow row(long id) {
        return em.createQuery(ROW + "WHERE x.id = :id", ParticipationRow.class).setParameter("id", id).getSingleResult();
    }

    private Set<Capability> capabilities(List<Long> ids) {
        Set<Capability> result = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            Capability c = id == null ? null : em.find(Capability.class, id);
            if (c == null) {
                throw BusinessException.onField("capabilities", "member.capability.unknown");
            }
            result.add(c);
        }
        return result;
    }

    private static BigDecimal effort(BigDecimal value, String field) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            throw BusinessException.onField(field, "validation.notNegative");
        }
        if (value.compareTo(new BigDecimal("100000")) > 0) {
            throw BusinessException.onField(field, "validation.tooLarge");
        }
        if (value.stripTrailingZeros().scale() > 1) {
            throw BusinessException.onField(field, "validation.effort");
        }
        return value.setScale(1, java.math.RoundingMode.UNNECESSARY);
    }
}

package pl.klaster.portal.service.outreach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import pl.klaster.portal.domain.account.UserAccount;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.outreach.OutcomeReport;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.domain.outreach.Registration;
import pl.klaster.portal.domain.outreach.RegistrationStatus;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.mail.Mailer;
import pl.klaster.portal.service.reference.Countries;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Members' registrations for outreach activities and the outcomes they report.
 * <p>
 * A member company registers (while active, before the deadline and the start) with one or more of its contact
 * persons; beyond the capacity it goes to a waiting list, in order of registration. Cancelling (the member before
 * the deadline, staff any time) or declining a registration that held a place moves the first waiting one up,
 * who gets an e-mail. The activity's row is locked while places are counted and given, so simultaneous
 * registrations never exceed the capacity and keep their order. After the activity staff record attendance and
 * members report outcomes. A member sees and changes only its own registrations and outcomes.
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
public class RegistrationService {

    public static final String ENTITY = "Registration";
    private static final String ROW = "SELECT g.id, a.id, a.titlePl, a.titleEn, a.startDate, a.endDate, a.registrationDeadline,"
            + " m.id, m.legalName, g.status, g.registeredAt, g.statusReason, o.id, g.version FROM Registration g JOIN g.activity a"
            + " JOIN g.member m LEFT JOIN OutcomeReport o ON o.registration = g ";

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

    /** Registers the caller's company with the given contact persons: a place if one is free, else the waiting list. */
    @RolesAllowed(MEMBER)
    public RegistrationRow register(long activityId, List<Long> contactIds) {
        long own = caller.requireOwnMemberId();
        Member member = em.find(Member.class, own);
        if (member.getStatus() != MemberStatus.ACTIVE) {
            throw new BusinessException("registration.memberNotActive");
        }
        OutreachActivity activity = em.find(OutreachActivity.class, activityId, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null) {
            throw new NotFoundException();
        }
        if (!activity.acceptsRegistrations(LocalDate.now())) {
            throw new BusinessException("registration.closed");
        }
        Set<ContactPerson> persons = persons(own, contactIds);
        long live = em.createQuery("SELECT COUNT(g) FROM Registration g WHERE g.activity = :a AND g.member = :m AND g.status IN :live", Long.class)
                .setParameter("a", activity).setParameter("m", member).setParameter("live", RegistrationStatus.LIVE).getSingleResult();
        if (live > 0) {
            throw new BusinessException("registration.already");
        }
        RegistrationStatus status = hasFreePlace(activity) ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITING;
        Registration registration = new Registration(activity, member, status, caller.username());
        registration.setPersons(persons);
        em.persist(registration);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw new BusinessException("registration.already");
        }
        audit.created(caller.username(), ENTITY, registration.getId(), own, registration);
        return row(registration.getId());
    }

    /** One registration: staff and management any, a member only its own company's. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public RegistrationRow get(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || (caller.isMember() && !Objects.equals(registration.getMember().getId(), caller.memberId()))) {
            throw new NotFoundException();
        }
        return row(registrationId);
    }

    /** Cancels a registration: the member its own before the deadline, staff any. A freed place goes to the first waiting. */
    @RolesAllowed({MEMBER, STAFF, ADMIN})
    public void cancel(long registrationId, long version) {
        Registration registration = current(registrationId, version);
        if (caller.isMember() && LocalDate.now().isAfter(registration.getActivity().getRegistrationDeadline())) {
            throw new BusinessException("registration.cancel.late");
        }
        end(registration, RegistrationStatus.CANCELLED, null);
    }

    /** Declines a registration (staff, with a reason); a freed place goes to the first waiting. */
    @RolesAllowed({STAFF, ADMIN})
    public void decline(long registrationId, long version, String reason) {
        Registration registration = current(registrationId, version);
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "validation.required");
        }
        end(registration, RegistrationStatus.DECLINED, reason);
    }

    /** Confirms a registration that holds a place (staff). */
    @RolesAllowed({STAFF, ADMIN})
    public void confirm(long registrationId, long version) {
        Registration registration = current(registrationId, version);
        if (registration.getStatus() != RegistrationStatus.REGISTERED) {
            throw new BusinessException("registration.status.notAllowed", registration.getStatus(), RegistrationStatus.CONFIRMED);
        }
        change(registration, RegistrationStatus.CONFIRMED, null);
    }

    /** Records whether the company attended (staff, once the activity has started). */
    @RolesAllowed({STAFF, ADMIN})
    public void recordAttendance(long registrationId, long version, boolean attended) {
        Registration registration = current(registrationId, version);
        if (!registration.getActivity().hasStarted(LocalDate.now())) {
            throw new BusinessException("registration.attendance.tooEarly");
        }
        if (!registration.getStatus().holdsPlace() && registration.getStatus() != RegistrationStatus.ABSENT) {
            throw new BusinessException("registration.status.notAllowed", registration.getStatus(),
                    attended ? RegistrationStatus.ATTENDED : RegistrationStatus.ABSENT);
        }
        change(registration, attended ? RegistrationStatus.ATTENDED : RegistrationStatus.ABSENT, null);
    }

    /** An activity's registrations: staff and management all (places first, then the waiting list in order); a member its own. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public List<RegistrationRow> ofActivity(long activityId) {
        if (caller.isMember()) {
            return rows(ROW + "WHERE a.id = :a AND m.id = :m ORDER BY g.registeredAt, g.id",
                    Map.of("a", activityId, "m", caller.requireOwnMemberId()));
        }
        List<RegistrationRow> all = new ArrayList<>(rows(ROW + "WHERE a.id = :a ORDER BY g.registeredAt, g.id", Map.of("a", activityId)));
        all.sort(java.util.Comparator.comparingInt(r -> listRank(r.status())));
        return all;
    }

    /** The caller's company's registrations, latest activity first. */
    @RolesAllowed(MEMBER)
    public List<RegistrationRow> ownRegistrations() {
        return rows(ROW + "WHERE m.id = :m ORDER BY a.startDate DESC, g.id DESC", Map.of("m", caller.requireOwnMemberId()));
    }

    /** The waiting list of an activity, in order. */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public List<RegistrationRow> waitingList(long activityId) {
        return rows(ROW + "WHERE a.id = :a AND g.status = :w ORDER BY g.registeredAt, g.id",
                Map.of("a", activityId, "w", RegistrationStatus.WAITING));
    }

    // ---- outcomes ----

    /** The outcome report of a registration (a new, empty one if none yet): staff and management any, a member its own. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public OutcomeReport outcome(long registrationId) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || (caller.isMember() && !Objects.equals(registration.getMember().getId(), caller.memberId()))) {
            throw new NotFoundException();
        }
        OutcomeReport report = em.createQuery("SELECT o FROM OutcomeReport o WHERE o.registration = :g", OutcomeReport.class)
                .setParameter("g", registration).getResultStream().findFirst().orElse(null);
        if (report == null) {
            report = new OutcomeReport(registration);
            report.setExportValue(new Money(null, "PLN"));
            return report;
        }
        report.getCountries().size();
        em.detach(report);
        return report;
    }

    /** The outcome reports of an activity: staff and management all of them, a member only its own. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public List<OutcomeRow> outcomesOf(long activityId) {
        String jpql = "SELECT o FROM OutcomeReport o JOIN FETCH o.registration g JOIN FETCH g.member m WHERE g.activity.id = :a"
                + (caller.isMember() ? " AND m.id = :m" : "") + " ORDER BY m.legalName";
        var query = em.createQuery(jpql, OutcomeReport.class).setParameter("a", activityId);
        if (caller.isMember()) {
            query.setParameter("m", caller.requireOwnMemberId());
        }
        return query.setMaxResults(2000).getResultList().stream().map(o -> new OutcomeRow(o.getId(), o.getRegistration().getId(),
                o.getRegistration().getMember().getId(), o.getRegistration().getMember().getLegalName(), o.getB2bMeetings(),
                o.getContactsMade(), o.getLeads(), o.getAgreements(), o.getExportValue() == null ? null : o.getExportValue().getAmount(),
                o.getExportValue() == null ? null : o.getExportValue().getCurrency(), List.copyOf(o.getCountries()), o.getNotes(),
                o.getReportedBy(), o.getReportedAt())).toList();
    }

    /**
     * Saves the outcome a member reports for its registration, once the activity has started and if the company
     * took part in it. Editing later is allowed; a stale copy is refused.
     */
    @RolesAllowed(MEMBER)
    public void reportOutcome(long registrationId, OutcomeReport form) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || !Objects.equals(registration.getMember().getId(), caller.memberId())) {
            throw new NotFoundException();
        }
        if (!registration.getActivity().hasStarted(LocalDate.now())) {
            throw new BusinessException("outcome.tooEarly");
        }
        if (!registration.getStatus().holdsPlace()) {
            throw new BusinessException("outcome.notTakingPart");
        }
        for (String code : form.getCountries()) {
            if (!Countries.isKnown(code)) {
                throw BusinessException.onField("countries", "address.country.invalid");
            }
        }
        if (form.getExportValue() != null && form.getExportValue().getAmount() != null && form.getExportValue().getAmount().scale() > 2
                && form.getExportValue().getAmount().stripTrailingZeros().scale() > 2) {
            throw BusinessException.onField("exportValue", "validation.money");
        }
        checks.valid(form);
        OutcomeReport report = em.createQuery("SELECT o FROM OutcomeReport o WHERE o.registration = :g", OutcomeReport.class)
                .setParameter("g", registration).getResultStream().findFirst().orElse(null);
        Map<String, String> before = null;
        if (report == null) {
            report = new OutcomeReport(registration);
        } else {
            if (report.getVersion() != form.getVersion()) {
                throw new StaleDataException();
            }
            before = report.auditState();
        }
        report.setB2bMeetings(form.getB2bMeetings());
        report.setContactsMade(form.getContactsMade());
        report.setLeads(form.getLeads());
        report.setAgreements(form.getAgreements());
        Money value = form.getExportValue();
        report.setExportValue(value == null || value.getAmount() == null ? new Money() : new Money(value.getAmount(), value.getCurrency()));
        report.setCountries(new TreeSet<>(form.getCountries()));
        report.setNotes(form.getNotes());
        report.reported(caller.username());
        checks.valid(report);
        if (before == null) {
            em.persist(report);
            em.flush();
            audit.created(caller.username(), "OutcomeReport", report.getId(), registration.getMember().getId(), report);
        } else {
            audit.changed(caller.username(), "OutcomeReport", report.getId(), registration.getMember().getId(), before, report.auditState());
        }
    }

    // ---- helpers ----

    /** The order of an activity's list: places taken, then absences, then the waiting list, then those that ended. */
    private static int listRank(RegistrationStatus status) {
        if (status.holdsPlace()) {
            return 0;
        }
        return switch (status) {
            case ABSENT -> 1;
            case WAITING -> 2;
            default -> 3;
        };
    }

    private void end(Registration registration, RegistrationStatus to, String reason) {
        if (!registration.getStatus().isLive() || registration.getStatus() == RegistrationStatus.ATTENDED
                || registration.getStatus() == RegistrationStatus.ABSENT) {
            throw new BusinessException("registration.status.notAllowed", registration.getStatus(), to);
        }
        OutreachActivity activity = em.find(OutreachActivity.class, registration.getActivity().getId(), LockModeType.PESSIMISTIC_WRITE);
        boolean freed = registration.getStatus().holdsPlace();
        change(registration, to, reason);
        em.flush();
        if (freed) {
            promoteFirstWaiting(activity);
        }
    }

    private void promoteFirstWaiting(OutreachActivity activity) {
        if (!hasFreePlace(activity)) {
            return;
        }
        em.createQuery("SELECT g FROM Registration g WHERE g.activity = :a AND g.status = :w ORDER BY g.registeredAt, g.id", Registration.class)
                .setParameter("a", activity).setParameter("w", RegistrationStatus.WAITING).setMaxResults(1)
                .getResultStream().findFirst().ifPresent(first -> {
                    change(first, RegistrationStatus.REGISTERED, null);
                    em.createQuery("SELECT u FROM UserAccount u WHERE u.username = :u", UserAccount.class)
                            .setParameter("u", first.getRegisteredBy()).getResultStream().findFirst().filter(UserAccount::isActive)
                            .ifPresent(account -> mailer.send(account.getEmail(), "registration.promoted", account.getFullName(),
                                    activity.getTitlePl(), activity.getTitleEn(), mailer.link("/member/activities.xhtml")));
                });
    }

    private boolean hasFreePlace(OutreachActivity activity) {
        if (activity.getCapacity() == null) {
            return true;
        }
        long taken = em.createQuery("SELECT COUNT(g) FROM Registration g WHERE g.activity = :a AND g.status IN :holding", Long.class)
                .setParameter("a", activity).setParameter("holding", RegistrationStatus.HOLDS_PLACE).getSingleResult();
        return taken < activity.getCapacity();
    }

    private void change(Registration registration, RegistrationStatus to, String reason) {
        Map<String, String> before = registration.auditState();
        registration.changeStatus(to, reason);
        audit.changed(caller.username(), ENTITY, registration.getId(), registration.getMember().getId(), before, registration.auditState());
    }

    private Registration current(long registrationId, long version) {
        Registration registration = em.find(Registration.class, registrationId);
        if (registration == null || (caller.isMember() && !Objects.equals(registration.getMember().getId(), caller.memberId()))) {
            throw new NotFoundException();
        }
        if (registration.getVersion() != version) {
            throw new StaleDataException();
        }
        return registration;
    }

    private Set<ContactPerson> persons(long memberId, List<Long> contactIds) {
        if (contactIds == null || contactIds.isEmpty()) {
            throw BusinessException.onField("persons", "registration.persons.required");
        }
        Set<ContactPerson> persons = new LinkedHashSet<>();
        for (Long id : contactIds) {
            ContactPerson person = id == null ? null : em.find(ContactPerson.class, id);
            if (person == null || person.getMember().getId() != memberId) {
                throw BusinessException.onField("persons", "validation.unknownChoice");
            }
            persons.add(person);
        }
        return persons;
    }

    private RegistrationRow row(long id) {
        return rows(ROW + "WHERE g.id = :id", Map.of("id", id)).get(0);
    }

    private List<RegistrationRow> rows(String jpql, Map<String, Object> params) {
        var query = em.createQuery(jpql, Object[].class);
        params.forEach(query::setParameter);
        List<Object[]> raw = query.setMaxResults(2000).getResultList();
        if (raw.isEmpty()) {
            return List.of();
        }
        List<Long> ids = raw.stream().map(r -> (Long) r[0]).toList();
        Map<Long, List<String>> persons = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT g.id, p.firstName, p.lastName FROM Registration g JOIN g.persons p WHERE g.id IN :ids"
                + " ORDER BY p.lastName, p.firstName", Object[].class).setParameter("ids", ids).getResultList()) {
            persons.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add(r[1] + " " + r[2]);
        }
        return raw.stream().map(r -> new RegistrationRow((Long) r[0], (Long) r[1], (String) r[2], (String) r[3],
                (LocalDate) r[4], (LocalDate) r[5], (LocalDate) r[6], (Long) r[7], (String) r[8], (RegistrationStatus) r[9],
                String.join(", ", persons.getOrDefault((Long) r[0], List.of())), (java.time.OffsetDateTime) r[10],
                (String) r[11], (Long) r[12], (Long) r[13])).collect(Collectors.toList());
    }
}

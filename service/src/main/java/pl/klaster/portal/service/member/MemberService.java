package pl.klaster.portal.service.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.klaster.portal.domain.account.UserAccount;
import pl.klaster.portal.domain.fee.FeeStatus;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MembershipChange;
import pl.klaster.portal.domain.member.MembershipLifecycle;
import pl.klaster.portal.domain.member.PkdCode;
import pl.klaster.portal.domain.validation.PolishIdentifiers;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.IdempotentWrites;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.common.StaleDataException;

import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * The member registry: the staff's list and forms, the membership lifecycle, and the member company's own
 * profile. Staff (and ADMIN) work on any member; a member company's users only on their own, and only on the
 * fields {@link CompanyProfile} holds. Every change is in the audit trail; a save based on a stale copy is
 * refused ({@link StaleDataException}).
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
public class MemberService {

    public static final String ENTITY = "Member";

    private static final Pattern NIP_LIKE = Pattern.compile("\\d{3,10}");
    private static final String ROW = "SELECT new pl.klaster.portal.service.member.MemberRow(m.id, m.legalName,"
            + " m.shortName, m.nip, m.address.city, m.address.voivodeship, m.address.countryCode, m.memberType,"
            + " m.sizeClass, m.status, m.joinedOn) FROM Member m ";
    private static final Map<String, String> SORTS = Map.of(
            "legalName", "m.legalName", "nip", "m.nip", "city", "m.address.city", "voivodeship", "m.address.voivodeship",
            "memberType", "m.memberType", "sizeClass", "m.sizeClass", "status", "m.status", "joinedOn", "m.joinedOn");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Checks checks;

    @Inject
    private IdempotentWrites idempotent;

    // ---- the registry -------------------------------------------------------------------------------------

    /** The staff's member list: filtered, sorted and paged in the database (one count and one page query). */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public Page<MemberRow> search(MemberFilter filter, PageRequest page) {
        MemberFilter f = filter == null ? MemberFilter.none() : filter;
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        String text = f.text() == null ? "" : f.text().trim();
        if (!text.isEmpty()) {
            String digits = PolishIdentifiers.normaliseNip(text);
            if (digits != null && NIP_LIKE.matcher(digits).matches()) {
                where.append(" AND m.nip LIKE :nip");
                params.put("nip", digits + "%");
            } else {
                where.append(" AND (LOWER(m.legalName) LIKE :name OR LOWER(m.shortName) LIKE :name OR LOWER(m.address.city) LIKE :city)");
                params.put("name", "%" + text.toLowerCase(Locale.ROOT) + "%");
                params.put("city", text.toLowerCase(Locale.ROOT) + "%");
            }
        }
        if (f.status() != null) {
            where.append(" AND m.status = :status");
            params.put("status", f.status());
        }
        if (f.memberType() != null) {
            where.append(" AND m.memberType = :type");
            params.put("type", f.memberType());
        }
        if (f.sizeClass() != null) {
            where.append(" AND m.sizeClass = :size");
            params.put("size", f.sizeClass());
        }
        if (f.voivodeship() != null) {
            where.append(" AND m.address.voivodeship = :voivodeship");
            params.put("voivodeship", f.voivodeship());
        }
        if (f.pkdCode() != null && !f.pkdCode().isBlank()) {
            where.append(" AND EXISTS (SELECT p FROM Member m2 JOIN m2.pkdCodes p WHERE m2 = m AND p.code LIKE :pkd)");
            params.put("pkd", f.pkdCode().trim() + "%");
        }
        if (f.capabilityId() != null) {
            where.append(" AND EXISTS (SELECT c FROM Member m3 JOIN m3.capabilities c WHERE m3 = m AND c.id = :cap)");
            params.put("cap", f.capabilityId());
        }
        if (f.feeStatus() != null) {
            int year = f.feeYear() == null ? LocalDate.now().getYear() : f.feeYear();
            params.put("year", year);
            String fee = "SELECT fe FROM MemberFee fe WHERE fe.member = m AND fe.year = :year";
            switch (f.feeStatus()) {
                case NONE -> where.append(" AND NOT EXISTS (").append(fee).append(")");
                case PAID -> where.append(" AND EXISTS (").append(fee).append(" AND fe.amountPaid >= fe.amountDue)");
                case OVERDUE -> {
                    where.append(" AND EXISTS (").append(fee).append(" AND fe.amountPaid < fe.amountDue AND fe.dueOn < :today)");
                    params.put("today", LocalDate.now());
                }
                case PARTIAL, UNPAID -> {
                    where.append(" AND EXISTS (").append(fee).append(" AND fe.amountPaid < fe.amountDue AND fe.dueOn >= :today AND fe.amountPaid ")
                            .append(f.feeStatus() == FeeStatus.PARTIAL ? "> 0)" : "= 0)");
                    params.put("today", LocalDate.now());
                }
                default -> throw new IllegalStateException(f.feeStatus().name());
            }
        }
        String sort = page.sortField() == null ? null : SORTS.get(page.sortField());
        String order = " ORDER BY " + (sort == null ? "m.legalName" : sort + (page.ascending() ? " ASC" : " DESC")) + ", m.id";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM Member m " + where, Long.class);
        TypedQuery<MemberRow> rows = em.createQuery(ROW + where + order, MemberRow.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(),
                count.getSingleResult());
    }

    /** A member with its PKD codes, capabilities and export markets. Staff and management any; a member its own. */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public Member get(long id) {
        if (!caller.isManagement()) {
            caller.requireStaffOrOwn(id);
        }
        Member member = em.find(Member.class, id);
        if (member == null) {
            throw new NotFoundException();
        }
        member.getPkdCodes().size();
        member.getCapabilities().size();
        member.getExportMarkets().size();
        em.detach(member);
        return member;
    }

    /**
     * Creates a member (status APPLIED) or saves an existing one. Refuses a NIP that another member has,
     * naming that member, and a save based on a stale copy.
     */
    @RolesAllowed({STAFF, ADMIN})
    public Member save(Member form, Collection<String> pkdCodes, Collection<Long> capabilityIds) {
        if (form.getId() == null) {
            return create(form, pkdCodes, capabilityIds);
        }
        Member member = em.find(Member.class, form.getId());
        if (member == null) {
            throw new NotFoundException();
        }
        if (member.getVersion() != form.getVersion()) {
            throw new StaleDataException();
        }
        Map<String, String> before = member.auditState();
        member.setLegalName(form.getLegalName());
        member.setShortName(form.getShortName());
        member.setNip(form.getNip());
        member.setRegon(form.getRegon());
        member.setKrs(form.getKrs());
        member.setAddress(form.getAddress());
        member.setMemberType(form.getMemberType());
        member.setSizeClass(form.getSizeClass());
        member.setWebsite(form.getWebsite());
        member.setEmail(form.getEmail());
        member.setPhone(form.getPhone());
        member.setDescriptionPl(form.getDescriptionPl());
        member.setDescriptionEn(form.getDescriptionEn());
        member.setExportMarkets(new TreeSet<>(form.getExportMarkets()));
        member.setPkdCodes(pkdCodes(pkdCodes));
        member.setCapabilities(capabilities(capabilityIds));
        checks.valid(member);
        requireUniqueNip(member);
        audit.changed(caller.username(), ENTITY, member.getId(), member.getId(), before, member.auditState());
        em.flush();
        return get(member.getId());
    }

    /**
     * Creates a member as {@link #save} does, once per idempotency key of the calling account: a repeat of the
     * request (same key, same fingerprint) answers the member the first one created. Without a key, a plain create.
     */
    @RolesAllowed({STAFF, ADMIN})
    public Member createOnce(String idempotencyKey, String fingerprint, Member form, Collection<String> pkdCodes,
                             Collection<Long> capabilityIds) {
        if (form.getId() != null) {
            throw new IllegalArgumentException("createOnce creates; the form has an id");
        }
        if (idempotencyKey == null) {
            return create(form, pkdCodes, capabilityIds);
        }
        return get(idempotent.once(caller.username(), idempotencyKey, fingerprint, ENTITY,
                () -> create(form, pkdCodes, capabilityIds).getId()));
    }

    private Member create(Member form, Collection<String> pkdCodes, Collection<Long> capabilityIds) {
        form.setStatus(MemberStatus.APPLIED);
        form.setJoinedOn(null);
        form.setLeftOn(null);
        form.setHasLogo(false);
        if (form.getAppliedOn() == null) {
            form.setAppliedOn(LocalDate.now());
        }
        if (form.getAppliedOn().isAfter(LocalDate.now())) {
            throw BusinessException.onField("appliedOn", "validation.notInFuture");
        }
        form.setPkdCodes(pkdCodes(pkdCodes));
        form.setCapabilities(capabilities(capabilityIds));
        checks.valid(form);
        requireUniqueNip(form);
        em.persist(form);
        em.flush();
        em.persist(new MembershipChange(form, null, MemberStatus.APPLIED, form.getAppliedOn(), "application", caller.username()));
        audit.created(caller.username(), ENTITY, form.getId(), form.getId(), form);
        return get(form.getId());
    }

    private void requireUniqueNip(Member member) {
        if (member.getNip() == null) {
            return;
        }
        em.createQuery("SELECT m FROM Member m WHERE m.nip = :nip AND m.id <> :id", Member.class)
                .setParameter("nip", member.getNip())
                .setParameter("id", member.getId() == null ? -1L : member.getId())
                .getResultStream().findFirst()
                .ifPresent(other -> {
                    throw BusinessException.onField("nip", "member.nip.taken", other.getLegalName());
                });
    }

    // ---- the membership lifecycle -------------------------------------------------------------------------

    /**
     * Admits an applicant: two different active members recommend it, the board resolved on a date (not in
     * the future, not before the application). The admission is dated by the resolution.
     */
    @RolesAllowed({STAFF, ADMIN})
    public void admit(long memberId, long version, LocalDate resolutionOn, Long recommender1, Long recommender2, String reason) {
        Member member = current(memberId, version);
        requireTransition(member, MemberStatus.ACTIVE);
        requireDate(member, resolutionOn, "resolutionOn");
        if (recommender1 == null || recommender2 == null || recommender1.equals(recommender2)) {
            throw BusinessException.onField("recommenders", "member.admit.twoRecommenders", MembershipLifecycle.RECOMMENDATIONS_REQUIRED);
        }
        Member first = activeRecommender(recommender1, memberId);
        Member second = activeRecommender(recommender2, memberId);
        String why = requireReason(reason);
        changeStatus(member, MemberStatus.ACTIVE, resolutionOn, why)
                .admission(resolutionOn, first, second);
        member.setJoinedOn(resolutionOn);
    }

    /** Suspends, reinstates, or ends a membership (resigned / expelled), as the lifecycle allows. */
    @RolesAllowed({STAFF, ADMIN})
    public void changeStatus(long memberId, long version, MemberStatus to, LocalDate effectiveOn, String reason) {
        Member member = current(memberId, version);
        if (MembershipLifecycle.isAdmission(member.getStatus(), to)) {
            throw new BusinessException("member.admit.useAdmission");
        }
        requireTransition(member, to);
        requireDate(member, effectiveOn, "effectiveOn");
        String why = requireReason(reason);
        changeStatus(member, to, effectiveOn, why);
        if (MembershipLifecycle.isFinal(to)) {
            member.setLeftOn(effectiveOn);
            deactivateAccountsOf(member);
        }
    }

    private MembershipChange changeStatus(Member member, MemberStatus to, LocalDate effectiveOn, String reason) {
        Map<String, String> before = member.auditState();
        MembershipChange change = new MembershipChange(member, member.getStatus(), to, effectiveOn, reason, caller.username());
        em.persist(change);
        member.setStatus(to);
        audit.changed(caller.username(), ENTITY, member.getId(), member.getId(), before, member.auditState());
        return change;
    }

    private void deactivateAccountsOf(Member member) {
        for (UserAccount account : em.createQuery("SELECT a FROM UserAccount a WHERE a.member = :m AND a.active = :yes",
                UserAccount.class).setParameter("m", member).setParameter("yes", Boolean.TRUE).getResultList()) {
            Map<String, String> before = account.auditState();
            account.setActive(false);
            audit.changed(caller.username(), "UserAccount", account.getId(), member.getId(), before, account.auditState());
        }
    }

    private Member current(long memberId, long version) {
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException();
        }
        if (member.getVersion() != version) {
            throw new StaleDataException();
        }
        return member;
    }

    private static void requireTransition(Member member, MemberStatus to) {
        if (!MembershipLifecycle.canChange(member.getStatus(), to)) {
            throw BusinessException.onField("status", "member.status.notAllowed", member.getStatus(), to);
        }
    }

    private static void requireDate(Member member, LocalDate date, String field) {
        if (!MembershipLifecycle.isValidDate(date, member.getAppliedOn(), LocalDate.now())) {
            throw BusinessException.onField(field, "member.status.dateInvalid");
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "validation.required");
        }
        if (reason.length() > 1000) {
            throw BusinessException.onField("reason", "validation.tooLong");
        }
        return reason.trim();
    }

    private Member activeRecommender(long id, long applicantId) {
        Member recommender = em.find(Member.class, id);
        if (recommender == null || recommender.getId() == applicantId || recommender.getStatus() != MemberStatus.ACTIVE) {
            throw BusinessException.onField("recommenders", "member.admit.recommenderNotActive");
        }
        return recommender;
    }

    /** The member's history, oldest first. */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public List<HistoryRow> history(long memberId) {
        if (!caller.isManagement()) {
            caller.requireStaffOrOwn(memberId);
        }
        return em.createQuery("SELECT new pl.klaster.portal.service.member.HistoryRow(c.id, c.fromStatus, c.toStatus,"
                        + " c.effectiveOn, c.reason, c.boardResolutionOn, r1.legalName, r2.legalName, c.changedBy, c.changedAt)"
                        + " FROM MembershipChange c LEFT JOIN c.recommender1 r1 LEFT JOIN c.recommender2 r2"
                        + " WHERE c.member.id = :m ORDER BY c.effectiveOn, c.changedAt, c.id", HistoryRow.class)
                .setParameter("m", memberId).getResultList();
    }

    /** Active members whose name starts with or contains the text: to pick recommenders and participants. */
    @RolesAllowed({STAFF, ADMIN})
    public List<MemberOption> findActive(String text, int limit) {
        String pattern = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("SELECT new pl.klaster.portal.service.member.MemberOption(m.id, m.legalName, m.address.city)"
                        + " FROM Member m WHERE m.status = :active AND (LOWER(m.legalName) LIKE :p OR LOWER(m.shortName) LIKE :p)"
                        + " ORDER BY m.legalName, m.id", MemberOption.class)
                .setParameter("active", MemberStatus.ACTIVE).setParameter("p", pattern)
                .setMaxResults(Math.max(1, Math.min(limit, 50))).getResultList();
    }

    /** Members per membership status, every status present (zero where none), in one aggregate query. */
    @RolesAllowed({STAFF, MANAGEMENT, ADMIN})
    public Map<MemberStatus, Long> countByStatus() {
        Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
        for (MemberStatus status : MemberStatus.values()) {
            counts.put(status, 0L);
        }
        for (Object[] row : em.createQuery("SELECT m.status, COUNT(m) FROM Member m GROUP BY m.status", Object[].class)
                .getResultList()) {
            counts.put((MemberStatus) row[0], (Long) row[1]);
        }
        return counts;
    }

    // ---- the member's own company -------------------------------------------------------------------------

    /** The caller's own company (MEMBER). */
    @RolesAllowed(MEMBER)
    public Member ownCompany() {
        return get(caller.requireOwnMemberId());
    }

    /** Saves what a member company may change of its own profile; the rest stays as it is. */
    @RolesAllowed(MEMBER)
    public Member updateOwnProfile(CompanyProfile profile) {
        long memberId = caller.requireOwnMemberId();
        checks.valid(profile);
        Member member = current(memberId, profile.getVersion());
        Map<String, String> before = member.auditState();
        member.setAddress(profile.getAddress());
        member.setWebsite(profile.getWebsite());
        member.setEmail(profile.getEmail());
        member.setPhone(profile.getPhone());
        member.setDescriptionPl(profile.getDescriptionPl());
        member.setDescriptionEn(profile.getDescriptionEn());
        member.setCapabilities(capabilities(profile.getCapabilityIds()));
        member.setExportMarkets(new TreeSet<>(profile.getExportMarkets()));
        checks.valid(member);
        audit.changed(caller.username(), ENTITY, member.getId(), member.getId(), before, member.auditState());
        em.flush();
        return get(memberId);
    }

    // ---- reference data of a member -----------------------------------------------------------------------

    private Set<PkdCode> pkdCodes(Collection<String> codes) {
        Set<PkdCode> result = new LinkedHashSet<>();
        for (String code : codes == null ? List.<String>of() : codes) {
            PkdCode pkd = code == null ? null : em.find(PkdCode.class, code.trim());
            if (pkd == null) {
                throw BusinessException.onField("pkdCodes", "member.pkd.unknown", Objects.toString(code));
            }
            result.add(pkd);
        }
        return result;
    }

    private Set<Capability> capabilities(Collection<Long> ids) {
        Set<Capability> result = new LinkedHashSet<>();
        for (Long id : ids == null ? List.<Long>of() : ids) {
            Capability capability = id == null ? null : em.find(Capability.class, id);
            if (capability == null) {
                throw BusinessException.onField("capabilities", "member.capability.unknown");
            }
            result.add(capability);
        }
        return result;
    }
}

package pl.klaster.portal.service.fee;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.fee.FeePayment;
import pl.klaster.portal.domain.fee.FeeRate;
import pl.klaster.portal.domain.fee.MemberFee;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.common.StaleDataException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Membership fees, kept by staff: the rate per year and size class; each member's fee due per year (charged for
 * all active members at once from the rates, or set by hand); payments (exact decimals, PLN); overdue fees.
 * A member company sees its own fees. Every change is in the audit trail.
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
public class FeeService {

    /** By default a year's fee is due by the end of March of that year. */
    public static final MonthDay DEFAULT_DUE = MonthDay.of(3, 31);
    private static final String ROW = "SELECT new pl.klaster.portal.service.fee.FeeRow(f.id, m.id, m.legalName, f.year,"
            + " f.amountDue, f.amountPaid, f.dueOn, f.version) FROM MemberFee f JOIN f.member m ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Checks checks;

    /** The rates of a year, every size class present (null where no rate is set). */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public Map<SizeClass, BigDecimal> rates(int year) {
        Map<SizeClass, BigDecimal> rates = new EnumMap<>(SizeClass.class);
        for (SizeClass size : SizeClass.values()) {
            rates.put(size, null);
        }
        em.createQuery("SELECT r FROM FeeRate r WHERE r.year = :y", FeeRate.class).setParameter("y", year)
                .getResultList().forEach(r -> rates.put(r.getSizeClass(), r.getAmount()));
        return rates;
    }

    /** Sets the rates of a year (amounts of at most two decimals, not negative; null leaves a class without a rate). */
    @RolesAllowed({STAFF, ADMIN})
    public void setRates(int year, Map<SizeClass, BigDecimal> amounts) {
        requireYear(year);
        for (Map.Entry<SizeClass, BigDecimal> entry : amounts.entrySet()) {
            if (entry.getValue() == null) {
                continue;
            }
            BigDecimal amount = money(entry.getValue(), "rate_" + entry.getKey().name());
            FeeRate rate = em.createQuery("SELECT r FROM FeeRate r WHERE r.year = :y AND r.sizeClass = :s", FeeRate.class)
                    .setParameter("y", year).setParameter("s", entry.getKey()).getResultStream().findFirst().orElse(null);
            String old = rate == null ? null : rate.getAmount().toPlainString();
            if (rate == null) {
                rate = checks.valid(new FeeRate(year, entry.getKey(), amount));
                em.persist(rate);
                em.flush();
            } else {
                rate.setAmount(amount);
            }
            if (old == null || !old.equals(amount.toPlainString())) {
                audit.changed(caller.username(), "FeeRate", rate.getId(), null,
                        Map.of("amount", old == null ? "" : old), Map.of("amount", amount.toPlainString()));
            }
        }
    }

    /**
     * Charges the year's fee to every active member that has none for that year yet, at the rate of its size
     * class, due by the end of March. Returns how many fees were charged.
     */
    @RolesAllowed({STAFF, ADMIN})
    public int chargeYear(int year) {
        requireYear(year);
        Map<SizeClass, BigDecimal> rates = rates(year);
        if (rates.values().stream().anyMatch(r -> r == null)) {
            throw new BusinessException("fee.charge.ratesMissing", year);
        }
        List<Member> members = em.createQuery("SELECT m FROM Member m WHERE m.status = :active AND NOT EXISTS"
                        + " (SELECT f FROM MemberFee f WHERE f.member = m AND f.year = :y)", Member.class)
                .setParameter("active", MemberStatus.ACTIVE).setParameter("y", year).getResultList();
        LocalDate dueOn = DEFAULT_DUE.atYear(year);
        for (Member member : members) {
            MemberFee fee = new MemberFee(member, year, rates.get(member.getSizeClass()), dueOn);
            em.persist(fee);
        }
        em.flush();
        if (!members.isEmpty()) {
            audit.event(caller.username(), "MemberFee", year, null, "CHARGED", members.size() + " members, year " + year);
        }
        return members.size();
    }

    /** Sets (or first charges) the fee one member owes for a year. */
    @RolesAllowed({STAFF, ADMIN})
    public void setDue(long memberId, int year, BigDecimal amount, LocalDate dueOn) {
        requireYear(year);
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException();
        }
        BigDecimal due = money(amount, "amountDue");
        LocalDate by = dueOn == null ? DEFAULT_DUE.atYear(year) : dueOn;
        MemberFee fee = em.createQuery("SELECT f FROM MemberFee f WHERE f.member = :m AND f.year = :y", MemberFee.class)
                .setParameter("m", member).setParameter("y", year).getResultStream().findFirst().orElse(null);
        String old = fee == null ? null : fee.getAmountDue().toPlainString();
        if (fee == null) {
            fee = new MemberFee(member, year, due, by);
            em.persist(fee);
            em.flush();
        } else {
            fee.setAmountDue(due);
            fee.setDueOn(by);
        }
        audit.changed(caller.username(), "MemberFee", fee.getId(), memberId,
                Map.of("amountDue", old == null ? "" : old), Map.of("amountDue", due.toPlainString() + " (" + year + ")"));
    }

    /** Records a payment (date not in the future, amount above zero, two decimals at most). */
    @RolesAllowed({STAFF, ADMIN})
    public void recordPayment(long feeId, long version, LocalDate paidOn, BigDecimal amount, String note) {
        MemberFee fee = em.find(MemberFee.class, feeId);
        if (fee == null) {
            throw new NotFoundException();
        }
        if (fee.getVersion() != version) {
            throw new StaleDataException();
        }
        if (paidOn == null || paidOn.isAfter(LocalDate.now())) {
            throw BusinessException.onField("paidOn", "validation.notInFuture");
        }
        BigDecimal paid = money(amount, "amount");
        if (paid.signum() <= 0) {
            throw BusinessException.onField("amount", "validation.positive");
        }
        FeePayment payment = checks.valid(new FeePayment(fee, paidOn, paid, note, caller.username()));
        em.persist(payment);
        fee.paid(paid);
        em.flush();
        audit.event(caller.username(), "MemberFee", fee.getId(), fee.getMember().getId(), "PAYMENT",
                paid.toPlainString() + " PLN, " + paidOn + (payment.getNote() == null ? "" : ", " + payment.getNote()));
    }

    /** A member's fees, newest year first: staff any member's, a member user its own. */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public List<FeeRow> feesOf(long memberId) {
        if (!caller.isManagement()) {
            caller.requireStaffOrOwn(memberId);
        }
        return em.createQuery(ROW + "WHERE m.id = :m ORDER BY f.year DESC", FeeRow.class)
                .setParameter("m", memberId).getResultList();
    }

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public List<PaymentRow> paymentsOf(long memberId) {
        if (!caller.isManagement()) {
            caller.requireStaffOrOwn(memberId);
        }
        return em.createQuery("SELECT new pl.klaster.portal.service.fee.PaymentRow(p.id, f.id, f.year, p.paidOn,"
                        + " p.amount, p.note, p.recordedBy) FROM FeePayment p JOIN p.fee f WHERE f.member.id = :m"
                        + " ORDER BY p.paidOn DESC, p.id DESC", PaymentRow.class)
                .setParameter("m", memberId).getResultList();
    }

    /** Fees not paid in full after their due date, oldest first, paged in the database. */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public Page<FeeRow> overdue(PageRequest page) {
        String where = "WHERE f.amountPaid < f.amountDue AND f.dueOn < :today";
        LocalDate today = LocalDate.now();
        long total = em.createQuery("SELECT COUNT(f) FROM MemberFee f " + where, Long.class)
                .setParameter("today", today).getSingleResult();
        List<FeeRow> rows = em.createQuery(ROW + where + " ORDER BY f.dueOn, m.legalName, f.id", FeeRow.class)
                .setParameter("today", today)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return new Page<>(rows, total);
    }

    private static void requireYear(int year) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.onField("year", "fee.year.invalid");
        }
    }

    private static BigDecimal money(BigDecimal amount, String field) {
        if (amount == null) {
            throw BusinessException.onField(field, "validation.required");
        }
        if (amount.signum() < 0) {
            throw BusinessException.onField(field, "validation.notNegative");
        }
        if (amount.scale() > 2 && amount.stripTrailingZeros().scale() > 2) {
            throw BusinessException.onField(field, "validation.money");
        }
        if (amount.compareTo(new BigDecimal("9999999999.99")) > 0) {
            throw BusinessException.onField(field, "validation.money");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}

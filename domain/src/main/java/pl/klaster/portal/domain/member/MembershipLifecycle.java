package pl.klaster.portal.domain.member;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static pl.klaster.portal.domain.member.MemberStatus.ACTIVE;
import static pl.klaster.portal.domain.member.MemberStatus.APPLIED;
import static pl.klaster.portal.domain.member.MemberStatus.EXPELLED;
import static pl.klaster.portal.domain.member.MemberStatus.RESIGNED;
import static pl.klaster.portal.domain.member.MemberStatus.SUSPENDED;

/**
 * The membership lifecycle: which status may follow which.
 * <pre>
 *   APPLIED  -> ACTIVE (admission: two recommending active members and a board resolution)
 *   APPLIED  -> RESIGNED (the application is withdrawn)
 *   ACTIVE   -> SUSPENDED, RESIGNED, EXPELLED
 *   SUSPENDED-> ACTIVE (reinstated), RESIGNED, EXPELLED
 *   RESIGNED, EXPELLED: final
 * </pre>
 * Every change is dated (not in the future, not before the application) and has a reason.
 */
public final class MembershipLifecycle {

    /** How many active members must recommend an applicant. */
    public static final int RECOMMENDATIONS_REQUIRED = 2;

    private static final Map<MemberStatus, Set<MemberStatus>> NEXT = new EnumMap<>(MemberStatus.class);

    static {
        NEXT.put(APPLIED, EnumSet.of(ACTIVE, RESIGNED));
        NEXT.put(ACTIVE, EnumSet.of(SUSPENDED, RESIGNED, EXPELLED));
        NEXT.put(SUSPENDED, EnumSet.of(ACTIVE, RESIGNED, EXPELLED));
        NEXT.put(RESIGNED, EnumSet.noneOf(MemberStatus.class));
        NEXT.put(EXPELLED, EnumSet.noneOf(MemberStatus.class));
    }

    private MembershipLifecycle() {
    }

    public static boolean canChange(MemberStatus from, MemberStatus to) {
        return from != null && to != null && NEXT.get(from).contains(to);
    }

    /** The statuses a member may move to from this one (empty for a final status). */
    public static Set<MemberStatus> next(MemberStatus from) {
        return from == null ? EnumSet.noneOf(MemberStatus.class) : EnumSet.copyOf(NEXT.get(from));
    }

    /** An admission: the change from APPLIED to ACTIVE, which needs recommendations and a board resolution. */
    public static boolean isAdmission(MemberStatus from, MemberStatus to) {
        return from == APPLIED && to == ACTIVE;
    }

    /** A change date makes sense: given, not in the future, and not before the member applied. */
    public static boolean isValidDate(LocalDate date, LocalDate appliedOn, LocalDate today) {
        return date != null && !date.isAfter(today) && (appliedOn == null || !date.isBefore(appliedOn));
    }

    public static boolean isFinal(MemberStatus status) {
        return NEXT.get(status).isEmpty();
    }
}

package pl.klaster.portal.domain.outreach;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a member's registration for an activity stands. REGISTERED and CONFIRMED hold a place; WAITING is on the
 * waiting list; DECLINED (by staff) and CANCELLED (by the member or staff) are over; ATTENDED and ABSENT are
 * recorded after the activity.
 */
public enum RegistrationStatus {
    REGISTERED,
    CONFIRMED,
    WAITING,
    DECLINED,
    CANCELLED,
    ATTENDED,
    ABSENT;

    /** Statuses that take one of the activity's places. */
    public static final Set<RegistrationStatus> HOLDS_PLACE = EnumSet.of(REGISTERED, CONFIRMED, ATTENDED);

    /** Statuses of a registration that is still live (one per member and activity). */
    public static final Set<RegistrationStatus> LIVE = EnumSet.of(REGISTERED, CONFIRMED, WAITING, ATTENDED, ABSENT);

    public boolean holdsPlace() {
        return HOLDS_PLACE.contains(this);
    }

    public boolean isLive() {
        return LIVE.contains(this);
    }
}

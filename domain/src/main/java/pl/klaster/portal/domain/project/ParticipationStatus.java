package pl.klaster.portal.domain.project;

/** Where a member's participation stands: its application pending, approved (taking part), rejected by staff, withdrawn by the member, or ended. */
public enum ParticipationStatus {
    PENDING,
    APPROVED,
    REJECTED,
    WITHDRAWN,
    ENDED
}

package pl.klaster.portal.domain.outreach;

/** What kind of outreach activity it is. */
public enum ActivityType {
    TRADE_FAIR,
    TRADE_MISSION,
    B2B_MATCHMAKING,
    CONFERENCE,
    STUDY_VISIT,
    WEBINAR
}

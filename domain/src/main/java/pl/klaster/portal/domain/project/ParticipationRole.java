package pl.klaster.portal.domain.project;

/** The role a member has in a project. */
public enum ParticipationRole {
    PARTNER,
    PILOT_SITE,
    SUBCONTRACTOR,
    TRAINEE,
    OBSERVER
}

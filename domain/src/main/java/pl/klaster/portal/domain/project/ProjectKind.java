package pl.klaster.portal.domain.project;

/** What a project is about. */
public enum ProjectKind {
    RD,
    TRAINING,
    INTERNATIONALISATION,
    PROMOTION,
    EU_CONSORTIUM
}

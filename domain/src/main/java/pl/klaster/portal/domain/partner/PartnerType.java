package pl.klaster.portal.domain.partner;

/** What kind of body a partner organisation is. */
public enum PartnerType {
    FOREIGN_CLUSTER,
    ALLIANCE,
    RESEARCH_INSTITUTE,
    CHAMBER_OF_COMMERCE,
    PUBLIC_BODY,
    COMPANY,
    OTHER
}

package pl.klaster.portal.domain.partner;

/** The cluster's relation to a partner organisation. */
public enum PartnerRelation {
    CO_FOUNDER,
    MEMBER,
    PARTNER,
    MOU
}

package pl.klaster.portal.domain.member;

/** What kind of body a member is (the cluster reports count members by type). */
public enum MemberType {
    ENTERPRISE,
    RD_BODY,
    UNIVERSITY,
    PUBLIC_BODY,
    BUSINESS_SUPPORT,
    OTHER
}

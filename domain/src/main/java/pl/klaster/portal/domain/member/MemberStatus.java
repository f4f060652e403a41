package pl.klaster.portal.domain.member;

/**
 * Where a member is in its membership: {@code APPLIED -> ACTIVE -> SUSPENDED -> ACTIVE ...},
 * and finally {@code RESIGNED} or {@code EXPELLED}. Which changes are allowed is decided by the lifecycle rules.
 */
public enum MemberStatus {
    APPLIED,
    ACTIVE,
    SUSPENDED,
    RESIGNED,
    EXPELLED
}

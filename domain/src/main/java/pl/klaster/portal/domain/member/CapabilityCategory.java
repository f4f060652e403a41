package pl.klaster.portal.domain.member;

/** What a capability tag describes. */
public enum CapabilityCategory {
    PROCESS,
    MATERIAL,
    MACHINE,
    CERTIFICATION,
    OTHER
}

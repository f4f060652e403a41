package pl.klaster.portal.domain.project;

/** Whether the cluster leads a project or is a partner in it. */
public enum ClusterRole {
    LEADER,
    PARTNER
}

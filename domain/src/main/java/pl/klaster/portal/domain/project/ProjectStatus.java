package pl.klaster.portal.domain.project;

/** Where a project stands: planned, submitted for funding, running, completed, or rejected / cancelled. */
public enum ProjectStatus {
    PLANNED,
    SUBMITTED,
    RUNNING,
    COMPLETED,
    REJECTED,
    CANCELLED
}

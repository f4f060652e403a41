package pl.klaster.portal.domain.project;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static pl.klaster.portal.domain.project.ProjectStatus.CANCELLED;
import static pl.klaster.portal.domain.project.ProjectStatus.COMPLETED;
import static pl.klaster.portal.domain.project.ProjectStatus.PLANNED;
import static pl.klaster.portal.domain.project.ProjectStatus.REJECTED;
import static pl.klaster.portal.domain.project.ProjectStatus.RUNNING;
import static pl.klaster.portal.domain.project.ProjectStatus.SUBMITTED;

/**
 * Which project status may follow which, and which participation status may follow which.
 * <pre>
 *   project:       PLANNED -> SUBMITTED | RUNNING | CANCELLED;  SUBMITTED -> RUNNING | REJECTED | CANCELLED;
 *                  RUNNING -> COMPLETED | CANCELLED;  COMPLETED, REJECTED, CANCELLED are final
 *   participation: PENDING -> APPROVED | REJECTED | WITHDRAWN;  APPROVED -> ENDED;  the rest are final
 * </pre>
 */
public final class ProjectLifecycle {

    private static final Map<ProjectStatus, Set<ProjectStatus>> PROJECT = new EnumMap<>(ProjectStatus.class);
    private static final Map<ParticipationStatus, Set<ParticipationStatus>> PARTICIPATION = new EnumMap<>(ParticipationStatus.class);

    static {
        PROJECT.put(PLANNED, EnumSet.of(SUBMITTED, RUNNING, CANCELLED));
        PROJECT.put(SUBMITTED, EnumSet.of(RUNNING, REJECTED, CANCELLED));
        PROJECT.put(RUNNING, EnumSet.of(COMPLETED, CANCELLED));
        PROJECT.put(COMPLETED, EnumSet.noneOf(ProjectStatus.class));
        PROJECT.put(REJECTED, EnumSet.noneOf(ProjectStatus.class));
        PROJECT.put(CANCELLED, EnumSet.noneOf(ProjectStatus.class));
        PARTICIPATION.put(ParticipationStatus.PENDING,
                EnumSet.of(ParticipationStatus.APPROVED, ParticipationStatus.REJECTED, ParticipationStatus.WITHDRAWN));
        PARTICIPATION.put(ParticipationStatus.APPROVED, EnumSet.of(ParticipationStatus.ENDED));
        PARTICIPATION.put(ParticipationStatus.REJECTED, EnumSet.noneOf(ParticipationStatus.class));
        PARTICIPATION.put(ParticipationStatus.WITHDRAWN, EnumSet.noneOf(ParticipationStatus.class));
        PARTICIPATION.put(ParticipationStatus.ENDED, EnumSet.noneOf(ParticipationStatus.class));
    }

    private ProjectLifecycle() {
    }

    public static boolean canChange(ProjectStatus from, ProjectStatus to) {
        return from != null && to != null && PROJECT.get(from).contains(to);
    }

    public static Set<ProjectStatus> next(ProjectStatus from) {
        return from == null ? EnumSet.noneOf(ProjectStatus.class) : EnumSet.copyOf(PROJECT.get(from));
    }

    public static boolean canChange(ParticipationStatus from, ParticipationStatus to) {
        return from != null && to != null && PARTICIPATION.get(from).contains(to);
    }

    /** Whether a project in this status can still take participants (not finished, rejected or cancelled). */
    public static boolean isLive(ProjectStatus status) {
        return !PROJECT.get(status).isEmpty();
    }
}

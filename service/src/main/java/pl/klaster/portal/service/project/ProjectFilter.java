package pl.klaster.portal.service.project;

import pl.klaster.portal.domain.project.ProjectKind;
import pl.klaster.portal.domain.project.ProjectStatus;

import java.io.Serializable;

/** Filters of the project list; null means any. {@code text} finds part of a title or the acronym. */
public record ProjectFilter(String text, ProjectStatus status, ProjectKind kind, Long programmeId, Boolean openOnly)
        implements Serializable {

    public static ProjectFilter none() {
        return new ProjectFilter(null, null, null, null, null);
    }
}

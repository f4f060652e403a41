package pl.klaster.portal.service.project;

import pl.klaster.portal.domain.project.ClusterRole;
import pl.klaster.portal.domain.project.ProjectKind;
import pl.klaster.portal.domain.project.ProjectStatus;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A project in a list. */
public record ProjectRow(long id, String titlePl, String titleEn, String acronym, ProjectKind kind, String programme,
                         ClusterRole clusterRole, ProjectStatus status, LocalDate startDate, LocalDate endDate,
                         BigDecimal budget, String currency, boolean applicationsOpen, LocalDate applicationDeadline)
        implements Serializable {

    public String title(String language) {
        return "en".equals(language) ? titleEn : titlePl;
    }
}

package pl.klaster.portal.web.view.project;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.project.Programme;
import pl.klaster.portal.domain.project.ProjectKind;
import pl.klaster.portal.domain.project.ProjectStatus;
import pl.klaster.portal.service.project.ProjectFilter;
import pl.klaster.portal.service.project.ProjectRow;
import pl.klaster.portal.service.project.ProjectService;
import pl.klaster.portal.web.faces.LazyRows;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;

/** {@code /staff/projects.xhtml} and {@code /reports/projects.xhtml}: the project registry, filtered and paged. */
@Named
@ViewScoped
public class ProjectsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;

    private String text;
    private ProjectStatus status;
    private ProjectKind kind;
    private Long programmeId;
    private boolean openOnly;
    private List<Programme> programmes;
    private LazyRows<ProjectRow> rows;

    @PostConstruct
    void init() {
        programmes = projects.programmes();
        rows = new LazyRows<>(request -> projects.search(new ProjectFilter(text, status, kind, programmeId, openOnly), request), ProjectRow::id);
    }

    public void search() {
        rows.reset();
    }

    public LazyRows<ProjectRow> getRows() {
        return rows;
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public ProjectKind getKind() {
        return kind;
    }

    public void setKind(ProjectKind kind) {
        this.kind = kind;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public boolean isOpenOnly() {
        return openOnly;
    }

    public void setOpenOnly(boolean openOnly) {
        this.openOnly = openOnly;
    }
}

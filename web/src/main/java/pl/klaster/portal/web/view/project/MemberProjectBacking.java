package pl.klaster.portal.web.view.project;

import pl.klaster.portal.web.faces.RequestMemo;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.service.project.DocumentRow;
import pl.klaster.portal.service.project.ParticipationRow;
import pl.klaster.portal.service.project.ParticipationService;
import pl.klaster.portal.service.project.ProjectService;
import pl.klaster.portal.service.reference.CapabilityRow;
import pl.klaster.portal.service.reference.ReferenceDataService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /member/project.xhtml?id=}: a project open for applications or one the company takes part in; the
 * application form (motivation, capabilities and effort offered). Any other project answers "not found".
 */
@Named
@ViewScoped
public class MemberProjectBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;
    @Inject
    private ParticipationService participations;
    @Inject
    private ReferenceDataService reference;
    @Inject
    private ServiceCalls calls;

    private Long id;
    private Project project;
    private List<ParticipationRow> own;
    private List<DocumentRow> documents;
    private String motivation;
    private List<Long> capabilityIds = new ArrayList<>();
    private BigDecimal offeredEffort;

    public void load() {
        if (id == null) {
            ServiceCalls.notFound();
            return;
        }
        project = calls.get(() -> projects.get(id), Map.of());
        if (project == null) {
            return;
        }
        own = participations.participants(id);
        documents = projects.documents(id);
    }

    public boolean isCanApply() {
        return project.acceptsApplications(LocalDate.now())
                && own.stream().noneMatch(p -> p.status().name().equals("PENDING") || p.status().name().equals("APPROVED"));
    }

    public void apply() {
        ParticipationRow applied = calls.get(() -> participations.apply(id, motivation, capabilityIds, offeredEffort),
                Map.of("motivation", "applyForm:motivation", "offeredEffort", "applyForm:effort", "capabilities", "applyForm:capabilities"));
        if (applied != null) {
            FacesTexts.info("participation.applied");
            motivation = null;
            capabilityIds = new ArrayList<>();
            offeredEffort = null;
            load();
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Project getProject() {
        return project;
    }

    public List<ParticipationRow> getOwn() {
        return own;
    }

    public List<DocumentRow> getDocuments() {
        return documents;
    }

    public List<CapabilityRow> getCapabilities() {
        return RequestMemo.of(RequestMemo.class, "capabilities", reference::capabilities); // options, not state
    }

    public String getMotivation() {
        return motivation;
    }

    public void setMotivation(String motivation) {
        this.motivation = motivation;
    }

    public List<Long> getCapabilityIds() {
        return capabilityIds;
    }

    public void setCapabilityIds(List<Long> capabilityIds) {
        this.capabilityIds = capabilityIds;
    }

    public BigDecimal getOfferedEffort() {
        return offeredEffort;
    }

    public void setOfferedEffort(BigDecimal offeredEffort) {
        this.offeredEffort = offeredEffort;
    }
}

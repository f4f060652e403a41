package pl.klaster.portal.web.view.project;

import pl.klaster.portal.web.faces.RequestMemo;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.project.Indicator;
import pl.klaster.portal.domain.project.Programme;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.service.member.MemberOption;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.partner.PartnerRow;
import pl.klaster.portal.service.partner.PartnerService;
import pl.klaster.portal.service.project.ProjectForm;
import pl.klaster.portal.service.project.ProjectService;
import pl.klaster.portal.service.reference.CapabilityRow;
import pl.klaster.portal.service.reference.PkdRow;
import pl.klaster.portal.service.reference.ReferenceDataService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code /staff/project-edit.xhtml[?id=]}: creates or edits a project with every field. */
@Named
@ViewScoped
public class ProjectEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Where each project field sits in the form. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("titlePl", "form:titlePl"), Map.entry("titleEn", "form:titleEn"), Map.entry("acronym", "form:acronym"),
            Map.entry("kind", "form:kind"), Map.entry("programme", "form:programme"), Map.entry("callNumber", "form:callNumber"),
            Map.entry("grantNumber", "form:grantNumber"), Map.entry("clusterRole", "form:clusterRole"),
            Map.entry("leadPartner", "form:leadPartner"), Map.entry("startDate", "form:startDate"),
            Map.entry("endDate", "form:endDate"), Map.entry("endNotBeforeStart", "form:endDate"),
            Map.entry("shareWithinBudget", "form:shareAmount"), Map.entry("currencyKnown", "form:budgetCurrency"),
            Map.entry("moneyNotNegative", "form:budgetAmount"), Map.entry("objectives", "form:objectives"),
            Map.entry("requiredCapabilities", "form:capabilities"), Map.entry("requiredPkdCodes", "form:pkdCodes"),
            Map.entry("partnerOrganisations", "form:partners"), Map.entry("consortiumMembers", "form:consortium"));

    @Inject
    private ProjectService projects;
    @Inject
    private PartnerService partners;
    @Inject
    private MemberService members;
    @Inject
    private ReferenceDataService reference;
    @Inject
    private ServiceCalls calls;

    private Long id;
    private ProjectForm form;
    private List<Programme> programmes;
    private List<PartnerRow> partnerRows;
    private List<MemberOption> consortium = new ArrayList<>();
    private boolean stale;
    private String newProgramme;
    private boolean newProgrammePrivate;

    public void load() {
        programmes = projects.programmes();
        partnerRows = partners.all();
        if (id == null) {
            form = new ProjectForm();
            form.getProject().setTotalBudget(new Money(null, "PLN"));
            form.getProject().setClusterShare(new Money(null, "PLN"));
            return;
        }
        Project project = calls.get(() -> projects.get(id), Map.of());
        if (project != null) {
            use(project);
        }
    }

    private void use(Project project) {
        form = new ProjectForm(project);
        consortium = new ArrayList<>(project.getConsortiumMembers().stream()
                .map(m -> new MemberOption(m.getId(), m.getLegalName(), m.getAddress().getCity())).toList());
        stale = false;
    }

    public String save() {
        form.setMemberIds(new ArrayList<>(consortium.stream().map(MemberOption::id).toList()));
        boolean creating = form.getProject().getId() == null;
        Project saved = calls.get(() -> projects.save(form), FIELDS);
        if (saved == null) {
            stale = FacesTexts.hasMessage("common.stale");
            return null;
        }
        FacesTexts.info(creating ? "project.created" : "project.saved");
        FacesTexts.keepForRedirect();
        return "/staff/project?faces-redirect=true&id=" + saved.getId();
    }

    public void reloadLatest() {
        Project latest = calls.get(() -> projects.get(form.getProject().getId()), Map.of());
        if (latest != null) {
            use(latest);
            FacesTexts.info("common.reloaded");
        }
    }

    public void addIndicator() {
        form.getProject().getIndicators().add(new Indicator());
    }

    public void removeIndicator(Indicator indicator) {
        form.getProject().getIndicators().remove(indicator);
    }

    public void addProgramme() {
        Programme added = calls.get(() -> projects.addProgramme(newProgramme, newProgrammePrivate), Map.of("name", "programmeForm:name"));
        if (added != null) {
            programmes = projects.programmes();
            form.setProgrammeId(added.getId());
            newProgramme = null;
            FacesTexts.info("programme.added", added.getName());
        }
    }

    public List<String> completePkdCodes(String text) {
        return reference.findPkd(text, 30).stream().map(PkdRow::code).toList();
    }

    public List<MemberOption> completeMember(String text) {
        return members.findActive(text, 15);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ProjectForm getForm() {
        return form;
    }

    public Project getProject() {
        return form == null ? null : form.getProject();
    }

    public List<Programme> getProgrammes() {
        return programmes;
    }

    public List<PartnerRow> getPartnerRows() {
        return partnerRows;
    }

    public List<CapabilityRow> getCapabilities() {
        return RequestMemo.of(RequestMemo.class, "capabilities", reference::capabilities); // options, not state
    }

    public List<MemberOption> getConsortium() {
        return consortium;
    }

    public void setConsortium(List<MemberOption> consortium) {
        this.consortium = consortium;
    }

    public boolean isStale() {
        return stale;
    }

    public String getNewProgramme() {
        return newProgramme;
    }

    public void setNewProgramme(String newProgramme) {
        this.newProgramme = newProgramme;
    }

    public boolean isNewProgrammePrivate() {
        return newProgrammePrivate;
    }

    public void setNewProgrammePrivate(boolean newProgrammePrivate) {
        this.newProgrammePrivate = newProgrammePrivate;
    }

    /**
     * A consortium member's label. After a post that failed conversion PrimeFaces renders the posted texts
     * themselves as the chosen items, so the label must also take a plain text.
     */
    public String memberLabel(Object item) {
        return item instanceof MemberOption option ? option.name() : String.valueOf(item);
    }
}

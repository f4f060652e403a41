package pl.klaster.portal.web.view.outreach;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.outreach.ActivityForm;
import pl.klaster.portal.service.outreach.MarketRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.service.partner.PartnerRow;
import pl.klaster.portal.service.partner.PartnerService;
import pl.klaster.portal.service.project.ProjectFilter;
import pl.klaster.portal.service.project.ProjectRow;
import pl.klaster.portal.service.project.ProjectService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code /staff/activity-edit.xhtml[?id=]}: plans a new outreach activity or edits one. */
@Named
@ViewScoped
public class ActivityEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** Where each activity field sits in the form. */
    static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("type", "form:type"), Map.entry("titlePl", "form:titlePl"), Map.entry("titleEn", "form:titleEn"),
            Map.entry("startDate", "form:startDate"), Map.entry("endDate", "form:endDate"),
            Map.entry("endNotBeforeStart", "form:endDate"), Map.entry("registrationDeadline", "form:deadline"),
            Map.entry("deadlineNotAfterStart", "form:deadline"), Map.entry("placeGiven", "form:city"),
            Map.entry("city", "form:city"), Map.entry("countryCode", "form:country"), Map.entry("capacity", "form:capacity"),
            Map.entry("costValid", "form:costAmount"), Map.entry("amount", "form:costAmount"), Map.entry("currency", "form:costCurrency"),
            Map.entry("descriptionPl", "form:descriptionPl"), Map.entry("descriptionEn", "form:descriptionEn"),
            Map.entry("targetMarkets", "form:markets"), Map.entry("organiser", "form:organiser"), Map.entry("project", "form:project"));

    /** The newest projects offered for linking; a cluster has tens of them, never thousands. */
    private static final int PROJECT_CHOICES = 200;

    @Inject
    private OutreachService outreach;
    @Inject
    private PartnerService partners;
    @Inject
    private ProjectService projects;
    @Inject
    private ServiceCalls calls;

    private Long id;
    private ActivityForm form;
    private List<MarketRow> markets;
    private List<PartnerRow> partnerRows;
    private List<ProjectRow> projectRows;
    private boolean stale;

    public void load() {
        markets = outreach.markets();
        partnerRows = partners.all();
        projectRows = projects.search(new ProjectFilter(null, null, null, null, null), PageRequest.first(PROJECT_CHOICES)).rows();
        if (id == null) {
            form = new ActivityForm();
            form.getActivity().setCost(new Money(null, "PLN"));
            return;
        }
        OutreachActivity activity = calls.get(() -> outreach.get(id), Map.of());
        if (activity != null) {
            use(activity);
        }
    }

    private void use(OutreachActivity activity) {
        if (activity.getCost() == null || activity.getCost().getCurrency() == null) {
            activity.setCost(new Money(activity.getCost() == null ? null : activity.getCost().getAmount(), "PLN"));
        }
        form = new ActivityForm(activity);
        stale = false;
    }

    public String save() {
        boolean creating = form.getActivity().getId() == null;
        OutreachActivity saved = calls.get(() -> outreach.save(form), FIELDS);
        if (saved == null) {
            stale = FacesTexts.hasMessage("common.stale");
            return null;
        }
        FacesTexts.info(creating ? "activity.created" : "activity.saved");
        FacesTexts.keepForRedirect();
        return "/staff/activity?faces-redirect=true&id=" + saved.getId();
    }

    public void reloadLatest() {
        OutreachActivity latest = calls.get(() -> outreach.get(form.getActivity().getId()), Map.of());
        if (latest != null) {
            use(latest);
            FacesTexts.info("common.reloaded");
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public ActivityForm getForm() {
        return form;
    }

    public OutreachActivity getActivity() {
        return form == null ? null : form.getActivity();
    }

    public List<MarketRow> getMarkets() {
        return markets;
    }

    public List<PartnerRow> getPartnerRows() {
        return partnerRows;
    }

    public List<ProjectRow> getProjectRows() {
        return projectRows;
    }

    public boolean isStale() {
        return stale;
    }
}

package pl.klaster.portal.service.outreach;

import pl.klaster.portal.domain.outreach.OutreachActivity;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/** An activity form: the activity's own fields and its references as ids, which the service resolves and checks. */
public class ActivityForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private final OutreachActivity activity;
    private List<Long> marketIds = new ArrayList<>();
    private Long organiserId;
    private Long projectId;

    public ActivityForm() {
        this(new OutreachActivity());
    }

    public ActivityForm(OutreachActivity activity) {
        this.activity = activity;
        activity.getTargetMarkets().forEach(m -> marketIds.add(m.getId()));
        organiserId = activity.getOrganiser() == null ? null : activity.getOrganiser().getId();
        projectId = activity.getProject() == null ? null : activity.getProject().getId();
    }

    public OutreachActivity getActivity() {
        return activity;
    }

    public List<Long> getMarketIds() {
        return marketIds;
    }

    public void setMarketIds(List<Long> marketIds) {
        this.marketIds = marketIds;
    }

    public Long getOrganiserId() {
        return organiserId;
    }

    public void setOrganiserId(Long organiserId) {
        this.organiserId = organiserId;
    }

    public Long getProjectId() {
        return projectId;
    }

    public void setProjectId(Long projectId) {
        this.projectId = projectId;
    }
}

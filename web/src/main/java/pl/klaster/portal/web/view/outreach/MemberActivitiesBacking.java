package pl.klaster.portal.web.view.outreach;

import pl.klaster.portal.web.faces.RequestMemo;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.outreach.ActivityRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.service.outreach.RegistrationRow;
import pl.klaster.portal.service.outreach.RegistrationService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * {@code /member/activities.xhtml}: the upcoming outreach activities, those aimed at the company's export markets
 * first, and the company's own registrations with their status, to cancel (before the deadline) or to report
 * outcomes for (after the activity).
 */
@Named
@ViewScoped
public class MemberActivitiesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private OutreachService outreach;
    @Inject
    private RegistrationService registrations;
    @Inject
    private ServiceCalls calls;

    private Set<Long> forMyMarkets;
    private List<RegistrationRow> own;

    @PostConstruct
    void init() {
        RequestMemo.forget(this, "upcoming");
        forMyMarkets = outreach.activitiesForMyMarkets();
        own = registrations.ownRegistrations();
    }

    public void cancel(RegistrationRow row) {
        if (calls.run(() -> registrations.cancel(row.id(), row.version()), java.util.Map.of())) {
            FacesTexts.info("registration.cancelled.own", row.activityTitle(FacesTexts.language()));
            init();
        }
    }

    /** Whether the company may still cancel this registration itself (a live one, up to the deadline). */
    public boolean canCancel(RegistrationRow row) {
        return RegistrationRules.memberMayCancel(row, LocalDate.now());
    }

    /** Whether the company can report (or edit) outcomes for this registration: it took part and the activity has started. */
    public boolean canReport(RegistrationRow row) {
        return RegistrationRules.mayReport(row, LocalDate.now());
    }

    public boolean isForMyMarkets(ActivityRow row) {
        return forMyMarkets.contains(row.id());
    }

    /** Shown, never acted on by row: loaded for the request that renders it (see {@link RequestMemo}). */
    public List<ActivityRow> getUpcoming() {
        return RequestMemo.of(this, "upcoming", outreach::upcomingForMyCompany);
    }

    public List<RegistrationRow> getOwn() {
        return own;
    }
}

package pl.klaster.portal.web.view.outreach;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.outreach.OutcomeReport;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.service.member.ContactRow;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.outreach.ActivityRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.service.outreach.RegistrationRow;
import pl.klaster.portal.service.outreach.RegistrationService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;
import pl.klaster.portal.web.security.CurrentUser;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code /member/activity.xhtml?id=}: an activity as a member company sees it: the details, its own
 * registration (to make, with the contact persons who will go, or to cancel) and, after the activity, the
 * outcome report it fills in and may edit later.
 */
@Named
@ViewScoped
public class MemberActivityBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> OUTCOME_FIELDS = Map.of("b2bMeetings", "outcomeForm:meetings", "contactsMade", "outcomeForm:contacts",
            "leads", "outcomeForm:leads", "agreements", "outcomeForm:agreements", "exportValue", "outcomeForm:exportAmount",
            "exportValueValid", "outcomeForm:exportAmount", "amount", "outcomeForm:exportAmount", "countries", "outcomeForm:countries",
            "notes", "outcomeForm:notes");

    @Inject
    private OutreachService outreach;
    @Inject
    private RegistrationService registrations;
    @Inject
    private ContactService contacts;
    @Inject
    private CurrentUser currentUser;
    @Inject
    private ServiceCalls calls;

    private Long id;
    private OutreachActivity activity;
    private ActivityRow summary;
    private List<RegistrationRow> own;
    private List<ContactRow> people;
    private List<Long> personIds = new ArrayList<>();
    private RegistrationRow reporting;
    private OutcomeReport outcome;
    private List<String> outcomeCountries = new ArrayList<>();

    public void load() {
        if (id == null) {
            ServiceCalls.notFound();
            return;
        }
        activity = calls.get(() -> outreach.get(id), Map.of());
        if (activity != null) {
            people = contacts.contactsOf(currentUser.getAccount().memberId());
            refresh();
        }
    }

    private void refresh() {
        summary = outreach.summary(id);
        own = registrations.ofActivity(id);
        reporting = own.stream().filter(r -> RegistrationRules.mayReport(r, LocalDate.now())).findFirst().orElse(null);
        if (reporting != null) {
            outcome = registrations.outcome(reporting.id());
            if (outcome.getExportValue() == null || outcome.getExportValue().getCurrency() == null) {
                outcome.setExportValue(new Money(outcome.getExportValue() == null ? null : outcome.getExportValue().getAmount(), "PLN"));
            }
            outcomeCountries = new ArrayList<>(outcome.getCountries());
        }
    }

    public void register() {
        RegistrationRow made = calls.get(() -> registrations.register(id, personIds), Map.of("persons", "registerForm:persons"));
        if (made != null) {
            FacesTexts.info(made.status() == pl.klaster.portal.domain.outreach.RegistrationStatus.WAITING
                    ? "registration.made.waiting" : "registration.made", made.activityTitle(FacesTexts.language()));
            personIds = new ArrayList<>();
            refresh();
        }
    }

    public void cancel(RegistrationRow row) {
        if (calls.run(() -> registrations.cancel(row.id(), row.version()), Map.of())) {
            FacesTexts.info("registration.cancelled.own", row.activityTitle(FacesTexts.language()));
            refresh();
        }
    }

    public void saveOutcome() {
        outcome.setCountries(new TreeSet<>(outcomeCountries));
        boolean first = outcome.getId() == null;
        if (calls.run(() -> registrations.reportOutcome(reporting.id(), outcome), OUTCOME_FIELDS)) {
            FacesTexts.info(first ? "outcome.reported" : "outcome.saved");
            refresh();
        }
    }

    /** Whether the company can register now: registration is open and it has no live registration. */
    public boolean isCanRegister() {
        return activity != null && activity.acceptsRegistrations(LocalDate.now())
                && own.stream().noneMatch(r -> r.status().isLive());
    }

    public boolean canCancel(RegistrationRow row) {
        return RegistrationRules.memberMayCancel(row, LocalDate.now());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OutreachActivity getActivity() {
        return activity;
    }

    public ActivityRow getSummary() {
        return summary;
    }

    public List<RegistrationRow> getOwn() {
        return own;
    }

    public List<ContactRow> getPeople() {
        return people;
    }

    public List<Long> getPersonIds() {
        return personIds;
    }

    public void setPersonIds(List<Long> personIds) {
        this.personIds = personIds;
    }

    public RegistrationRow getReporting() {
        return reporting;
    }

    public OutcomeReport getOutcome() {
        return outcome;
    }

    public List<String> getOutcomeCountries() {
        return outcomeCountries;
    }

    public void setOutcomeCountries(List<String> outcomeCountries) {
        this.outcomeCountries = outcomeCountries;
    }
}

package pl.klaster.portal.web.view.project;

import pl.klaster.portal.web.faces.RequestMemo;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.project.MatchRow;
import pl.klaster.portal.service.project.ParticipationRow;
import pl.klaster.portal.service.project.ParticipationService;
import pl.klaster.portal.service.project.ProjectService;
import pl.klaster.portal.service.project.StatusChangeRow;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /member/projects.xhtml}: the projects open for applications (those that fit the company first) and the
 * company's own applications and participations with their history; a pending application can be withdrawn.
 */
@Named
@ViewScoped
public class MemberProjectsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private ProjectService projects;
    @Inject
    private ParticipationService participations;
    @Inject
    private AccountService accounts;
    @Inject
    private ServiceCalls calls;

    private List<ParticipationRow> own;
    private final Map<Long, List<StatusChangeRow>> histories = new HashMap<>();

    public void load() {
        RequestMemo.forget(this, "open");
        own = participations.ofMember(accounts.currentAccount().memberId());
        histories.clear();
        own.forEach(p -> histories.put(p.id(), participations.history(p.id())));
    }

    public void withdraw(ParticipationRow row) {
        if (calls.run(() -> participations.withdraw(row.id(), row.version()), Map.of())) {
            FacesTexts.info("participation.withdrawn");
            load();
        }
    }

    public List<StatusChangeRow> historyOf(long participationId) {
        return histories.getOrDefault(participationId, List.of());
    }

    /** Shown, never acted on by row: loaded for the request that renders it (see {@link RequestMemo}). */
    public List<MatchRow> getOpen() {
        return RequestMemo.of(this, "open", projects::openForMyCompany);
    }

    public List<ParticipationRow> getOwn() {
        return own;
    }
}

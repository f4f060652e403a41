package pl.klaster.portal.web.view.reports;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.service.member.MemberService;

import java.util.Map;

/** {@code /reports/dashboard.xhtml}: management's starting point. */
@Named
@RequestScoped
public class DashboardBacking {

    @Inject
    private MemberService members;

    private Map<MemberStatus, Long> membersByStatus;

    @PostConstruct
    void load() {
        membersByStatus = members.countByStatus();
    }

    public long getActiveMembers() {
        return membersByStatus.get(MemberStatus.ACTIVE);
    }

    public Map<MemberStatus, Long> getMembersByStatus() {
        return membersByStatus;
    }
}

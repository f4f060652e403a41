package pl.klaster.portal.web.view.staff;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.service.member.MemberService;

import java.util.Map;

/** {@code /staff/home.xhtml}: the office's starting point, with the members by status. */
@Named
@RequestScoped
public class StaffHomeBacking {

    @Inject
    private MemberService members;

    private Map<MemberStatus, Long> membersByStatus;

    @PostConstruct
    void load() {
        membersByStatus = members.countByStatus();
    }

    public Map<MemberStatus, Long> getMembersByStatus() {
        return membersByStatus;
    }
}

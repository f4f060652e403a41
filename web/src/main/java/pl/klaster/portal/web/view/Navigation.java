package pl.klaster.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.web.security.CurrentUser;

import java.util.List;
import java.util.Set;

import static pl.klaster.portal.domain.account.Role.ADMIN;
import static pl.klaster.portal.domain.account.Role.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.MEMBER;
import static pl.klaster.portal.domain.account.Role.STAFF;

/**
 * The navigation of each role, in one list: the layout renders the entries of the signed-in role, and the
 * accessibility and access tests walk the same entries, so a new page is checked once it is in the menu.
 */
@Named
@RequestScoped
public class Navigation {

    /** One menu entry: the bundle key of its label, the page, and the roles that see it. */
    public static final class Entry {
        private final String labelKey;
        private final String page;
        private final Set<Role> roles;

        public Entry(String labelKey, String page, Set<Role> roles) {
            this.labelKey = labelKey;
            this.page = page;
            this.roles = Set.copyOf(roles);
        }

        public String getLabelKey() {
            return labelKey;
        }

        public String getPage() {
            return page;
        }

        public Set<Role> getRoles() {
            return roles;
        }
    }

    public static final List<Entry> ENTRIES = List.of(
            new Entry("nav.member.home", "/member/home.xhtml", Set.of(MEMBER)),
            new Entry("nav.member.company", "/member/company.xhtml", Set.of(MEMBER)),
            new Entry("nav.member.projects", "/member/projects.xhtml", Set.of(MEMBER)),
            new Entry("nav.member.activities", "/member/activities.xhtml", Set.of(MEMBER)),
            new Entry("nav.member.directory", "/member/directory.xhtml", Set.of(MEMBER)),
            new Entry("nav.staff.home", "/staff/home.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("nav.staff.members", "/staff/members.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("import.nav", "/staff/import.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("nav.staff.fees", "/staff/fees.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("nav.staff.projects", "/staff/projects.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("nav.staff.applications", "/staff/applications.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("nav.staff.partners", "/staff/partners.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("nav.staff.activities", "/staff/activities.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("nav.staff.calendar", "/staff/calendar.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("nav.staff.markets", "/staff/markets.xhtml", Set.of(STAFF, ADMIN)),
            new Entry("nav.reports.projects", "/reports/projects.xhtml", Set.of(MANAGEMENT)),
            new Entry("nav.reports.dashboard", "/reports/dashboard.xhtml", Set.of(MANAGEMENT, STAFF, ADMIN)),
            new Entry("nav.reports.reports", "/reports/reports.xhtml", Set.of(MANAGEMENT, STAFF, ADMIN)),
            new Entry("nav.reports.funnel", "/reports/funnel.xhtml", Set.of(MANAGEMENT, STAFF, ADMIN)),
            new Entry("nav.admin.home", "/admin/home.xhtml", Set.of(ADMIN)),
            new Entry("nav.admin.accounts", "/admin/accounts.xhtml", Set.of(ADMIN)),
            new Entry("nav.admin.outbox", "/admin/outbox.xhtml", Set.of(ADMIN)),
            new Entry("nav.admin.audit", "/admin/audit.xhtml", Set.of(ADMIN)),
            new Entry("nav.account.profile", "/account/profile.xhtml", Set.of(MEMBER, STAFF, MANAGEMENT, ADMIN)));

    @Inject
    private CurrentUser currentUser;

    public List<Entry> getEntries() {
        if (!currentUser.isSignedIn()) {
            return List.of();
        }
        Role role = currentUser.getAccount().role();
        return ENTRIES.stream().filter(e -> e.getRoles().contains(role)).toList();
    }
}

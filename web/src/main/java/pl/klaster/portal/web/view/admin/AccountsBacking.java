package pl.klaster.portal.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.service.account.AccountFilter;
import pl.klaster.portal.service.account.AccountRow;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.web.faces.LazyRows;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Map;

/**
 * {@code /admin/accounts.xhtml}: every account (user name, person, company or staff, role, active, last
 * sign-in), invitations of STAFF, MANAGEMENT and ADMIN accounts, role changes, deactivation and reactivation,
 * and resending an invitation.
 */
@Named
@ViewScoped
public class AccountsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private AccountService accounts;
    @Inject
    private ServiceCalls calls;

    private String text;
    private Role role;
    private Boolean active;
    private LazyRows<AccountRow> rows;

    private String inviteUsername;
    private String inviteFullName;
    private String inviteEmail;
    private Role inviteRole = Role.STAFF;

    private AccountRow roleAccount;
    private Role newRole;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(request -> accounts.accounts(new AccountFilter(text, role, active), request), AccountRow::id);
    }

    public void search() {
        rows.reset();
    }

    public void invite() {
        AccountRow invited = calls.get(() -> accounts.inviteStaff(inviteUsername, inviteFullName, inviteEmail, inviteRole),
                Map.of("username", "inviteForm:username", "fullName", "inviteForm:fullName", "email", "inviteForm:email",
                        "role", "inviteForm:role"));
        if (invited != null) {
            FacesTexts.info("account.invite.sent", invited.email());
            inviteUsername = null;
            inviteFullName = null;
            inviteEmail = null;
            rows.reset();
        }
    }

    public void startRoleChange(AccountRow row) {
        roleAccount = row;
        newRole = row.role();
    }

    public void changeRole() {
        if (calls.run(() -> accounts.changeRole(roleAccount.id(), roleAccount.version(), newRole), Map.of("role", "roleForm:role"))) {
            FacesTexts.info("account.role.changed", roleAccount.username());
            rows.reset();
        }
    }

    public void toggleActive(AccountRow row) {
        if (calls.run(() -> accounts.setActive(row.id(), row.version(), !row.active()), Map.of())) {
            FacesTexts.info(row.active() ? "account.deactivated" : "account.reactivated", row.username());
            rows.reset();
        }
    }

    public void resend(AccountRow row) {
        if (calls.run(() -> accounts.resendInvitation(row.id()), Map.of())) {
            FacesTexts.info("account.invite.sent", row.email());
        }
    }

    public LazyRows<AccountRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }

    public String getInviteUsername() {
        return inviteUsername;
    }

    public void setInviteUsername(String inviteUsername) {
        this.inviteUsername = inviteUsername;
    }

    public String getInviteFullName() {
        return inviteFullName;
    }

    public void setInviteFullName(String inviteFullName) {
        this.inviteFullName = inviteFullName;
    }

    public String getInviteEmail() {
        return inviteEmail;
    }

    public void setInviteEmail(String inviteEmail) {
        this.inviteEmail = inviteEmail;
    }

    public Role getInviteRole() {
        return inviteRole;
    }

    public void setInviteRole(Role inviteRole) {
        this.inviteRole = inviteRole;
    }

    public AccountRow getRoleAccount() {
        return roleAccount;
    }

    public Role getNewRole() {
        return newRole;
    }

    public void setNewRole(Role newRole) {
        this.newRole = newRole;
    }
}

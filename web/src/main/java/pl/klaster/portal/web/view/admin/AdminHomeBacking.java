package pl.klaster.portal.web.view.admin;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.service.account.AccountService;

import java.util.Map;

/** {@code /admin/home.xhtml}: the administrator's starting point, with the accounts by role. */
@Named
@RequestScoped
public class AdminHomeBacking {

    @Inject
    private AccountService accounts;

    private Map<Role, Long> accountsByRole;

    @PostConstruct
    void load() {
        accountsByRole = accounts.countByRole();
    }

    public Map<Role, Long> getAccountsByRole() {
        return accountsByRole;
    }
}

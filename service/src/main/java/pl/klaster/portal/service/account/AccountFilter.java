package pl.klaster.portal.service.account;

import pl.klaster.portal.domain.account.Role;

import java.io.Serializable;

/** Filters of the account list: part of the user name, name or e-mail; a role; active or not (null = any). */
public record AccountFilter(String text, Role role, Boolean active) implements Serializable {

    public static AccountFilter none() {
        return new AccountFilter(null, null, null);
    }
}

package pl.klaster.portal.web.security;

import pl.klaster.portal.domain.account.Role;

/**
 * Where each role lands after signing in: the first page of its own area.
 */
public final class Homes {

    private Homes() {
    }

    public static String of(Role role) {
        return switch (role) {
            case MEMBER -> "/member/home.xhtml";
            case STAFF -> "/staff/home.xhtml";
            case MANAGEMENT -> "/reports/dashboard.xhtml";
            case ADMIN -> "/admin/home.xhtml";
        };
    }
}

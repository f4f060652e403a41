package pl.klaster.portal.domain.account;

/**
 * What a signed-in person may do. One role per account; the names are the security roles of the application
 * (web.xml constraints and {@code @RolesAllowed} on services use {@link Names}).
 */
public enum Role {
    /** An employee of a member company: the company's own portal. */
    MEMBER,
    /** Cluster office staff: members, projects, participation, outreach. */
    STAFF,
    /** The management board: dashboards and reports, read-only. */
    MANAGEMENT,
    /** The system administrator: accounts, roles, reference data, audit log; can also do what staff does. */
    ADMIN;

    /** Role names as compile-time constants, for annotations. */
    public static final class Names {
        public static final String MEMBER = "MEMBER";
        public static final String STAFF = "STAFF";
        public static final String MANAGEMENT = "MANAGEMENT";
        public static final String ADMIN = "ADMIN";

        private Names() {
        }
    }
}

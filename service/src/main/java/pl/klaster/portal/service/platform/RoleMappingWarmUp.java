package pl.klaster.portal.service.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Stateless;

import java.util.logging.Level;
import java.util.logging.Logger;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;

/**
 * Builds the application's role mapping once, on one thread, while the portal deploys, so that the first requests
 * a node serves cannot race over it.
 *
 * <p>Why: Payara 7.2026.11 builds a module's role mapping lazily, on the first authorization by role of each of its
 * two paths (the web container's and the EJB container's), and its {@code RoleMapper.checkAndAddMappings} is not
 * thread-safe. When a node's first page request by role and its first {@code @RolesAllowed} call come at the same
 * moment, one of them fails with {@code NullPointerException: Cannot read field "owner" because
 * "this.currentMapping" is null} and the person gets a 500. That is exactly what a surviving node sees when the
 * other one dies and both the browsers and the API clients move over at once ({@code .ci/two-nodes} caught it in one
 * run of three). One denied call to a {@code @RolesAllowed} method here, before any request, completes the mapping
 * ({@code currentMapping} ends as null), and every later first use returns at its null check.
 */
@Singleton
@Startup
public class RoleMappingWarmUp {

    private static final Logger LOG = Logger.getLogger(RoleMappingWarmUp.class.getName());

    @EJB
    private Probe probe;

    @PostConstruct
    void buildRoleMapping() {
        try {
            probe.allowedToNobodyAnonymous();
            LOG.warning("An anonymous call passed a @RolesAllowed check at start-up; check the security settings");
        } catch (EJBAccessException expected) {
            LOG.log(Level.FINE, "Role mapping built at start-up (the anonymous call was refused, as it should be)");
        }
    }

    /** A method only an administrator may call, called anonymously: the refusal is what builds the mapping. */
    @Stateless
    public static class Probe {

        @RolesAllowed(ADMIN)
        public void allowedToNobodyAnonymous() {
            // nothing: the container's authorization before it is the point
        }
    }
}

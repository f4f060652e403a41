package pl.klaster.portal.service.reference;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.CapabilityCategory;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;

import java.util.List;
import java.util.Locale;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/** Reference data every signed-in user reads, and the capability tags that staff extend. */
@Stateless
@Interceptors(StaleDataTranslation.class)
@RolesAllowed({MEMBER, STAFF, MANAGEMENT, ADMIN})
public class ReferenceDataService {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Checks checks;

    /** PKD codes whose code or name (either language) contains the text; at most {@code limit}, by code. */
    public List<PkdRow> findPkd(String text, int limit) {
        String t = "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%";
        return em.createQuery("SELECT new pl.klaster.portal.service.reference.PkdRow(p.code, p.namePl, p.nameEn, p.level)"
                        + " FROM PkdCode p WHERE LOWER(p.code) LIKE :t OR LOWER(p.namePl) LIKE :t OR LOWER(p.nameEn) LIKE :t"
                        + " ORDER BY p.code", PkdRow.class)
                .setParameter("t", t).setMaxResults(Math.max(1, Math.min(limit, 200))).getResultList();
    }

    public List<PkdRow> pkd(List<String> codes) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT new pl.klaster.portal.service.reference.PkdRow(p.code, p.namePl, p.nameEn, p.level)"
                + " FROM PkdCode p WHERE p.code IN :codes ORDER BY p.code", PkdRow.class).setParameter("codes", codes).getResultList();
    }

    /** Every capability tag, by category and name. */
    public List<CapabilityRow> capabilities() {
        return em.createQuery("SELECT new pl.klaster.portal.service.reference.CapabilityRow(c.id, c.name, c.category)"
                + " FROM Capability c ORDER BY c.category, c.name", CapabilityRow.class).getResultList();
    }

    /** Adds a capability tag (staff); a name that exists already, in any letter case, is refused. */
    @RolesAllowed({STAFF, ADMIN})
    public CapabilityRow addCapability(String name, CapabilityCategory category) {
        Capability capability = checks.valid(new Capability(name, category));
        long same = em.createQuery("SELECT COUNT(c) FROM Capability c WHERE LOWER(c.name) = :n", Long.class)
                .setParameter("n", capability.getName().toLowerCase(Locale.ROOT)).getSingleResult();
        if (same > 0) {
            throw BusinessException.onField("name", "capability.exists", capability.getName());
        }
        em.persist(capability);
        em.flush();
        audit.created(caller.username(), "Capability", capability.getId(), null,
                () -> java.util.Map.of("name", capability.getName(), "category", category.name()));
        return new CapabilityRow(capability.getId(), capability.getName(), capability.getCategory());
    }
}

package pl.klaster.portal.service.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/** Reading the audit trail (newest first, paged in the database). Read-only by design. */
@Stateless
public class AuditService {

    private static final String ROW = "SELECT new pl.klaster.portal.service.audit.AuditRow(e.occurredAt, e.actor,"
            + " e.entityType, e.entityId, e.action, e.field, e.oldValue, e.newValue) FROM AuditEntry e ";

    @PersistenceContext
    private EntityManager em;

    /** Everything recorded about a member, its contact persons and its accounts. */
    @RolesAllowed({STAFF, ADMIN})
    public Page<AuditRow> forMember(long memberId, PageRequest page) {
        long total = em.createQuery("SELECT COUNT(e) FROM AuditEntry e WHERE e.memberId = :m", Long.class)
                .setParameter("m", memberId).getSingleResult();
        var rows = em.createQuery(ROW + "WHERE e.memberId = :m ORDER BY e.occurredAt DESC, e.id DESC", AuditRow.class)
                .setParameter("m", memberId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return new Page<>(rows, total);
    }

    /** Everything recorded about an outreach activity, its registrations and their outcome reports. */
    @RolesAllowed({STAFF, ADMIN})
    public Page<AuditRow> forActivity(long activityId, PageRequest page) {
        String where = "WHERE (e.entityType = 'OutreachActivity' AND e.entityId = :a)"
                + " OR (e.entityType = 'Registration' AND e.entityId IN (SELECT g.id FROM Registration g WHERE g.activity.id = :a))"
                + " OR (e.entityType = 'OutcomeReport' AND e.entityId IN"
                + " (SELECT o.id FROM OutcomeReport o JOIN o.registration g WHERE g.activity.id = :a))";
        long total = em.createQuery("SELECT COUNT(e) FROM AuditEntry e " + where, Long.class)
                .setParameter("a", activityId).getSingleResult();
        var rows = em.createQuery(ROW + where + " ORDER BY e.occurredAt DESC, e.id DESC", AuditRow.class)
                .setParameter("a", activityId)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return new Page<>(rows, total);
    }

    /** The whole trail, for the administrator. */
    @RolesAllowed(ADMIN)
    public Page<AuditRow> all(PageRequest page) {
        long total = em.createQuery("SELECT COUNT(e) FROM AuditEntry e", Long.class).getSingleResult();
        var rows = em.createQuery(ROW + "ORDER BY e.occurredAt DESC, e.id DESC", AuditRow.class)
                .setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList();
        return new Page<>(rows, total);
    }
}

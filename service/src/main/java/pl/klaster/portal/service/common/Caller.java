package pl.klaster.portal.service.common;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import java.util.Objects;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Who is calling the service: the user name, the role, and for a member company's user its company. The
 * services ask here before they touch a member's data, so the own-company rule holds whatever page or API
 * asked. (An EJB so that it sees the caller's identity, run-as included.)
 */
@Stateless
@PermitAll
public class Caller {

    @Resource
    private SessionContext session;

    @PersistenceContext
    private EntityManager em;

    public String username() {
        return session.getCallerPrincipal().getName();
    }

    /** Cluster office staff or the administrator: may work on any member. */
    public boolean isStaff() {
        return session.isCallerInRole(STAFF) || session.isCallerInRole(ADMIN);
    }

    public boolean isAdmin() {
        return session.isCallerInRole(ADMIN);
    }

    public boolean isManagement() {
        return session.isCallerInRole(MANAGEMENT);
    }

    public boolean isMember() {
        return session.isCallerInRole(MEMBER);
    }

    /** The company of a MEMBER caller; null for every other caller. */
    public Long memberId() {
        if (!isMember()) {
            return null;
        }
        return em.createQuery("SELECT a.member.id FROM UserAccount a WHERE a.username = :u AND a.active = :yes", Long.class)
                .setParameter("u", username()).setParameter("yes", Boolean.TRUE)
                .getResultStream().findFirst().orElse(null);
    }

    /** The company of a MEMBER caller; refuses (as not found) every other caller. */
    public long requireOwnMemberId() {
        Long own = memberId();
        if (own == null) {
            throw new NotFoundException();
        }
        return own;
    }

    /** Staff may work on any member; a member company's user only on its own; anyone else on none. */
    public void requireStaffOrOwn(long memberId) {
        if (!isStaff() && !Objects.equals(memberId(), memberId)) {
            throw new NotFoundException();
        }
    }

    /** True when the caller is a company admin (main contact) of that member. */
    public boolean isCompanyAdminOf(long memberId) {
        if (!isMember()) {
            return false;
        }
        return em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.username = :u AND a.member.id = :m"
                        + " AND a.companyAdmin = :yes AND a.active = :yes", Long.class)
                .setParameter("u", username()).setParameter("m", memberId).setParameter("yes", Boolean.TRUE)
                .getSingleResult() > 0;
    }
}

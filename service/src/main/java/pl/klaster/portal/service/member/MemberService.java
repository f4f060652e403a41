package pl.klaster.portal.service.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.member.MemberStatus;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * The member registry as staff and management see it.
 */
@Stateless
public class MemberService {

    @PersistenceContext
    private EntityManager em;

    /** Members per membership status, every status present (zero where none), in one aggregate query. */
    @RolesAllowed({STAFF, MANAGEMENT, ADMIN})
    public Map<MemberStatus, Long> countByStatus() {
        Map<MemberStatus, Long> counts = new EnumMap<>(MemberStatus.class);
        for (MemberStatus status : MemberStatus.values()) {
            counts.put(status, 0L);
        }
        List<Object[]> rows = em.createQuery(
                "SELECT m.status, COUNT(m) FROM Member m GROUP BY m.status", Object[].class).getResultList();
        for (Object[] row : rows) {
            counts.put((MemberStatus) row[0], (Long) row[1]);
        }
        return counts;
    }
}

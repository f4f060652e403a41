package pl.klaster.portal.service.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.PkdCode;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * The member directory: the public profiles of active members, searchable by capability, PKD code and name,
 * with only the contact persons who agreed to appear. Nothing else of a member is shown here.
 */
@Stateless
@RolesAllowed({MEMBER, STAFF, MANAGEMENT, ADMIN})
public class DirectoryService {

    @PersistenceContext
    private EntityManager em;

    public Page<DirectoryRow> search(String text, Long capabilityId, String pkdCode, PageRequest page) {
        StringBuilder where = new StringBuilder("WHERE m.status = :active");
        Map<String, Object> params = new HashMap<>();
        params.put("active", MemberStatus.ACTIVE);
        if (text != null && !text.isBlank()) {
            where.append(" AND (LOWER(m.legalName) LIKE :t OR LOWER(m.shortName) LIKE :t OR LOWER(m.address.city) LIKE :t)");
            params.put("t", "%" + text.trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (capabilityId != null) {
            where.append(" AND EXISTS (SELECT c FROM Member m2 JOIN m2.capabilities c WHERE m2 = m AND c.id = :cap)");
            params.put("cap", capabilityId);
        }
        if (pkdCode != null && !pkdCode.isBlank()) {
            where.append(" AND EXISTS (SELECT p FROM Member m3 JOIN m3.pkdCodes p WHERE m3 = m AND p.code LIKE :pkd)");
            params.put("pkd", pkdCode.trim() + "%");
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(m) FROM Member m " + where, Long.class);
        TypedQuery<DirectoryRow> rows = em.createQuery("SELECT new pl.klaster.portal.service.member.DirectoryRow(m.id,"
                + " COALESCE(m.shortName, m.legalName), m.address.city, m.website, m.memberType, m.hasLogo) FROM Member m "
                + where + " ORDER BY COALESCE(m.shortName, m.legalName), m.id", DirectoryRow.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), count.getSingleResult());
    }

    /** One active member's public profile; any other member is "not found". */
    public DirectoryEntry entry(long memberId) {
        Member m = em.find(Member.class, memberId);
        if (m == null || m.getStatus() != MemberStatus.ACTIVE) {
            throw new NotFoundException();
        }
        List<DirectoryEntry.Person> persons = em.createQuery("SELECT new pl.klaster.portal.service.member.DirectoryEntry$Person("
                        + "c.firstName, c.lastName, c.jobTitle, c.email, c.phone) FROM ContactPerson c"
                        + " WHERE c.member.id = :m AND c.directoryConsent = :consent ORDER BY c.lastName, c.firstName", DirectoryEntry.Person.class)
                .setParameter("m", memberId).setParameter("consent", Boolean.TRUE).getResultList();
        return new DirectoryEntry(m.getId(), m.getDisplayName(), m.getLegalName(), m.getAddress().getCity(), m.getWebsite(),
                m.getDescriptionPl(), m.getDescriptionEn(), m.isHasLogo(),
                m.getCapabilities().stream().map(Capability::getName).sorted().toList(),
                m.getPkdCodes().stream().map(PkdCode::getCode).sorted().toList(),
                List.copyOf(new TreeSet<>(m.getExportMarkets())), persons);
    }
}

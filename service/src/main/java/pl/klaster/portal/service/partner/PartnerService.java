package pl.klaster.portal.service.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.klaster.portal.domain.partner.PartnerContact;
import pl.klaster.portal.domain.partner.PartnerOrganisation;
import pl.klaster.portal.domain.partner.PartnerType;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.reference.Countries;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Partner organisations: staff keep them (with the cluster's dated relation, contact persons and notes);
 * management reads them. Every change is in the audit trail.
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
public class PartnerService {

    public static final String ENTITY = "PartnerOrganisation";
    private static final String ROW = "SELECT new pl.klaster.portal.service.partner.PartnerRow(p.id, p.name, p.acronym, p.type,"
            + " p.countryCode, p.city, p.relation, p.relationSince, p.relationUntil) FROM PartnerOrganisation p ";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Caller caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private Checks checks;

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public Page<PartnerRow> search(String text, PartnerType type, String countryCode, PageRequest page) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            where.append(" AND (LOWER(p.name) LIKE :t OR LOWER(p.acronym) LIKE :t OR LOWER(p.city) LIKE :t)");
            params.put("t", "%" + text.trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (type != null) {
            where.append(" AND p.type = :type");
            params.put("type", type);
        }
        if (countryCode != null && !countryCode.isBlank()) {
            where.append(" AND p.countryCode = :country");
            params.put("country", countryCode);
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM PartnerOrganisation p " + where, Long.class);
        TypedQuery<PartnerRow> rows = em.createQuery(ROW + where + " ORDER BY p.name, p.id", PartnerRow.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), count.getSingleResult());
    }

    /** All partner organisations by name, for pickers (a cluster keeps tens to hundreds of them). */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public List<PartnerRow> all() {
        return em.createQuery(ROW + "ORDER BY p.name, p.id", PartnerRow.class).getResultList();
    }

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public PartnerOrganisation get(long id) {
        PartnerOrganisation partner = em.find(PartnerOrganisation.class, id);
        if (partner == null) {
            throw new NotFoundException();
        }
        em.detach(partner);
        return partner;
    }

    @RolesAllowed({STAFF, ADMIN})
    public PartnerOrganisation save(PartnerOrganisation form) {
        if (!Countries.isKnown(form.getCountryCode())) {
            throw BusinessException.onField("countryCode", "address.country.invalid");
        }
        checks.valid(form);
        if (form.getId() == null) {
            em.persist(form);
            em.flush();
            audit.created(caller.username(), ENTITY, form.getId(), null, form);
            return form;
        }
        PartnerOrganisation partner = em.find(PartnerOrganisation.class, form.getId());
        if (partner == null) {
            throw new NotFoundException();
        }
        if (partner.getVersion() != form.getVersion()) {
            throw new StaleDataException();
        }
        Map<String, String> before = partner.auditState();
        partner.setName(form.getName());
        partner.setAcronym(form.getAcronym());
        partner.setType(form.getType());
        partner.setCountryCode(form.getCountryCode());
        partner.setCity(form.getCity());
        partner.setWebsite(form.getWebsite());
        partner.setRelation(form.getRelation());
        partner.setRelationSince(form.getRelationSince());
        partner.setRelationUntil(form.getRelationUntil());
        partner.setNotes(form.getNotes());
        audit.changed(caller.username(), ENTITY, partner.getId(), null, before, partner.auditState());
        return partner;
    }

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public List<PartnerContact> contacts(long partnerId) {
        List<PartnerContact> contacts = em.createQuery("SELECT c FROM PartnerContact c WHERE c.partner.id = :p ORDER BY c.fullName",
                PartnerContact.class).setParameter("p", partnerId).getResultList();
        contacts.forEach(c -> {
            c.getPartner().getId();
            em.detach(c);
        });
        return contacts;
    }

    @RolesAllowed({STAFF, ADMIN})
    public PartnerContact newContact(long partnerId) {
        PartnerOrganisation partner = em.find(PartnerOrganisation.class, partnerId);
        if (partner == null) {
            throw new NotFoundException();
        }
        return new PartnerContact(partner);
    }

    @RolesAllowed({STAFF, ADMIN})
    public PartnerContact saveContact(PartnerContact form) {
        checks.valid(form);
        long partnerId = form.getPartner().getId();
        if (form.getId() == null) {
            PartnerContact contact = new PartnerContact(em.find(PartnerOrganisation.class, partnerId));
            copy(form, contact);
            em.persist(contact);
            em.flush();
            audit.event(caller.username(), "PartnerContact", contact.getId(), null, AuditTrail.CREATE, contact.getFullName());
            return contact;
        }
        PartnerContact contact = em.find(PartnerContact.class, form.getId());
        if (contact == null || contact.getPartner().getId() != partnerId) {
            throw new NotFoundException();
        }
        if (contact.getVersion() != form.getVersion()) {
            throw new StaleDataException();
        }
        copy(form, contact);
        audit.event(caller.username(), "PartnerContact", contact.getId(), null, AuditTrail.UPDATE, contact.getFullName());
        return contact;
    }

    @RolesAllowed({STAFF, ADMIN})
    public void removeContact(long contactId) {
        PartnerContact contact = em.find(PartnerContact.class, contactId);
        if (contact == null) {
            throw new NotFoundException();
        }
        audit.event(caller.username(), "PartnerContact", contactId, null, AuditTrail.DELETE, contact.getFullName());
        em.remove(contact);
    }

    private static void copy(PartnerContact from, PartnerContact to) {
        to.setFullName(from.getFullName());
        to.setJobTitle(from.getJobTitle());
        to.setEmail(from.getEmail());
        to.setPhone(from.getPhone());
    }
}

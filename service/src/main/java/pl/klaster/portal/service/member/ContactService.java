package pl.klaster.portal.service.member;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.interceptor.Interceptors;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.StaleDataException;

import java.util.List;
import java.util.Map;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Contact persons of a member company. Staff keep any company's; a member company's users keep their own.
 * A person with a portal account cannot be removed (deactivate the account instead); an anonymised person
 * is no longer edited (see {@code PersonDataService}).
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
public class ContactService {

    public static final String ENTITY = "ContactPerson";
    private static final String ROW = "SELECT new pl.klaster.portal.service.member.ContactRow(c.id, c.member.id,"
            + " c.firstName, c.lastName, c.jobTitle, c.email, c.phone, c.directoryConsent, c.directoryConsentAt,"
            + " c.version, a.id, a.active, a.activatedAt, c.anonymisedAt)"
            + " FROM ContactPerson c LEFT JOIN UserAccount a ON a.contactPerson = c ";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Checks checks;

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public List<ContactRow> contactsOf(long memberId) {
        if (!caller.isManagement()) {
            caller.requireStaffOrOwn(memberId);
        }
        return em.createQuery(ROW + "WHERE c.member.id = :m ORDER BY c.lastName, c.firstName, c.id", ContactRow.class)
                .setParameter("m", memberId).getResultList();
    }

    /** A contact person to edit (a detached copy). */
    @RolesAllowed({STAFF, ADMIN, MEMBER})
    public ContactPerson get(long contactId) {
        ContactPerson contact = find(contactId);
        contact.getMember().getLegalName();
        em.detach(contact);
        return contact;
    }

    /** A new contact person of the member, not yet saved (to start a form from). */
    @RolesAllowed({STAFF, ADMIN, MEMBER})
    public ContactPerson newContact(long memberId) {
        caller.requireStaffOrOwn(memberId);
        Member member = em.find(Member.class, memberId);
        if (member == null) {
            throw new NotFoundException();
        }
        return new ContactPerson(member);
    }

    /** Adds or saves a contact person. */
    @RolesAllowed({STAFF, ADMIN, MEMBER})
    public ContactPerson save(ContactPerson form) {
        long memberId = form.getMember().getId();
        caller.requireStaffOrOwn(memberId);
        checks.valid(form);
        if (form.getId() == null) {
            ContactPerson contact = new ContactPerson(em.find(Member.class, memberId));
            copy(form, contact);
            em.persist(contact);
            em.flush();
            audit.created(caller.username(), ENTITY, contact.getId(), memberId, contact);
            return contact;
        }
        ContactPerson contact = find(form.getId());
        if (contact.getMember().getId() != memberId) {
            throw new NotFoundException();
        }
        if (contact.getVersion() != form.getVersion()) {
            throw new StaleDataException();
        }
        if (contact.isAnonymised()) {
            throw new BusinessException("privacy.anonymised.readOnly");
        }
        Map<String, String> before = contact.auditState();
        copy(form, contact);
        audit.changed(caller.username(), ENTITY, contact.getId(), memberId, before, contact.auditState());
        return contact;
    }

    @RolesAllowed({STAFF, ADMIN, MEMBER})
    public void remove(long contactId, long version) {
        ContactPerson contact = find(contactId);
        if (contact.getVersion() != version) {
            throw new StaleDataException();
        }
        long accounts = em.createQuery("SELECT COUNT(a) FROM UserAccount a WHERE a.contactPerson = :c", Long.class)
                .setParameter("c", contact).getSingleResult();
        if (accounts > 0) {
            throw new BusinessException("contact.remove.hasAccount", contact.getFullName());
        }
        audit.event(caller.username(), ENTITY, contact.getId(), contact.getMember().getId(), AuditTrail.DELETE, contact.getFullName());
        em.remove(contact);
    }

    private ContactPerson find(long contactId) {
        ContactPerson contact = em.find(ContactPerson.class, contactId);
        if (contact == null) {
            throw new NotFoundException();
        }
        caller.requireStaffOrOwn(contact.getMember().getId());
        return contact;
    }

    private static void copy(ContactPerson from, ContactPerson to) {
        to.setFirstName(from.getFirstName());
        to.setLastName(from.getLastName());
        to.setJobTitle(from.getJobTitle());
        to.setEmail(from.getEmail());
        to.setPhone(from.getPhone());
        to.setDirectoryConsent(from.isDirectoryConsent());
    }
}

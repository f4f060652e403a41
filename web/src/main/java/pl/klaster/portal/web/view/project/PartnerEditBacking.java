package pl.klaster.portal.web.view.project;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.partner.PartnerContact;
import pl.klaster.portal.domain.partner.PartnerOrganisation;
import pl.klaster.portal.service.partner.PartnerService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/** {@code /staff/partner.xhtml[?id=]}: a partner organisation's data, relation and contact persons. */
@Named
@ViewScoped
public class PartnerEditBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("name", "form:name", "acronym", "form:acronym", "type", "form:type",
            "countryCode", "form:country", "city", "form:city", "website", "form:website", "relationDatesInOrder", "form:until",
            "notes", "form:notes");

    @Inject
    private PartnerService partners;
    @Inject
    private ServiceCalls calls;

    private Long id;
    private PartnerOrganisation partner;
    private List<PartnerContact> contacts = List.of();
    private PartnerContact contact;

    public void load() {
        if (id == null) {
            partner = new PartnerOrganisation();
            partner.setCountryCode("DE");
            return;
        }
        partner = calls.get(() -> partners.get(id), Map.of());
        if (partner != null) {
            contacts = partners.contacts(id);
        }
    }

    public String save() {
        boolean creating = partner.getId() == null;
        PartnerOrganisation saved = calls.get(() -> partners.save(partner), FIELDS);
        if (saved == null) {
            return null;
        }
        FacesTexts.info(creating ? "partner.created" : "partner.saved");
        FacesTexts.keepForRedirect();
        return "/staff/partner?faces-redirect=true&id=" + saved.getId();
    }

    public void newContact() {
        contact = partners.newContact(partner.getId());
    }

    public void editContact(PartnerContact existing) {
        contact = existing;
    }

    public void saveContact() {
        if (calls.get(() -> partners.saveContact(contact), Map.of("fullName", "partnerContactForm:fullName",
                "email", "partnerContactForm:email", "phone", "partnerContactForm:phone")) != null) {
            FacesTexts.info("contact.saved");
            contacts = partners.contacts(partner.getId());
            contact = null;
        }
    }

    public void removeContact(PartnerContact existing) {
        if (calls.run(() -> partners.removeContact(existing.getId()), Map.of())) {
            FacesTexts.info("contact.removed");
            contacts = partners.contacts(partner.getId());
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public PartnerOrganisation getPartner() {
        return partner;
    }

    public List<PartnerContact> getContacts() {
        return contacts;
    }

    public PartnerContact getContact() {
        return contact;
    }
}

package pl.klaster.portal.web.view.member;

import pl.klaster.portal.web.faces.RequestMemo;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.event.FileUploadEvent;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.service.account.AccountRow;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.member.CompanyProfile;
import pl.klaster.portal.service.member.ContactRow;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.member.LogoService;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.reference.CapabilityRow;
import pl.klaster.portal.service.reference.ReferenceDataService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;
import pl.klaster.portal.web.security.CurrentUser;
import pl.klaster.portal.web.view.ContactForm;
import pl.klaster.portal.web.view.MemberForm;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code /member/company.xhtml}: "My company". Everyone of the company sees the full profile and keeps its
 * contact data, descriptions, capabilities, export markets, logo and contact persons; legal identifiers, name,
 * type, size and status are read-only. The company's main contact also invites and deactivates its users.
 */
@Named
@ViewScoped
public class CompanyBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private MemberService members;
    @Inject
    private ContactService contacts;
    @Inject
    private AccountService accounts;
    @Inject
    private LogoService logos;
    @Inject
    private ReferenceDataService reference;
    @Inject
    private ServiceCalls calls;
    @Inject
    private CurrentUser currentUser;

    private Member member;
    private CompanyProfile profile;
    private List<String> exportMarkets = new ArrayList<>();
    private List<ContactRow> contactRows;
    private List<AccountRow> accountRows;
    private ContactPerson contact;
    private boolean editing;
    private boolean stale;

    public void load() {
        member = members.ownCompany();
        profile = CompanyProfile.of(member);
        exportMarkets = new ArrayList<>(profile.getExportMarkets());
        contactRows = contacts.contactsOf(member.getId());
        accountRows = accounts.accountsOfMember(member.getId());
        stale = false;
    }

    public void edit() {
        editing = true;
    }

    public void cancel() {
        editing = false;
        load();
    }

    public void save() {
        profile.setExportMarkets(new java.util.TreeSet<>(exportMarkets));
        Member saved = calls.get(() -> members.updateOwnProfile(profile), MemberForm.FIELDS);
        if (saved != null) {
            FacesTexts.info("member.saved");
            editing = false;
            load();
        } else {
            stale = FacesTexts.hasMessage("common.stale");
        }
    }

    public void uploadLogo(FileUploadEvent event) {
        byte[] data = event.getFile().getContent();
        if (calls.run(() -> logos.upload(member.getId(), data), Map.of("logo", "logoForm:logo"))) {
            FacesTexts.info("member.logo.saved");
            load();
        }
    }

    // ---- contacts ----

    public void newContact() {
        contact = contacts.newContact(member.getId());
    }

    public void editContact(long contactId) {
        contact = calls.get(() -> contacts.get(contactId), Map.of());
    }

    public void saveContact() {
        if (calls.run(() -> contacts.save(contact), ContactForm.FIELDS)) {
            FacesTexts.info("contact.saved");
            contact = null;
            load();
        }
    }

    public void removeContact(ContactRow row) {
        if (calls.run(() -> contacts.remove(row.id(), row.version()), Map.of())) {
            FacesTexts.info("contact.removed");
            load();
        }
    }

    // ---- the company's users (main contact only; the service checks it too) ----

    public boolean isCompanyAdmin() {
        return currentUser.getAccount() != null && currentUser.getAccount().companyAdmin();
    }

    public void invite(ContactRow row) {
        AccountRow invited = calls.get(() -> accounts.inviteContact(row.id()), Map.of());
        if (invited != null) {
            FacesTexts.info("account.invite.sent", invited.email());
            load();
        }
    }

    public void resend(AccountRow row) {
        if (calls.run(() -> accounts.resendInvitation(row.id()), Map.of())) {
            FacesTexts.info("account.invite.sent", row.email());
        }
    }

    public void toggleActive(AccountRow row) {
        if (calls.run(() -> accounts.setActive(row.id(), row.version(), !row.active()), Map.of())) {
            FacesTexts.info(row.active() ? "account.deactivated" : "account.reactivated", row.username());
            load();
        }
    }

    public boolean isSelf(AccountRow row) {
        return currentUser.getAccount() != null && row.username().equals(currentUser.getAccount().username());
    }

    public Member getMember() {
        return member;
    }

    public CompanyProfile getProfile() {
        return profile;
    }

    public List<String> getExportMarkets() {
        return exportMarkets;
    }

    public void setExportMarkets(List<String> exportMarkets) {
        this.exportMarkets = exportMarkets;
    }

    public List<CapabilityRow> getCapabilities() {
        return RequestMemo.of(RequestMemo.class, "capabilities", reference::capabilities); // options, not state
    }

    public List<ContactRow> getContactRows() {
        return contactRows;
    }

    public List<AccountRow> getAccountRows() {
        return accountRows;
    }

    public ContactPerson getContact() {
        return contact;
    }

    public boolean isEditing() {
        return editing;
    }

    public boolean isStale() {
        return stale;
    }
}

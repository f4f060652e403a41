package pl.klaster.portal.web.view.staff;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MembershipLifecycle;
import pl.klaster.portal.service.account.AccountRow;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.audit.AuditRow;
import pl.klaster.portal.service.audit.AuditService;
import pl.klaster.portal.service.fee.FeeRow;
import pl.klaster.portal.service.fee.FeeService;
import pl.klaster.portal.service.fee.PaymentRow;
import pl.klaster.portal.service.member.ContactRow;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.member.HistoryRow;
import pl.klaster.portal.service.member.MemberOption;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.privacy.PersonDataService;
import pl.klaster.portal.web.faces.LazyRows;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.view.ContactForm;
import pl.klaster.portal.web.i18n.FacesTexts;
import pl.klaster.portal.web.security.CurrentUser;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code /staff/member.xhtml?id=}: one member for the office: profile, contact persons (with invitations to the
 * portal, and for ADMIN the personal-data export and anonymisation), history with the lifecycle actions, fees and
 * payments, accounts, and the audit trail.
 */
@Named
@ViewScoped
public class MemberBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private MemberService members;
    @Inject
    private ContactService contacts;
    @Inject
    private FeeService fees;
    @Inject
    private AccountService accounts;
    @Inject
    private AuditService auditService;
    @Inject
    private PersonDataService personData;
    @Inject
    private ServiceCalls calls;
    @Inject
    private CurrentUser currentUser;

    private Long id;
    private Member member;
    private List<HistoryRow> history;
    private List<ContactRow> contactRows;
    private List<FeeRow> feeRows;
    private List<PaymentRow> paymentRows;
    private List<AccountRow> accountRows;
    private LazyRows<AuditRow> audit;

    private MemberStatus targetStatus;
    private LocalDate statusDate;
    private String statusReason;

    private LocalDate resolutionOn;
    private MemberOption recommender1;
    private MemberOption recommender2;
    private String admissionReason;

    private ContactPerson contact;
    private ContactRow anonymiseTarget;
    private String anonymiseReason;

    private FeeRow paymentFee;
    private LocalDate paymentDate;
    private BigDecimal paymentAmount;
    private String paymentNote;

    private Integer dueYear;
    private BigDecimal dueAmount;

    /** View action: loads the member, or answers 404 when there is none. */
    public void load() {
        if (id == null) {
            ServiceCalls.notFound();
            return;
        }
        member = calls.get(() -> members.get(id), Map.of());
        if (member == null) {
            return;
        }
        long memberId = id;
        history = members.history(memberId);
        contactRows = contacts.contactsOf(memberId);
        feeRows = fees.feesOf(memberId);
        paymentRows = fees.paymentsOf(memberId);
        accountRows = accounts.accountsOfMember(memberId);
        if (audit == null) {
            audit = new LazyRows<>(request -> auditService.forMember(memberId, request), row -> row.occurredAt().toString() + row.field());
        } else {
            audit.reset();
        }
        statusDate = LocalDate.now();
        resolutionOn = LocalDate.now();
        dueYear = LocalDate.now().getYear();
    }

    private void reload() {
        load();
    }

    // ---- lifecycle ----

    public Set<MemberStatus> getNextStatuses() {
        Set<MemberStatus> next = MembershipLifecycle.next(member.getStatus());
        next.removeIf(s -> MembershipLifecycle.isAdmission(member.getStatus(), s));
        return next;
    }

    public boolean isApplicant() {
        return member.getStatus() == MemberStatus.APPLIED;
    }

    public void changeStatus() {
        if (calls.run(() -> members.changeStatus(id, member.getVersion(), targetStatus, statusDate, statusReason),
                Map.of("status", "statusForm:target", "effectiveOn", "statusForm:date", "reason", "statusForm:reason"))) {
            FacesTexts.info("member.status.changed");
            statusReason = null;
            reload();
        }
    }

    public List<MemberOption> completeRecommender(String text) {
        return members.findActive(text, 15).stream().filter(o -> o.id() != id).toList();
    }

    public void admit() {
        if (calls.run(() -> members.admit(id, member.getVersion(), resolutionOn,
                        recommender1 == null ? null : recommender1.id(), recommender2 == null ? null : recommender2.id(), admissionReason),
                Map.of("resolutionOn", "admitForm:resolutionOn", "recommenders", "admitForm:recommender1", "reason", "admitForm:reason",
                        "status", "admitForm:resolutionOn"))) {
            FacesTexts.info("member.admit.done");
            reload();
        }
    }

    // ---- contacts ----

    public void newContact() {
        contact = contacts.newContact(id);
    }

    public void editContact(long contactId) {
        contact = calls.get(() -> contacts.get(contactId), Map.of());
    }

    public void saveContact() {
        if (calls.run(() -> contacts.save(contact), ContactForm.FIELDS)) {
            FacesTexts.info("contact.saved");
            contact = null;
            reload();
        }
    }

    public void removeContact(ContactRow row) {
        if (calls.run(() -> contacts.remove(row.id(), row.version()), Map.of())) {
            FacesTexts.info("contact.removed");
            reload();
        }
    }

    public void invite(ContactRow row) {
        AccountRow invited = calls.get(() -> accounts.inviteContact(row.id()), Map.of());
        if (invited != null) {
            FacesTexts.info("account.invite.sent", invited.email());
            reload();
        }
    }

    // ---- personal data (ADMIN) ----

    public void startAnonymise(ContactRow row) {
        anonymiseTarget = row;
        anonymiseReason = null;
    }

    public void anonymise() {
        if (calls.run(() -> personData.anonymise(anonymiseTarget.id(), anonymiseTarget.version(), anonymiseReason),
                Map.of("reason", "anonymiseForm:reason"))) {
            FacesTexts.info("privacy.anonymise.done");
            anonymiseTarget = null;
            anonymiseReason = null;
            reload();
        }
    }

    public void resendInvitation(AccountRow row) {
        if (calls.run(() -> accounts.resendInvitation(row.id()), Map.of())) {
            FacesTexts.info("account.invite.sent", row.email());
        }
    }

    public void toggleCompanyAdmin(AccountRow row) {
        if (calls.run(() -> accounts.setCompanyAdmin(row.id(), row.version(), !row.companyAdmin()), Map.of())) {
            reload();
        }
    }

    public void toggleActive(AccountRow row) {
        if (calls.run(() -> accounts.setActive(row.id(), row.version(), !row.active()), Map.of())) {
            FacesTexts.info(row.active() ? "account.deactivated" : "account.reactivated", row.username());
            reload();
        }
    }

    public boolean isAdmin() {
        return currentUser.hasRole("ADMIN");
    }

    // ---- fees ----

    public void startPayment(FeeRow fee) {
        paymentFee = fee;
        paymentDate = LocalDate.now();
        paymentAmount = fee.outstanding();
        paymentNote = null;
    }

    public void recordPayment() {
        if (calls.run(() -> fees.recordPayment(paymentFee.id(), paymentFee.version(), paymentDate, paymentAmount, paymentNote),
                Map.of("paidOn", "paymentForm:paidOn", "amount", "paymentForm:amount", "note", "paymentForm:note"))) {
            FacesTexts.info("fee.payment.recorded");
            reload();
        }
    }

    public void setDue() {
        if (calls.run(() -> fees.setDue(id, dueYear, dueAmount, null),
                Map.of("year", "dueForm:year", "amountDue", "dueForm:amount"))) {
            FacesTexts.info("fee.due.saved");
            dueAmount = null;
            reload();
        }
    }

    // ---- accessors ----

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Member getMember() {
        return member;
    }

    public List<HistoryRow> getHistory() {
        return history;
    }

    public List<ContactRow> getContactRows() {
        return contactRows;
    }

    public List<FeeRow> getFeeRows() {
        return feeRows;
    }

    public List<PaymentRow> getPaymentRows() {
        return paymentRows;
    }

    public List<AccountRow> getAccountRows() {
        return accountRows;
    }

    public LazyRows<AuditRow> getAudit() {
        return audit;
    }

    public MemberStatus getTargetStatus() {
        return targetStatus;
    }

    public void setTargetStatus(MemberStatus targetStatus) {
        this.targetStatus = targetStatus;
    }

    public LocalDate getStatusDate() {
        return statusDate;
    }

    public void setStatusDate(LocalDate statusDate) {
        this.statusDate = statusDate;
    }

    public String getStatusReason() {
        return statusReason;
    }

    public void setStatusReason(String statusReason) {
        this.statusReason = statusReason;
    }

    public LocalDate getResolutionOn() {
        return resolutionOn;
    }

    public void setResolutionOn(LocalDate resolutionOn) {
        this.resolutionOn = resolutionOn;
    }

    public MemberOption getRecommender1() {
        return recommender1;
    }

    public void setRecommender1(MemberOption recommender1) {
        this.recommender1 = recommender1;
    }

    public MemberOption getRecommender2() {
        return recommender2;
    }

    public void setRecommender2(MemberOption recommender2) {
        this.recommender2 = recommender2;
    }

    public String getAdmissionReason() {
        return admissionReason;
    }

    public void setAdmissionReason(String admissionReason) {
        this.admissionReason = admissionReason;
    }

    public ContactPerson getContact() {
        return contact;
    }

    public ContactRow getAnonymiseTarget() {
        return anonymiseTarget;
    }

    public String getAnonymiseReason() {
        return anonymiseReason;
    }

    public void setAnonymiseReason(String anonymiseReason) {
        this.anonymiseReason = anonymiseReason;
    }

    public FeeRow getPaymentFee() {
        return paymentFee;
    }

    public LocalDate getPaymentDate() {
        return paymentDate;
    }

    public void setPaymentDate(LocalDate paymentDate) {
        this.paymentDate = paymentDate;
    }

    public BigDecimal getPaymentAmount() {
        return paymentAmount;
    }

    public void setPaymentAmount(BigDecimal paymentAmount) {
        this.paymentAmount = paymentAmount;
    }

    public String getPaymentNote() {
        return paymentNote;
    }

    public void setPaymentNote(String paymentNote) {
        this.paymentNote = paymentNote;
    }

    public Integer getDueYear() {
        return dueYear;
    }

    public void setDueYear(Integer dueYear) {
        this.dueYear = dueYear;
    }

    public BigDecimal getDueAmount() {
        return dueAmount;
    }

    public void setDueAmount(BigDecimal dueAmount) {
        this.dueAmount = dueAmount;
    }
}

package pl.klaster.portal.domain.outreach;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.common.Money;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What came of an activity for a member: B2B meetings held, contacts made, leads, agreements signed, the
 * estimated export value (exact, PLN or EUR), and the countries concerned. One per registration; the member
 * may edit it later.
 */
@Entity
@Table(name = "outcome_report")
public class OutcomeReport extends BaseEntity implements Auditable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_COUNT = 100000;

    @Id
    @SequenceGenerator(name = "outcome_report_seq", sequenceName = "outcome_report_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outcome_report_seq")
    private Long id;

    @OneToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "registration_id", nullable = false, updatable = false, unique = true)
    private Registration registration;

    @Min(value = 0, message = "{validation.notNegative}")
    @Max(value = MAX_COUNT, message = "{validation.tooLarge}")
    @Column(name = "b2b_meetings", nullable = false)
    private int b2bMeetings;

    @Min(value = 0, message = "{validation.notNegative}")
    @Max(value = MAX_COUNT, message = "{validation.tooLarge}")
    @Column(name = "contacts_made", nullable = false)
    private int contactsMade;

    @Min(value = 0, message = "{validation.notNegative}")
    @Max(value = MAX_COUNT, message = "{validation.tooLarge}")
    @Column(name = "leads", nullable = false)
    private int leads;

    @Min(value = 0, message = "{validation.notNegative}")
    @Max(value = MAX_COUNT, message = "{validation.tooLarge}")
    @Column(name = "agreements", nullable = false)
    private int agreements;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "export_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "export_currency", length = 3))})
    private Money exportValue = new Money();

    @ElementCollection
    @CollectionTable(name = "outcome_country", joinColumns = @JoinColumn(name = "outcome_id"))
    @Column(name = "country_code", length = 2)
    private Set<String> countries = new TreeSet<>();

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    @Column(name = "notes", length = Lengths.DESCRIPTION)
    private String notes;

    @Column(name = "reported_by", nullable = false, length = 64)
    private String reportedBy;

    @Column(name = "reported_at", nullable = false)
    private OffsetDateTime reportedAt;

    public OutcomeReport() {
    }

    public OutcomeReport(Registration registration) {
        this.registration = registration;
    }

    @AssertTrue(message = "{outcome.export.invalid}")
    public boolean isExportValueValid() {
        return exportValue == null || exportValue.isEmpty() || (Money.CURRENCIES.contains(exportValue.getCurrency()) && exportValue.getAmount().signum() >= 0);
    }

    public void reported(String by) {
        this.reportedBy = by;
        this.reportedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("b2bMeetings", String.valueOf(b2bMeetings));
        s.put("contactsMade", String.valueOf(contactsMade));
        s.put("leads", String.valueOf(leads));
        s.put("agreements", String.valueOf(agreements));
        s.put("exportValue", exportValue.toString());
        s.put("countries", String.join(", ", new TreeSet<>(countries)));
        s.put("notes", notes);
        return s;
    }

    @Override
    public Long getId() {
        return id;
    }

    public Registration getRegistration() {
        return registration;
    }

    public int getB2bMeetings() {
        return b2bMeetings;
    }

    public void setB2bMeetings(int b2bMeetings) {
        this.b2bMeetings = b2bMeetings;
    }

    public int getContactsMade() {
        return contactsMade;
    }

    public void setContactsMade(int contactsMade) {
        this.contactsMade = contactsMade;
    }

    public int getLeads() {
        return leads;
    }

    public void setLeads(int leads) {
        this.leads = leads;
    }

    public int getAgreements() {
        return agreements;
    }

    public void setAgreements(int agreements) {
        this.agreements = agreements;
    }

    public Money getExportValue() {
        return exportValue;
    }

    public void setExportValue(Money exportValue) {
        this.exportValue = exportValue == null ? new Money() : exportValue;
    }

    public Set<String> getCountries() {
        return countries;
    }

    public void setCountries(Set<String> countries) {
        this.countries = countries;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes == null || notes.isBlank() ? null : notes.trim();
    }

    public String getReportedBy() {
        return reportedBy;
    }

    public OffsetDateTime getReportedAt() {
        return reportedAt;
    }
}

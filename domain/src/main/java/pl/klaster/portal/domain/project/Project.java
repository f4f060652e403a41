package pl.klaster.portal.domain.project;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.PkdCode;
import pl.klaster.portal.domain.partner.PartnerOrganisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project the cluster runs (as leader) or joins (as partner) with external or own funds.
 * <p>
 * Rules: the end date is not before the start date; the cluster's share is in the budget's currency and not
 * above the budget; money is exact (two decimals, PLN or EUR). The lead organisation is the cluster itself
 * (none given) or a partner organisation. Staff open a project for applications (with a deadline and an
 * optional maximum number of participants) and close it. The status changes through the service, each change
 * recorded with its date. Members see only projects open for applications and those they take part in.
 */
@Entity
@Table(name = "project")
public class Project extends BaseEntity implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "project_seq", sequenceName = "project_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "project_seq")
    private Long id;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.TITLE, message = "{validation.tooLong}")
    @Column(name = "title_pl", nullable = false, length = Lengths.TITLE)
    private String titlePl;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.TITLE, message = "{validation.tooLong}")
    @Column(name = "title_en", nullable = false, length = Lengths.TITLE)
    private String titleEn;

    @Size(max = 40, message = "{validation.tooLong}")
    @Column(name = "acronym", length = 40)
    private String acronym;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 30)
    private ProjectKind kind;

    @NotNull(message = "{validation.required}")
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "programme_id", nullable = false)
    private Programme programme;

    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "call_number", length = 100)
    private String callNumber;

    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "grant_number", length = 100)
    private String grantNumber;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "cluster_role", nullable = false, length = 10)
    private ClusterRole clusterRole;

    /** The lead organisation when it is not the cluster itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "lead_partner_id")
    private PartnerOrganisation leadPartner;

    @NotNull(message = "{validation.required}")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "end_date")
    private LocalDate endDate;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ProjectStatus status = ProjectStatus.PLANNED;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "budget_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "budget_currency", length = 3))})
    private Money totalBudget = new Money();

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "share_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "share_currency", length = 3))})
    private Money clusterShare = new Money();

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    @Column(name = "objectives", length = Lengths.DESCRIPTION)
    private String objectives;

    @Column(name = "applications_open", nullable = false)
    private boolean applicationsOpen;

    @Column(name = "application_deadline")
    private LocalDate applicationDeadline;

    @Min(value = 1, message = "{validation.positive}")
    @Max(value = 10000, message = "{validation.tooLarge}")
    @Column(name = "max_participants")
    private Integer maxParticipants;

    @Valid
    @ElementCollection
    @CollectionTable(name = "project_indicator", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    private List<Indicator> indicators = new ArrayList<>();

    @ManyToMany
    @JoinTable(name = "project_capability", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "capability_id"))
    @OrderBy("name")
    private Set<Capability> requiredCapabilities = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "project_pkd", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "pkd_code"))
    @OrderBy("code")
    private Set<PkdCode> requiredPkdCodes = new LinkedHashSet<>();

    /** Consortium partners from outside the cluster. */
    @ManyToMany
    @JoinTable(name = "project_partner_organisation", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "partner_id"))
    @OrderBy("name")
    private Set<PartnerOrganisation> partnerOrganisations = new LinkedHashSet<>();

    /** Consortium partners that are members of the cluster (named in the grant agreement). */
    @ManyToMany
    @JoinTable(name = "project_consortium_member", joinColumns = @JoinColumn(name = "project_id"),
            inverseJoinColumns = @JoinColumn(name = "member_id"))
    @OrderBy("legalName")
    private Set<Member> consortiumMembers = new LinkedHashSet<>();

    @AssertTrue(message = "{validation.dateOrder}")
    public boolean isEndNotBeforeStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "{project.currency.invalid}")
    public boolean isCurrencyKnown() {
        return (totalBudget.isEmpty() || Money.CURRENCIES.contains(totalBudget.getCurrency()))
                && (clusterShare.isEmpty() || Money.CURRENCIES.contains(clusterShare.getCurrency()));
    }

    @AssertTrue(message = "{project.share.aboveBudget}")
    public boolean isShareWithinBudget() {
        if (clusterShare.isEmpty()) {
            return true;
        }
        if (totalBudget.isEmpty()) {
            return false;
        }
        return clusterShare.getCurrency() != null && clusterShare.getCurrency().equals(totalBudget.getCurrency())
                && clusterShare.getAmount().compareTo(totalBudget.getAmount()) <= 0;
    }

    @AssertTrue(message = "{validation.notNegative}")
    public boolean isMoneyNotNegative() {
        return (totalBudget.isEmpty() || totalBudget.getAmount().signum() >= 0)
                && (clusterShare.isEmpty() || clusterShare.getAmount().signum() >= 0);
    }

    @AssertTrue(message = "{project.applications.deadlineRequired}")
    public boolean isDeadlineGivenWhenOpen() {
        return !applicationsOpen || applicationDeadline != null;
    }

    /** The title in the page's language. */
    public String title(String language) {
        return "en".equals(language) ? titleEn : titlePl;
    }

    /** Open for applications today: opened by staff and the deadline not passed. */
    public boolean acceptsApplications(LocalDate today) {
        return applicationsOpen && applicationDeadline != null && !today.isAfter(applicationDeadline);
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("titlePl", titlePl);
        s.put("titleEn", titleEn);
        s.put("acronym", acronym);
        s.put("kind", kind == null ? null : kind.name());
        s.put("programme", programme == null ? null : programme.getName());
        s.put("callNumber", callNumber);
        s.put("grantNumber", grantNumber);
        s.put("clusterRole", clusterRole == null ? null : clusterRole.name());
        s.put("leadPartner", leadPartner == null ? null : leadPartner.getName());
        s.put("startDate", startDate == null ? null : startDate.toString());
        s.put("endDate", endDate == null ? null : endDate.toString());
        s.put("status", status.name());
        s.put("totalBudget", totalBudget.toString());
        s.put("clusterShare", clusterShare.toString());
        s.put("objectives", objectives);
        s.put("applicationsOpen", applicationsOpen ? "yes" : "no");
        s.put("applicationDeadline", applicationDeadline == null ? null : applicationDeadline.toString());
        s.put("maxParticipants", maxParticipants == null ? null : maxParticipants.toString());
        s.put("indicators", indicators.stream().map(Indicator::toString).collect(Collectors.joining("; ")));
        s.put("requiredCapabilities", requiredCapabilities.stream().map(Capability::getName).sorted().collect(Collectors.joining(", ")));
        s.put("requiredPkdCodes", requiredPkdCodes.stream().map(PkdCode::getCode).sorted().collect(Collectors.joining(", ")));
        s.put("partnerOrganisations", partnerOrganisations.stream().map(PartnerOrganisation::getName).sorted().collect(Collectors.joining(", ")));
        s.put("consortiumMembers", consortiumMembers.stream().map(Member::getLegalName).sorted().collect(Collectors.joining(", ")));
        return s;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getTitlePl() {
        return titlePl;
    }

    public void setTitlePl(String titlePl) {
        this.titlePl = trim(titlePl);
    }

    public String getTitleEn() {
        return titleEn;
    }

    public void setTitleEn(String titleEn) {
        this.titleEn = trim(titleEn);
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = trim(acronym);
    }

    public ProjectKind getKind() {
        return kind;
    }

    public void setKind(ProjectKind kind) {
        this.kind = kind;
    }

    public Programme getProgramme() {
        return programme;
    }

    public void setProgramme(Programme programme) {
        this.programme = programme;
    }

    public String getCallNumber() {
        return callNumber;
    }

    public void setCallNumber(String callNumber) {
        this.callNumber = trim(callNumber);
    }

    public String getGrantNumber() {
        return grantNumber;
    }

    public void setGrantNumber(String grantNumber) {
        this.grantNumber = trim(grantNumber);
    }

    public ClusterRole getClusterRole() {
        return clusterRole;
    }

    public void setClusterRole(ClusterRole clusterRole) {
        this.clusterRole = clusterRole;
    }

    public PartnerOrganisation getLeadPartner() {
        return leadPartner;
    }

    public void setLeadPartner(PartnerOrganisation leadPartner) {
        this.leadPartner = leadPartner;
    }

    public LocalDate getStartDate() {
        return startDate;
    }

    public void setStartDate(LocalDate startDate) {
        this.startDate = startDate;
    }

    public LocalDate getEndDate() {
        return endDate;
    }

    public void setEndDate(LocalDate endDate) {
        this.endDate = endDate;
    }

    public ProjectStatus getStatus() {
        return status;
    }

    public void setStatus(ProjectStatus status) {
        this.status = status;
    }

    public Money getTotalBudget() {
        return totalBudget;
    }

    public void setTotalBudget(Money totalBudget) {
        this.totalBudget = totalBudget == null ? new Money() : totalBudget;
    }

    public Money getClusterShare() {
        return clusterShare;
    }

    public void setClusterShare(Money clusterShare) {
        this.clusterShare = clusterShare == null ? new Money() : clusterShare;
    }

    public String getObjectives() {
        return objectives;
    }

    public void setObjectives(String objectives) {
        this.objectives = trim(objectives);
    }

    public boolean isApplicationsOpen() {
        return applicationsOpen;
    }

    public void setApplicationsOpen(boolean applicationsOpen) {
        this.applicationsOpen = applicationsOpen;
    }

    public LocalDate getApplicationDeadline() {
        return applicationDeadline;
    }

    public void setApplicationDeadline(LocalDate applicationDeadline) {
        this.applicationDeadline = applicationDeadline;
    }

    public Integer getMaxParticipants() {
        return maxParticipants;
    }

    public void setMaxParticipants(Integer maxParticipants) {
        this.maxParticipants = maxParticipants;
    }

    public List<Indicator> getIndicators() {
        return indicators;
    }

    public void setIndicators(List<Indicator> indicators) {
        this.indicators = indicators;
    }

    public Set<Capability> getRequiredCapabilities() {
        return requiredCapabilities;
    }

    public void setRequiredCapabilities(Set<Capability> requiredCapabilities) {
        this.requiredCapabilities = requiredCapabilities;
    }

    public Set<PkdCode> getRequiredPkdCodes() {
        return requiredPkdCodes;
    }

    public void setRequiredPkdCodes(Set<PkdCode> requiredPkdCodes) {
        this.requiredPkdCodes = requiredPkdCodes;
    }

    public Set<PartnerOrganisation> getPartnerOrganisations() {
        return partnerOrganisations;
    }

    public void setPartnerOrganisations(Set<PartnerOrganisation> partnerOrganisations) {
        this.partnerOrganisations = partnerOrganisations;
    }

    public Set<Member> getConsortiumMembers() {
        return consortiumMembers;
    }

    public void setConsortiumMembers(Set<Member> consortiumMembers) {
        this.consortiumMembers = consortiumMembers;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

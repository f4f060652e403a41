package pl.klaster.portal.domain.outreach;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.partner.PartnerOrganisation;
import pl.klaster.portal.domain.project.Project;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * An outreach activity: a trade fair with a shared stand, a trade mission, B2B matchmaking, a conference, a study
 * visit or a webinar. It takes place on dates, in a city and country (or online), aims at target markets, is
 * organised by the cluster or a partner organisation, may belong to a project, and has a capacity (member
 * companies; none = no limit), a registration deadline (not after the start) and a cost per participant.
 * Registrations beyond the capacity go to a waiting list.
 */
@Entity
@Table(name = "outreach_activity")
public class OutreachActivity extends BaseEntity implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "outreach_activity_seq", sequenceName = "outreach_activity_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "outreach_activity_seq")
    private Long id;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "activity_type", nullable = false, length = 30)
    private ActivityType type;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.TITLE, message = "{validation.tooLong}")
    @Column(name = "title_pl", nullable = false, length = Lengths.TITLE)
    private String titlePl;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.TITLE, message = "{validation.tooLong}")
    @Column(name = "title_en", nullable = false, length = Lengths.TITLE)
    private String titleEn;

    @NotNull(message = "{validation.required}")
    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @NotNull(message = "{validation.required}")
    @Column(name = "end_date", nullable = false)
    private LocalDate endDate;

    @Column(name = "online", nullable = false)
    private boolean online;

    @Size(max = Lengths.CITY, message = "{validation.tooLong}")
    @Column(name = "city", length = Lengths.CITY)
    private String city;

    @Pattern(regexp = "[A-Z]{2}", message = "{address.country.invalid}")
    @Column(name = "country_code", length = 2)
    private String countryCode;

    @ManyToMany
    @JoinTable(name = "activity_target_market", joinColumns = @JoinColumn(name = "activity_id"),
            inverseJoinColumns = @JoinColumn(name = "market_id"))
    @OrderBy("priority")
    private Set<TargetMarket> targetMarkets = new LinkedHashSet<>();

    /** The organiser when it is not the cluster itself. */
    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "organiser_id")
    private PartnerOrganisation organiser;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "project_id")
    private Project project;

    @Min(value = 1, message = "{validation.positive}")
    @Max(value = 100000, message = "{validation.tooLarge}")
    @Column(name = "capacity")
    private Integer capacity;

    @NotNull(message = "{validation.required}")
    @Column(name = "registration_deadline", nullable = false)
    private LocalDate registrationDeadline;

    @Valid
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "amount", column = @Column(name = "cost_amount", precision = 15, scale = 2)),
            @AttributeOverride(name = "currency", column = @Column(name = "cost_currency", length = 3))})
    private Money cost = new Money();

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    @Column(name = "description_pl", length = Lengths.DESCRIPTION)
    private String descriptionPl;

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    @Column(name = "description_en", length = Lengths.DESCRIPTION)
    private String descriptionEn;

    @AssertTrue(message = "{validation.dateOrder}")
    public boolean isEndNotBeforeStart() {
        return startDate == null || endDate == null || !endDate.isBefore(startDate);
    }

    @AssertTrue(message = "{activity.deadline.afterStart}")
    public boolean isDeadlineNotAfterStart() {
        return registrationDeadline == null || startDate == null || !registrationDeadline.isAfter(startDate);
    }

    @AssertTrue(message = "{activity.place.required}")
    public boolean isPlaceGiven() {
        return online || (city != null && !city.isBlank() && countryCode != null);
    }

    @AssertTrue(message = "{project.currency.invalid}")
    public boolean isCostValid() {
        return cost == null || cost.isEmpty() || (Money.CURRENCIES.contains(cost.getCurrency()) && cost.getAmount().signum() >= 0);
    }

    /** Registration is open today: before (or on) the deadline and before the activity starts. */
    public boolean acceptsRegistrations(LocalDate today) {
        return !today.isAfter(registrationDeadline) && today.isBefore(startDate.plusDays(1));
    }

    public boolean hasStarted(LocalDate today) {
        return !today.isBefore(startDate);
    }

    public String title(String language) {
        return "en".equals(language) ? titleEn : titlePl;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("type", type == null ? null : type.name());
        s.put("titlePl", titlePl);
        s.put("titleEn", titleEn);
        s.put("startDate", startDate == null ? null : startDate.toString());
        s.put("endDate", endDate == null ? null : endDate.toString());
        s.put("online", online ? "yes" : "no");
        s.put("city", city);
        s.put("country", countryCode);
        s.put("targetMarkets", targetMarkets.stream().map(TargetMarket::getNamePl).sorted().collect(Collectors.joining(", ")));
        s.put("organiser", organiser == null ? null : organiser.getName());
        s.put("project", project == null ? null : project.getTitlePl());
        s.put("capacity", capacity == null ? null : capacity.toString());
        s.put("registrationDeadline", registrationDeadline == null ? null : registrationDeadline.toString());
        s.put("cost", getCost().toString()); // an activity may have no cost: loaded as null (issue 24, finding 8)
        s.put("descriptionPl", descriptionPl);
        s.put("descriptionEn", descriptionEn);
        return s;
    }

    @Override
    public Long getId() {
        return id;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
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

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = trim(city);
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode == null || countryCode.isBlank() ? null : countryCode;
    }

    public Set<TargetMarket> getTargetMarkets() {
        return targetMarkets;
    }

    public void setTargetMarkets(Set<TargetMarket> targetMarkets) {
        this.targetMarkets = targetMarkets;
    }

    public PartnerOrganisation getOrganiser() {
        return organiser;
    }

    public void setOrganiser(PartnerOrganisation organiser) {
        this.organiser = organiser;
    }

    public Project getProject() {
        return project;
    }

    public void setProject(Project project) {
        this.project = project;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDate getRegistrationDeadline() {
        return registrationDeadline;
    }

    public void setRegistrationDeadline(LocalDate registrationDeadline) {
        this.registrationDeadline = registrationDeadline;
    }

    public Money getCost() {
        if (cost == null) {
            cost = new Money(); // EclipseLink loads an embeddable whose columns are all null as null
        }
        return cost;
    }

    public void setCost(Money cost) {
        this.cost = cost == null ? new Money() : cost;
    }

    public String getDescriptionPl() {
        return descriptionPl;
    }

    public void setDescriptionPl(String descriptionPl) {
        this.descriptionPl = trim(descriptionPl);
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = trim(descriptionEn);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

package pl.klaster.portal.domain.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.member.Member;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A body outside the cluster that the cluster works with: a foreign cluster, an alliance (ELCA), a research
 * institute (VTT), a chamber of commerce... Its country is an ISO 3166 code picked from a list. The cluster's
 * relation to it is dated (since, and until when it ended). Staff keep these.
 */
@Entity
@Table(name = "partner_organisation")
public class PartnerOrganisation extends BaseEntity implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "partner_organisation_seq", sequenceName = "partner_organisation_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_organisation_seq")
    private Long id;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.LEGAL_NAME, message = "{validation.tooLong}")
    @Column(name = "name", nullable = false, length = Lengths.LEGAL_NAME)
    private String name;

    @Size(max = 40, message = "{validation.tooLong}")
    @Column(name = "acronym", length = 40)
    private String acronym;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "partner_type", nullable = false, length = 30)
    private PartnerType type;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{address.country.invalid}")
    @Column(name = "country_code", nullable = false, length = 2)
    private String countryCode;

    @Size(max = Lengths.CITY, message = "{validation.tooLong}")
    @Column(name = "city", length = Lengths.CITY)
    private String city;

    @Pattern(regexp = Member.URL_PATTERN, message = "{validation.url}")
    @Size(max = Lengths.URL, message = "{validation.tooLong}")
    @Column(name = "website", length = Lengths.URL)
    private String website;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", length = 20)
    private PartnerRelation relation;

    @Column(name = "relation_since")
    private LocalDate relationSince;

    @Column(name = "relation_until")
    private LocalDate relationUntil;

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    @Column(name = "notes", length = Lengths.DESCRIPTION)
    private String notes;

    @AssertTrue(message = "{validation.dateOrder}")
    public boolean isRelationDatesInOrder() {
        return relationSince == null || relationUntil == null || !relationUntil.isBefore(relationSince);
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("acronym", acronym);
        s.put("type", type == null ? null : type.name());
        s.put("country", countryCode);
        s.put("city", city);
        s.put("website", website);
        s.put("relation", relation == null ? null : relation.name());
        s.put("relationSince", relationSince == null ? null : relationSince.toString());
        s.put("relationUntil", relationUntil == null ? null : relationUntil.toString());
        s.put("notes", notes);
        return s;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = trim(name);
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = trim(acronym);
    }

    public String getDisplayName() {
        return acronym == null ? name : acronym + " – " + name;
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = trim(city);
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = trim(website);
    }

    public PartnerRelation getRelation() {
        return relation;
    }

    public void setRelation(PartnerRelation relation) {
        this.relation = relation;
    }

    public LocalDate getRelationSince() {
        return relationSince;
    }

    public void setRelationSince(LocalDate relationSince) {
        this.relationSince = relationSince;
    }

    public LocalDate getRelationUntil() {
        return relationUntil;
    }

    public void setRelationUntil(LocalDate relationUntil) {
        this.relationUntil = relationUntil;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = trim(notes);
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

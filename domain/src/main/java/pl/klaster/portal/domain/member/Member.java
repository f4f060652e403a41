package pl.klaster.portal.domain.member;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.validation.PolishIdentifiers;
import pl.klaster.portal.domain.validation.ValidKrs;
import pl.klaster.portal.domain.validation.ValidNip;
import pl.klaster.portal.domain.validation.ValidRegon;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A member of the cluster: a company, research body, university, public body or business-support body.
 * <p>
 * Staff create and administer members. The member's own users may edit its contact data and profile
 * (address, website, e-mail, phone, descriptions, capabilities, export markets, logo), never its legal name,
 * identifiers, type, size or status. The status only changes through the membership lifecycle
 * ({@link MembershipLifecycle}), each change recorded as a {@link MembershipChange}.
 * Identifiers are stored normalised (digits only). A Polish member has a NIP, unique among members;
 * a foreign member has none.
 */
@Entity
@Table(name = "member")
public class Member extends BaseEntity implements Auditable {

    private static final long serialVersionUID = 1L;
    public static final String URL_PATTERN = "https?://[^\\s<>\"]+";

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.LEGAL_NAME, message = "{validation.tooLong}")
    @Column(name = "legal_name", nullable = false, length = Lengths.LEGAL_NAME)
    private String legalName;

    @Size(max = Lengths.SHORT_NAME, message = "{validation.tooLong}")
    @Column(name = "short_name", length = Lengths.SHORT_NAME)
    private String shortName;

    @ValidNip
    @Column(name = "nip", length = 10, unique = true)
    private String nip;

    @ValidRegon
    @Column(name = "regon", length = 14)
    private String regon;

    @ValidKrs
    @Column(name = "krs", length = 10)
    private String krs;

    @Valid
    @Embedded
    private Address address = new Address();

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "member_type", nullable = false, length = 20)
    private MemberType memberType;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "size_class", nullable = false, length = 10)
    private SizeClass sizeClass;

    @Pattern(regexp = URL_PATTERN, message = "{validation.url}")
    @Size(max = Lengths.URL, message = "{validation.tooLong}")
    @Column(name = "website", length = Lengths.URL)
    private String website;

    @Email(message = "{validation.email}")
    @Size(max = Lengths.EMAIL, message = "{validation.tooLong}")
    @Column(name = "email", length = Lengths.EMAIL)
    private String email;

    @Pattern(regexp = "[0-9 +()\\-]{6,40}", message = "{validation.phone}")
    @Column(name = "phone", length = Lengths.PHONE)
    private String phone;

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    @Column(name = "description_pl", length = Lengths.DESCRIPTION)
    private String descriptionPl;

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    @Column(name = "description_en", length = Lengths.DESCRIPTION)
    private String descriptionEn;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MemberStatus status = MemberStatus.APPLIED;

    @NotNull(message = "{validation.required}")
    @Column(name = "applied_on", nullable = false)
    private LocalDate appliedOn = LocalDate.now();

    /** The board resolution date of the admission; null until admitted. */
    @Column(name = "joined_on")
    private LocalDate joinedOn;

    /** When the member resigned or was expelled; null while it belongs to the cluster. */
    @Column(name = "left_on")
    private LocalDate leftOn;

    @Column(name = "has_logo", nullable = false)
    private boolean hasLogo;

    @ManyToMany
    @JoinTable(name = "member_pkd", joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "pkd_code"))
    @OrderBy("code")
    private Set<PkdCode> pkdCodes = new LinkedHashSet<>();

    @ManyToMany
    @JoinTable(name = "member_capability", joinColumns = @JoinColumn(name = "member_id"),
            inverseJoinColumns = @JoinColumn(name = "capability_id"))
    @OrderBy("name")
    private Set<Capability> capabilities = new LinkedHashSet<>();

    /** Countries the member exports to (ISO 3166 alpha-2). */
    @ElementCollection
    @CollectionTable(name = "member_export_market", joinColumns = @JoinColumn(name = "member_id"))
    @Column(name = "country_code", length = 2)
    private Set<String> exportMarkets = new TreeSet<>();

    @AssertTrue(message = "{member.nip.requiredInPoland}")
    public boolean isNipGivenInPoland() {
        return address == null || !address.isInPoland() || (nip != null && !nip.isBlank());
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("legalName", legalName);
        state.put("shortName", shortName);
        state.put("nip", nip);
        state.put("regon", regon);
        state.put("krs", krs);
        state.put("street", address.getStreet());
        state.put("postalCode", address.getPostalCode());
        state.put("city", address.getCity());
        state.put("voivodeship", address.getVoivodeship() == null ? null : address.getVoivodeship().name());
        state.put("country", address.getCountryCode());
        state.put("memberType", memberType == null ? null : memberType.name());
        state.put("sizeClass", sizeClass == null ? null : sizeClass.name());
        state.put("website", website);
        state.put("email", email);
        state.put("phone", phone);
        state.put("descriptionPl", descriptionPl);
        state.put("descriptionEn", descriptionEn);
        state.put("status", status == null ? null : status.name());
        state.put("pkdCodes", pkdCodes.stream().map(PkdCode::getCode).sorted().collect(Collectors.joining(", ")));
        state.put("capabilities", capabilities.stream().map(Capability::getName).sorted().collect(Collectors.joining(", ")));
        state.put("exportMarkets", String.join(", ", new TreeSet<>(exportMarkets)));
        state.put("logo", hasLogo ? "yes" : "no");
        return state;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = trim(legalName);
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = trim(shortName);
    }

    /** The name to show: the short name where there is one. */
    public String getDisplayName() {
        return shortName == null || shortName.isBlank() ? legalName : shortName;
    }

    public String getNip() {
        return nip;
    }

    /** Accepts the NIP as written (dashes, spaces, "PL") and keeps its digits. */
    public void setNip(String nip) {
        this.nip = PolishIdentifiers.normaliseNip(nip);
    }

    public String getRegon() {
        return regon;
    }

    public void setRegon(String regon) {
        this.regon = PolishIdentifiers.normaliseRegon(regon);
    }

    public String getKrs() {
        return krs;
    }

    public void setKrs(String krs) {
        this.krs = PolishIdentifiers.normaliseKrs(krs);
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public MemberType getMemberType() {
        return memberType;
    }

    public void setMemberType(MemberType memberType) {
        this.memberType = memberType;
    }

    public SizeClass getSizeClass() {
        return sizeClass;
    }

    public void setSizeClass(SizeClass sizeClass) {
        this.sizeClass = sizeClass;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = trim(website);
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = trim(email);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = trim(phone);
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

    public MemberStatus getStatus() {
        return status;
    }

    /** Only the lifecycle (through the service) changes the status; creating a member may set its first one. */
    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public LocalDate getAppliedOn() {
        return appliedOn;
    }

    public void setAppliedOn(LocalDate appliedOn) {
        this.appliedOn = appliedOn;
    }

    public LocalDate getJoinedOn() {
        return joinedOn;
    }

    public void setJoinedOn(LocalDate joinedOn) {
        this.joinedOn = joinedOn;
    }

    public LocalDate getLeftOn() {
        return leftOn;
    }

    public void setLeftOn(LocalDate leftOn) {
        this.leftOn = leftOn;
    }

    public boolean isHasLogo() {
        return hasLogo;
    }

    public void setHasLogo(boolean hasLogo) {
        this.hasLogo = hasLogo;
    }

    public Set<PkdCode> getPkdCodes() {
        return pkdCodes;
    }

    public void setPkdCodes(Set<PkdCode> pkdCodes) {
        this.pkdCodes = pkdCodes;
    }

    public Set<Capability> getCapabilities() {
        return capabilities;
    }

    public void setCapabilities(Set<Capability> capabilities) {
        this.capabilities = capabilities;
    }

    public Set<String> getExportMarkets() {
        return exportMarkets;
    }

    public void setExportMarkets(Set<String> exportMarkets) {
        this.exportMarkets = exportMarkets;
    }

    private static String trim(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}

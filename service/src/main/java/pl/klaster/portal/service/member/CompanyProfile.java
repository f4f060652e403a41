package pl.klaster.portal.service.member;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.member.Address;
import pl.klaster.portal.domain.member.Member;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a member company's own users may change on its profile: contact data, descriptions, capabilities and
 * export markets. Legal name, identifiers, type, size and status are not here, so they cannot be changed
 * this way whatever a form sends.
 */
public class CompanyProfile implements Serializable {

    private static final long serialVersionUID = 1L;

    private long version;

    @Valid
    private Address address = new Address();

    @Pattern(regexp = Member.URL_PATTERN, message = "{validation.url}")
    @Size(max = Lengths.URL, message = "{validation.tooLong}")
    private String website;

    @Email(message = "{validation.email}")
    @Size(max = Lengths.EMAIL, message = "{validation.tooLong}")
    private String email;

    @Pattern(regexp = "[0-9 +()\\-]{6,40}", message = "{validation.phone}")
    private String phone;

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    private String descriptionPl;

    @Size(max = Lengths.DESCRIPTION, message = "{validation.tooLong}")
    private String descriptionEn;

    private List<Long> capabilityIds = new ArrayList<>();
    private Set<String> exportMarkets = new TreeSet<>();

    /** The profile as it is now, to start a form from. */
    public static CompanyProfile of(Member member) {
        CompanyProfile p = new CompanyProfile();
        p.version = member.getVersion();
        Address a = new Address();
        a.setStreet(member.getAddress().getStreet());
        a.setPostalCode(member.getAddress().getPostalCode());
        a.setCity(member.getAddress().getCity());
        a.setVoivodeship(member.getAddress().getVoivodeship());
        a.setCountryCode(member.getAddress().getCountryCode());
        p.address = a;
        p.website = member.getWebsite();
        p.email = member.getEmail();
        p.phone = member.getPhone();
        p.descriptionPl = member.getDescriptionPl();
        p.descriptionEn = member.getDescriptionEn();
        member.getCapabilities().forEach(c -> p.capabilityIds.add(c.getId()));
        p.exportMarkets = new TreeSet<>(member.getExportMarkets());
        return p;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }

    public Address getAddress() {
        return address;
    }

    public void setAddress(Address address) {
        this.address = address;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getDescriptionPl() {
        return descriptionPl;
    }

    public void setDescriptionPl(String descriptionPl) {
        this.descriptionPl = descriptionPl;
    }

    public String getDescriptionEn() {
        return descriptionEn;
    }

    public void setDescriptionEn(String descriptionEn) {
        this.descriptionEn = descriptionEn;
    }

    public List<Long> getCapabilityIds() {
        return capabilityIds;
    }

    public void setCapabilityIds(List<Long> capabilityIds) {
        this.capabilityIds = capabilityIds;
    }

    public Set<String> getExportMarkets() {
        return exportMarkets;
    }

    public void setExportMarkets(Set<String> exportMarkets) {
        this.exportMarkets = exportMarkets;
    }
}

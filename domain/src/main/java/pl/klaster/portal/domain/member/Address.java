package pl.klaster.portal.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.validation.PolishIdentifiers;

import java.io.Serializable;

/**
 * A postal address. In Poland ({@code countryCode} "PL") the postal code has the form NN-NNN and a voivodeship
 * is given; abroad the postal code is free text and there is no voivodeship. Countries are ISO 3166 alpha-2 codes.
 */
@Embeddable
public class Address implements Serializable {

    public static final String POLAND = "PL";
    private static final long serialVersionUID = 1L;

    @Size(max = Lengths.STREET, message = "{validation.tooLong}")
    @Column(name = "street", length = Lengths.STREET)
    private String street;

    @Size(max = 12, message = "{validation.tooLong}")
    @Column(name = "postal_code", length = 12)
    private String postalCode;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.CITY, message = "{validation.tooLong}")
    @Column(name = "city", length = Lengths.CITY)
    private String city;

    @Enumerated(EnumType.STRING)
    @Column(name = "voivodeship", length = 30)
    private Voivodeship voivodeship;

    @NotBlank(message = "{validation.required}")
    @Pattern(regexp = "[A-Z]{2}", message = "{address.country.invalid}")
    @Column(name = "country_code", length = 2)
    private String countryCode = POLAND;

    public boolean isInPoland() {
        return POLAND.equals(countryCode);
    }

    @AssertTrue(message = "{address.postalCode.invalid}")
    public boolean isPostalCodeValidForCountry() {
        return !isInPoland() || postalCode == null || postalCode.isBlank() || PolishIdentifiers.isValidPostalCode(postalCode);
    }

    @AssertTrue(message = "{address.voivodeship.required}")
    public boolean isVoivodeshipGivenInPoland() {
        return isInPoland() ? voivodeship != null : voivodeship == null;
    }

    public String getStreet() {
        return street;
    }

    public void setStreet(String street) {
        this.street = street;
    }

    public String getPostalCode() {
        return postalCode;
    }

    public void setPostalCode(String postalCode) {
        this.postalCode = postalCode;
    }

    public String getCity() {
        return city;
    }

    public void setCity(String city) {
        this.city = city;
    }

    public Voivodeship getVoivodeship() {
        return voivodeship;
    }

    public void setVoivodeship(Voivodeship voivodeship) {
        this.voivodeship = voivodeship;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }
}

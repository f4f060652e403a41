package pl.klaster.portal.web.api;

import pl.klaster.portal.domain.member.Address;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;

import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;

/**
 * What staff send to create a member (POST) or replace its data (PUT): the fields of the staff's member form.
 * Status and dates of the membership change only through the lifecycle (admission, suspension...), never here.
 * The same Bean Validation rules as the form apply, in the service.
 */
public record MemberInput(String legalName, String shortName, String nip, String regon, String krs, String street,
                          String postalCode, String city, Voivodeship voivodeship, String countryCode,
                          MemberType memberType, SizeClass sizeClass, String website, String email, String phone,
                          String descriptionPl, String descriptionEn, LocalDate appliedOn, List<String> pkdCodes,
                          List<Long> capabilityIds, List<String> exportMarkets) {

    /** Copies the fields onto a member (a new one, or the stored one read for an update). */
    public Member applyTo(Member member) {
        member.setLegalName(legalName);
        member.setShortName(shortName);
        member.setNip(nip);
        member.setRegon(regon);
        member.setKrs(krs);
        Address address = new Address();
        address.setStreet(street);
        address.setPostalCode(postalCode);
        address.setCity(city);
        address.setVoivodeship(voivodeship);
        address.setCountryCode(countryCode == null ? Address.POLAND : countryCode);
        member.setAddress(address);
        member.setMemberType(memberType);
        member.setSizeClass(sizeClass);
        member.setWebsite(website);
        member.setEmail(email);
        member.setPhone(phone);
        member.setDescriptionPl(descriptionPl);
        member.setDescriptionEn(descriptionEn);
        if (member.getId() == null && appliedOn != null) {
            member.setAppliedOn(appliedOn);
        }
        member.setExportMarkets(new TreeSet<>(exportMarkets == null ? List.of() : exportMarkets));
        return member;
    }

    public List<String> pkdCodesOrEmpty() {
        return pkdCodes == null ? List.of() : pkdCodes;
    }

    public List<Long> capabilityIdsOrEmpty() {
        return capabilityIds == null ? List.of() : capabilityIds;
    }
}

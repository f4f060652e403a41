package pl.klaster.portal.web.view;

import java.util.Map;

/**
 * Where each member field sits in the member forms ({@code WEB-INF/includes/member-fields.xhtml}, in a form with
 * id {@code form}): property paths and service field names to client ids. Class-level rules are mapped to the
 * field they concern (a Polish member's NIP, a Polish postal code, the voivodeship).
 */
public final class MemberForm {

    public static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("legalName", "form:legalName"),
            Map.entry("shortName", "form:shortName"),
            Map.entry("nip", "form:nip"),
            Map.entry("nipGivenInPoland", "form:nip"),
            Map.entry("regon", "form:regon"),
            Map.entry("krs", "form:krs"),
            Map.entry("street", "form:street"),
            Map.entry("postalCode", "form:postalCode"),
            Map.entry("postalCodeValidForCountry", "form:postalCode"),
            Map.entry("city", "form:city"),
            Map.entry("voivodeship", "form:voivodeship"),
            Map.entry("voivodeshipGivenInPoland", "form:voivodeship"),
            Map.entry("countryCode", "form:country"),
            Map.entry("memberType", "form:memberType"),
            Map.entry("sizeClass", "form:sizeClass"),
            Map.entry("website", "form:website"),
            Map.entry("email", "form:email"),
            Map.entry("phone", "form:phone"),
            Map.entry("descriptionPl", "form:descriptionPl"),
            Map.entry("descriptionEn", "form:descriptionEn"),
            Map.entry("pkdCodes", "form:pkdCodes"),
            Map.entry("capabilities", "form:capabilities"),
            Map.entry("appliedOn", "form:appliedOn"));

    private MemberForm() {
    }
}

package pl.klaster.portal.web.api;

import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.PkdCode;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;

import java.time.LocalDate;
import java.util.List;

/** A member company as the API shows it; {@code version} is also the {@code ETag} for a later update. */
public record MemberJson(long id, long version, String legalName, String shortName, String nip, String regon, String krs,
                         String street, String postalCode, String city, Voivodeship voivodeship, String countryCode,
                         MemberType memberType, SizeClass sizeClass, String website, String email, String phone,
                         String descriptionPl, String descriptionEn, MemberStatus status, LocalDate appliedOn,
                         LocalDate joinedOn, LocalDate leftOn, List<String> pkdCodes, List<Long> capabilityIds,
                         List<String> exportMarkets) {

    public static MemberJson of(Member m) {
        return new MemberJson(m.getId(), m.getVersion(), m.getLegalName(), m.getShortName(), m.getNip(), m.getRegon(),
                m.getKrs(), m.getAddress().getStreet(), m.getAddress().getPostalCode(), m.getAddress().getCity(),
                m.getAddress().getVoivodeship(), m.getAddress().getCountryCode(), m.getMemberType(), m.getSizeClass(),
                m.getWebsite(), m.getEmail(), m.getPhone(), m.getDescriptionPl(), m.getDescriptionEn(), m.getStatus(),
                m.getAppliedOn(), m.getJoinedOn(), m.getLeftOn(),
                m.getPkdCodes().stream().map(PkdCode::getCode).sorted().toList(),
                m.getCapabilities().stream().map(Capability::getId).sorted().toList(),
                List.copyOf(m.getExportMarkets()));
    }
}

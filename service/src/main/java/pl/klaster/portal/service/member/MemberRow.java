package pl.klaster.portal.service.member;

import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;

import java.io.Serializable;
import java.time.LocalDate;

/** A member in the staff's list. */
public record MemberRow(long id, String legalName, String shortName, String nip, String city,
                        Voivodeship voivodeship, String countryCode, MemberType memberType, SizeClass sizeClass,
                        MemberStatus status, LocalDate joinedOn) implements Serializable {

    public String displayName() {
        return shortName == null || shortName.isBlank() ? legalName : shortName;
    }
}

package pl.klaster.portal.service.member;

import pl.klaster.portal.domain.fee.FeeStatus;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;

import java.io.Serializable;

/**
 * Filters of the staff's member list; null means "any". {@code text} finds part of the name, a NIP in any
 * written form, or a city. {@code feeStatus} is the status of the fee for {@code feeYear}.
 */
public record MemberFilter(String text, MemberStatus status, MemberType memberType, SizeClass sizeClass,
                           Voivodeship voivodeship, String pkdCode, Long capabilityId, FeeStatus feeStatus,
                           Integer feeYear) implements Serializable {

    public static MemberFilter none() {
        return new MemberFilter(null, null, null, null, null, null, null, null, null);
    }
}

package pl.klaster.portal.service.member;

import pl.klaster.portal.domain.member.MemberType;

import java.io.Serializable;

/** A member's public profile line in the member directory. */
public record DirectoryRow(long id, String name, String city, String website, MemberType memberType,
                           boolean hasLogo) implements Serializable {
}

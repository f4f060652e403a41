package pl.klaster.portal.service.member;

import java.io.Serializable;

/** A member to pick from a list (recommenders, project participants...). */
public record MemberOption(long id, String name, String city) implements Serializable {
}

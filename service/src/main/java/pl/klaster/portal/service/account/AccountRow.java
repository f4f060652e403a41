package pl.klaster.portal.service.account;

import pl.klaster.portal.domain.account.Role;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** An account in a list: who, which role and company, whether active, when activated (null: invitation open). */
public record AccountRow(long id, String username, String fullName, String email, Role role, Long memberId,
                         String memberName, boolean companyAdmin, boolean active, OffsetDateTime activatedAt,
                         OffsetDateTime lastSignInAt, OffsetDateTime createdAt, long version) implements Serializable {

    /** Invited, but the person has not set a password yet. */
    public boolean invitationPending() {
        return activatedAt == null;
    }
}

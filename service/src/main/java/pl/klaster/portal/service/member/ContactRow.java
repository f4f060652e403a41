package pl.klaster.portal.service.member;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A contact person in a list, with the person's portal account if there is one: {@code accountId} is null
 * when there is none; {@code accountActive} and {@code accountActivatedAt} (null while the invitation is open)
 * describe the account when there is; {@code anonymisedAt} is set once the person has been anonymised.
 */
public record ContactRow(long id, long memberId, String firstName, String lastName, String jobTitle, String email,
                         String phone, boolean directoryConsent, OffsetDateTime directoryConsentAt, long version,
                         Long accountId, Boolean accountActive, OffsetDateTime accountActivatedAt,
                         OffsetDateTime anonymisedAt) implements Serializable {

    /** True once the person has been anonymised: the row shows placeholders and is no longer edited. */
    public boolean anonymised() {
        return anonymisedAt != null;
    }

    /** NONE, INVITED, ACTIVE or INACTIVE: where the person stands with the portal. */
    public String portalState() {
        if (accountId == null) {
            return "NONE";
        }
        if (accountActivatedAt == null) {
            return "INVITED";
        }
        return Boolean.TRUE.equals(accountActive) ? "ACTIVE" : "INACTIVE";
    }

    public String fullName() {
        return firstName + " " + lastName;
    }
}

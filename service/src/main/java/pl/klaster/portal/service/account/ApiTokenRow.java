package pl.klaster.portal.service.account;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One of the caller's API tokens as the profile page and the API list them: never the token itself. */
public record ApiTokenRow(long id, String name, OffsetDateTime createdAt, OffsetDateTime lastUsedAt,
                          OffsetDateTime revokedAt) implements Serializable {

    public boolean isActive() {
        return revokedAt == null;
    }
}

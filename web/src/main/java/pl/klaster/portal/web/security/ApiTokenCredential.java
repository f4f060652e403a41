package pl.klaster.portal.web.security;

import jakarta.security.enterprise.credential.Credential;

/** The secret of a personal API token, as sent in {@code Authorization: Bearer ...}. */
public final class ApiTokenCredential implements Credential {

    private final String secret;

    public ApiTokenCredential(String secret) {
        this.secret = secret;
    }

    public String getSecret() {
        return secret;
    }

    @Override
    public void clear() {
        // the secret is a String held for this one request; nothing to wipe in place
    }
}

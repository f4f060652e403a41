package pl.klaster.portal.domain.account;

import java.time.Duration;

/** What a single-use link sent by e-mail is for, and how long it stays valid. */
public enum TokenPurpose {
    /** An invitation: the person sets a first password. */
    ACTIVATION(Duration.ofHours(72)),
    /** A forgotten password. */
    PASSWORD_RESET(Duration.ofHours(1));

    private final Duration validity;

    TokenPurpose(Duration validity) {
        this.validity = validity;
    }

    public Duration validity() {
        return validity;
    }
}

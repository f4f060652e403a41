package pl.klaster.portal.service.account;

import java.io.Serializable;

/** A token just made: the only moment its secret exists outside the caller's hands. */
public record NewApiToken(ApiTokenRow token, String secret) implements Serializable {
}

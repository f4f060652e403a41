package pl.klaster.portal.web.security;

import pl.klaster.portal.web.error.Unavailability;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import jakarta.servlet.http.HttpServletRequest;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.account.ApiTokenService;
import pl.klaster.portal.service.account.SignedInAccount;

import java.util.Set;

/**
 * Checks credentials against the portal's accounts (through {@link AccountService} and {@link ApiTokenService},
 * which own the rules) and answers with the account's role as its only group: a user name and password from the
 * sign-in page, or a personal API token from the REST API. Either way the caller is then the same person with the
 * same role to every service.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    @Inject
    private ApiTokenService tokens;

    @Inject
    private HttpServletRequest request;

    @Inject
    private ClientAddress clientAddress;

    @Inject
    private DeviceCookie devices;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.signIn(credential.getCaller(), credential.getPassword().getValue(), clientAddress.of(request),
                        devices.isKnown(request, credential.getCaller()))
                .map(PortalIdentityStore::result)
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }

    public CredentialValidationResult validate(ApiTokenCredential credential) {
        try {
            return tokens.authenticate(credential.getSecret())
                    .map(PortalIdentityStore::result)
                    .orElse(CredentialValidationResult.INVALID_RESULT);
        } catch (RuntimeException e) {
            // the container turns any failure here into "not authenticated": say why, so that the API answers 503
            if (Unavailability.isDatabaseUnavailable(e)) {
                request.setAttribute(Unavailability.REQUEST_ATTRIBUTE, Boolean.TRUE);
            }
            throw e;
        }
    }

    private static CredentialValidationResult result(SignedInAccount account) {
        return new CredentialValidationResult(account.username(), Set.of(account.role().name()));
    }
}

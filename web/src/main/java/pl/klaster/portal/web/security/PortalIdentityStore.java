package pl.klaster.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStore;
import pl.klaster.portal.service.account.AccountService;

import java.util.Set;

/**
 * Checks credentials against the portal's accounts (through {@link AccountService}, which owns the rules) and
 * answers with the account's role as its only group.
 */
@ApplicationScoped
public class PortalIdentityStore implements IdentityStore {

    @Inject
    private AccountService accounts;

    public CredentialValidationResult validate(UsernamePasswordCredential credential) {
        return accounts.signIn(credential.getCaller(), credential.getPassword().getValue())
                .map(account -> new CredentialValidationResult(account.username(), Set.of(account.role().name())))
                .orElse(CredentialValidationResult.INVALID_RESULT);
    }
}

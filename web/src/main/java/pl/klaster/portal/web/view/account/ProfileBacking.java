package pl.klaster.portal.web.view.account;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.account.ApiTokenRow;
import pl.klaster.portal.service.account.ApiTokenService;
import pl.klaster.portal.service.account.NewApiToken;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

/**
 * {@code /account/profile.xhtml}: every signed-in person's own page, with their personal API tokens. A new
 * token's secret is shown once, right after it is made, and is gone from the page state when the person
 * leaves (it is never stored: the service keeps only its hash).
 */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("name", "tokenForm:tokenName", "password", "tokenForm:tokenPassword");

    @Inject
    private ApiTokenService tokens;
    @Inject
    private ServiceCalls calls;

    private List<ApiTokenRow> rows;
    private String name;
    private String secret;
    private String secretName;
    private transient String password;

    @PostConstruct
    void init() {
        rows = tokens.mine();
    }

    public void create() {
        char[] given = password == null ? null : password.toCharArray();
        password = null; // never kept in the page state
        NewApiToken made = calls.get(() -> tokens.create(name, given), FIELDS);
        if (made != null) {
            secret = made.secret();
            secretName = made.token().name();
            name = null;
            rows = tokens.mine();
            FacesTexts.info("token.created", secretName);
        }
    }

    public void revoke(ApiTokenRow token) {
        if (calls.run(() -> tokens.revoke(token.id()), Map.of())) {
            if (token.name().equals(secretName)) {
                secret = null;
                secretName = null;
            }
            rows = tokens.mine();
            FacesTexts.info("token.revoked", token.name());
        }
    }

    /** Forgets the secret shown once (the person has copied it). */
    public void hideSecret() {
        secret = null;
        secretName = null;
    }

    public List<ApiTokenRow> getRows() {
        return rows;
    }

    public String getPassword() {
        return null; // a password field is never filled in again
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getSecret() {
        return secret;
    }

    public String getSecretName() {
        return secretName;
    }
}

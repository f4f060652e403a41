package pl.klaster.portal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.time.OffsetDateTime;

/**
 * A personal API token: the REST API's way of saying who calls. Made by its owner, shown to them once, kept
 * only as a SHA-256 hash (a token is 256 random bits, so a plain hash is enough: there is nothing to guess).
 * A token acts with its owner's role and company, and stops working when it is revoked or the account is
 * deactivated.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH,
        query = "SELECT t FROM ApiToken t JOIN FETCH t.account WHERE t.tokenHash = :hash")
public class ApiToken implements Serializable {

    public static final String BY_HASH = "ApiToken.byHash";
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "api_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @NotBlank
    @Size(max = 100)
    @Column(name = "name", nullable = false, length = 100, updatable = false)
    private String name;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "last_used_at")
    private OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    private OffsetDateTime revokedAt;

    protected ApiToken() {
    }

    public ApiToken(UserAccount account, String name, String tokenHash, OffsetDateTime createdAt) {
        this.account = account;
        this.name = name;
        this.tokenHash = tokenHash;
        this.createdAt = createdAt;
    }

    /** Good for a request: not revoked, and its account is still active. */
    public boolean isUsable() {
        return revokedAt == null && account.isActive();
    }

    public void revoke(OffsetDateTime at) {
        if (revokedAt == null) {
            revokedAt = at;
        }
    }

    public void used(OffsetDateTime at) {
        lastUsedAt = at;
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public String getName() {
        return name;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    public OffsetDateTime getLastUsedAt() {
        return lastUsedAt;
    }

    public OffsetDateTime getRevokedAt() {
        return revokedAt;
    }
}

package pl.klaster.portal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * A single-use link token (activation or password reset). Only its SHA-256 hash is stored: whoever reads the
 * database cannot use the links. A token is good once, before it expires, while the account is active.
 */
@Entity
@Table(name = "account_token")
@NamedQuery(name = AccountToken.BY_HASH,
        query = "SELECT t FROM AccountToken t JOIN FETCH t.account WHERE t.tokenHash = :hash AND t.purpose = :purpose")
public class AccountToken implements Serializable {

    public static final String BY_HASH = "AccountToken.byHash";
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "account_token_seq", sequenceName = "account_token_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "account_token_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id", nullable = false, updatable = false)
    private UserAccount account;

    @Enumerated(EnumType.STRING)
    @Column(name = "purpose", nullable = false, length = 20, updatable = false)
    private TokenPurpose purpose;

    @Column(name = "token_hash", nullable = false, length = 64, unique = true, updatable = false)
    private String tokenHash;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    @Column(name = "expires_at", nullable = false, updatable = false)
    private OffsetDateTime expiresAt;

    @Column(name = "used_at")
    private OffsetDateTime usedAt;

    protected AccountToken() {
    }

    public AccountToken(UserAccount account, TokenPurpose purpose, String tokenHash) {
        this.account = account;
        this.purpose = purpose;
        this.tokenHash = tokenHash;
        this.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        this.expiresAt = createdAt.plus(purpose.validity());
    }

    public boolean isUsable(OffsetDateTime now) {
        return usedAt == null && now.isBefore(expiresAt) && account.isActive();
    }

    public void use() {
        this.usedAt = OffsetDateTime.now(ZoneOffset.UTC);
    }

    public Long getId() {
        return id;
    }

    public UserAccount getAccount() {
        return account;
    }

    public TokenPurpose getPurpose() {
        return purpose;
    }

    public OffsetDateTime getExpiresAt() {
        return expiresAt;
    }

    public OffsetDateTime getUsedAt() {
        return usedAt;
    }
}

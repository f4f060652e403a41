package pl.klaster.portal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An API client's {@code Idempotency-Key} and what the POST that carried it created: stored in the same transaction,
 * so a retry of a write whose answer was lost finds it and answers the same result instead of writing again. The
 * fingerprint (SHA-256 of the request as read) tells a retry from a different request under a reused key.
 */
@Entity
@Table(name = "idempotency_key")
@IdClass(IdempotencyKey.Pk.class)
public class IdempotencyKey implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The longest key a client may send. */
    public static final int MAX_KEY_LENGTH = 100;

    @Id
    @Column(name = "account_username", length = 254, updatable = false)
    private String accountUsername;

    @Id
    @Column(name = "idem_key", length = MAX_KEY_LENGTH, updatable = false)
    private String key;

    @Column(name = "fingerprint", nullable = false, length = 64, updatable = false)
    private String fingerprint;

    @Column(name = "entity_type", nullable = false, length = 40, updatable = false)
    private String entityType;

    @Column(name = "entity_id", nullable = false, updatable = false)
    private long entityId;

    @Column(name = "created_at", nullable = false, updatable = false)
    private OffsetDateTime createdAt;

    protected IdempotencyKey() {
    }

    public IdempotencyKey(String accountUsername, String key, String fingerprint, String entityType, long entityId,
                          OffsetDateTime createdAt) {
        this.accountUsername = accountUsername;
        this.key = key;
        this.fingerprint = fingerprint;
        this.entityType = entityType;
        this.entityId = entityId;
        this.createdAt = createdAt;
    }

    public String getAccountUsername() {
        return accountUsername;
    }

    public String getKey() {
        return key;
    }

    public String getFingerprint() {
        return fingerprint;
    }

    public String getEntityType() {
        return entityType;
    }

    public long getEntityId() {
        return entityId;
    }

    public OffsetDateTime getCreatedAt() {
        return createdAt;
    }

    /** The primary key: the account and its key. */
    public static class Pk implements Serializable {

        private static final long serialVersionUID = 1L;

        private String accountUsername;
        private String key;

        public Pk() {
        }

        public Pk(String accountUsername, String key) {
            this.accountUsername = accountUsername;
            this.key = key;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Pk other && Objects.equals(accountUsername, other.accountUsername)
                    && Objects.equals(key, other.key);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accountUsername, key);
        }
    }
}

package pl.klaster.portal.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.OffsetDateTime;

/** One failed sign-in: the user name as typed (lower-cased, whether or not it exists), the address, the time. */
@Entity
@Table(name = "sign_in_failure")
public class SignInFailure implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "sign_in_failure_seq", sequenceName = "sign_in_failure_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sign_in_failure_seq")
    private Long id;

    @Column(name = "username_key", nullable = false, length = 254, updatable = false)
    private String usernameKey;

    @Column(name = "address", length = 64, updatable = false)
    private String address;

    @Column(name = "failed_at", nullable = false, updatable = false)
    private OffsetDateTime failedAt;

    protected SignInFailure() {
    }

    public SignInFailure(String usernameKey, String address, OffsetDateTime failedAt) {
        this.usernameKey = usernameKey;
        this.address = address;
        this.failedAt = failedAt;
    }

    public Long getId() {
        return id;
    }

    public String getUsernameKey() {
        return usernameKey;
    }

    public String getAddress() {
        return address;
    }

    public OffsetDateTime getFailedAt() {
        return failedAt;
    }
}

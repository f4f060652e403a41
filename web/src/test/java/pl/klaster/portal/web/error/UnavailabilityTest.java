package pl.klaster.portal.web.error;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import org.junit.jupiter.api.Test;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failures mean "the database cannot be reached now" (answered 503) and which are bugs (500). */
class UnavailabilityTest {

    @Test
    void connectionFailuresAnywhereInTheChainMeanUnavailable() {
        // PostgreSQL's driver: SQLSTATE 08001 "Connection to localhost:5432 refused", wrapped by JPA and the EJB container
        SQLException refused = new SQLException("Connection to localhost:5432 refused", "08001", new ConnectException("Connection refused"));
        assertThat(Unavailability.isDatabaseUnavailable(new EJBException(new PersistenceException("Exception [EclipseLink-4002]", refused)))).isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("terminating connection due to administrator command", "08006"))).isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new PersistenceException(new SQLNonTransientConnectionException("H2: database closed")))).isTrue();
        // a transaction cut by the server stopping (pg_ctl stop -m fast): class 57P, "operator intervention"
        assertThat(Unavailability.isDatabaseUnavailable(new EJBException(new PersistenceException(
                new SQLException("FATAL: terminating connection due to administrator command", "57P01"))))).isTrue();
        assertThat(Unavailability.isDatabaseUnavailable(new SQLException("the database system is starting up", "57P03"))).isTrue();
    }

    @Test
    void otherFailuresAreNot() {
        assertThat(Unavailability.isDatabaseUnavailable(new PersistenceException(new SQLException("duplicate key", "23505")))).isFalse();
        assertThat(Unavailability.isDatabaseUnavailable(new IllegalStateException("a bug"))).isFalse();
        assertThat(Unavailability.isDatabaseUnavailable(null)).isFalse();
    }
}

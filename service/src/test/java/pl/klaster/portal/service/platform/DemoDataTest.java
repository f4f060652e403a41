package pl.klaster.portal.service.platform;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private static final String H2 = "jdbc:h2:file:./data/klaster;MODE=PostgreSQL";
    private static final String POSTGRES = "jdbc:postgresql://localhost/klaster";

    @Test
    void byDefaultOnlyTheEmbeddedDatabaseGetsDemoData() {
        assertThat(DemoData.isWanted("auto", H2)).isTrue();
        assertThat(DemoData.isWanted("auto", POSTGRES)).isFalse();
        assertThat(DemoData.isWanted(null, POSTGRES)).isFalse();
    }

    @Test
    void anExplicitSwitchDecides() {
        assertThat(DemoData.isWanted("true", POSTGRES)).isTrue();
        assertThat(DemoData.isWanted("TRUE", POSTGRES)).isTrue();
        assertThat(DemoData.isWanted("false", H2)).isFalse();
        assertThat(DemoData.isWanted("nonsense", H2)).isFalse();
    }
}

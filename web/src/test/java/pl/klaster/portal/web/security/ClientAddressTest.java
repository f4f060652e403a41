package pl.klaster.portal.web.security;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Issue 24, finding 2: the client behind the reverse proxy is throttled, not the proxy, and nobody forges it. */
class ClientAddressTest {

    private static final Set<String> PROXY = ClientAddress.trustedProxies(" 10.0.0.5, 10.0.0.6 ");

    @Test
    void finding2_behindATrustedProxyTheClientIsTheLastAddressThatIsNoProxy() {
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.5", List.of("203.0.113.7"), PROXY));
        assertEquals("203.0.113.7", ClientAddress.of("10.0.0.5", List.of("198.51.100.1, 203.0.113.7, 10.0.0.6"), PROXY),
                "the left entries are the client's own say; the right-most one that is not a proxy is the client");
        assertEquals("2001:db8::1", ClientAddress.of("10.0.0.5", List.of("192.0.2.9", "2001:db8::1"), PROXY));
    }

    @Test
    void finding2_theHeaderIsIgnoredUnlessTheRequestComesFromATrustedProxy() {
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", List.of("198.51.100.1"), PROXY));
        assertEquals("203.0.113.7", ClientAddress.of("203.0.113.7", List.of("198.51.100.1"), ClientAddress.trustedProxies("")));
    }

    @Test
    void aForwardedValueThatIsNoAddressFallsBackToTheProxy() {
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", List.of("<script>"), PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", List.of(), PROXY));
        assertEquals("10.0.0.5", ClientAddress.of("10.0.0.5", List.of("10.0.0.6"), PROXY));
    }
}

package pl.klaster.portal.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The address of the client a request comes from, for throttling (sign-in, password-reset mails, public pages).
 * <p>
 * Behind a reverse proxy every request's remote address is the proxy's; counting by it let one client lock out
 * everyone (issue 24, finding 2). The proxies are named in {@code klaster.proxy.trusted} (comma-separated addresses,
 * none by default): only when the request comes from one of them is {@code X-Forwarded-For} read, from the right,
 * skipping the trusted proxies; the first other address is the client (the entries on its left are the client's
 * own say and could be forged). Without the setting the header is ignored, so nobody forges an address by sending it.
 */
@ApplicationScoped
public class ClientAddress {

    static final String FORWARDED_FOR = "X-Forwarded-For";

    @Inject
    @ConfigProperty(name = "klaster.proxy.trusted")
    private Optional<String> trusted;

    /** The client's address of this request. */
    public String of(HttpServletRequest request) {
        return of(request.getRemoteAddr(), request.getHeaders(FORWARDED_FOR) == null ? List.of()
                : java.util.Collections.list(request.getHeaders(FORWARDED_FOR)), trustedProxies(trusted.orElse("")));
    }

    static Set<String> trustedProxies(String setting) {
        return Arrays.stream(setting.split(",")).map(String::trim).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
    }

    /** The rule, without a request: remote address, the X-Forwarded-For headers in order, the trusted proxies. */
    static String of(String remote, List<String> forwardedFor, Set<String> proxies) {
        if (!proxies.contains(remote)) {
            return remote;
        }
        List<String> hops = forwardedFor.stream().flatMap(h -> Arrays.stream(h.split(","))).map(String::trim)
                .filter(s -> !s.isEmpty()).toList();
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = hops.get(i);
            if (!proxies.contains(hop)) {
                return hop.length() <= 64 && hop.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '.' || c == ':' || c == '-')
                        ? hop : remote;
            }
        }
        return remote;
    }
}

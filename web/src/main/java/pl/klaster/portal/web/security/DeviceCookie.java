package pl.klaster.portal.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The "known device" of a sign-in (OWASP, "Slow down online guessing attacks with device cookies"): after a right
 * password the browser gets a cookie saying, signed with the portal's key, "this name signed in here on this day".
 * While a name is being guessed elsewhere, sign-ins from a browser with its cookie are not slowed down (see
 * {@code SignInGuard}), so nobody locks a person out of their own browser.
 * <p>
 * The key is {@code klaster.signin.device-key} (32 characters or more; the same on every node of a cluster). Without
 * it each node makes a random key at start: cookies then hold on the node that issued them until its restart, and a
 * person is at worst slowed down like anyone else.
 */
@ApplicationScoped
public class DeviceCookie {

    static final String NAME = "klaster_device";
    static final Duration VALID = Duration.ofDays(180);
    private static final Logger LOG = Logger.getLogger(DeviceCookie.class.getName());
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

    @Inject
    @ConfigProperty(name = "klaster.signin.device-key")
    private Optional<String> configuredKey;

    private byte[] key;

    @PostConstruct
    void init() {
        String value = configuredKey.map(String::trim).orElse("");
        if (value.length() >= 32) {
            key = value.getBytes(StandardCharsets.UTF_8);
        } else {
            key = new byte[32];
            new SecureRandom().nextBytes(key);
            LOG.info("klaster.signin.device-key is not set (or shorter than 32 characters): known-device cookies are signed"
                    + " with a random key of this node until it restarts");
        }
    }

    /** Whether the request carries a valid cookie of this name. */
    public boolean isKnown(HttpServletRequest request, String username) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || username == null) {
            return false;
        }
        return Arrays.stream(cookies).filter(c -> NAME.equals(c.getName()))
                .anyMatch(c -> isValid(c.getValue(), username, Instant.now()));
    }

    /** Gives the browser the cookie of the name that has just signed in. */
    public void remember(HttpServletRequest request, HttpServletResponse response, String username) {
        Cookie cookie = new Cookie(NAME, value(username, Instant.now()));
        cookie.setHttpOnly(true);
        cookie.setSecure(request.isSecure());
        cookie.setPath(request.getContextPath().isEmpty() ? "/" : request.getContextPath());
        cookie.setMaxAge((int) VALID.toSeconds());
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    String value(String username, Instant at) {
        String payload = B64.encodeToString(nameKey(username).getBytes(StandardCharsets.UTF_8)) + "." + at.getEpochSecond();
        return payload + "." + B64.encodeToString(mac(payload));
    }

    boolean isValid(String value, String username, Instant now) {
        if (value == null || value.length() > 400) {
            return false;
        }
        int lastDot = value.lastIndexOf('.');
        int firstDot = value.indexOf('.');
        if (firstDot <= 0 || lastDot <= firstDot) {
            return false;
        }
        String payload = value.substring(0, lastDot);
        byte[] given;
        long issued;
        try {
            given = Base64.getUrlDecoder().decode(value.substring(lastDot + 1));
            issued = Long.parseLong(value.substring(firstDot + 1, lastDot));
        } catch (IllegalArgumentException e) {
            return false;
        }
        if (!MessageDigest.isEqual(given, mac(payload))) {
            return false;
        }
        Instant at = Instant.ofEpochSecond(issued);
        return payload.substring(0, firstDot).equals(B64.encodeToString(nameKey(username).getBytes(StandardCharsets.UTF_8)))
                && !at.isAfter(now.plusSeconds(60)) && at.plus(VALID).isAfter(now);
    }

    private static String nameKey(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    private byte[] mac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    /** For tests: a device cookie signer with a fixed key. */
    static DeviceCookie withKey(String key) {
        DeviceCookie cookie = new DeviceCookie();
        cookie.configuredKey = Optional.of(key);
        cookie.init();
        return cookie;
    }
}

package pl.klaster.portal.web.security;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 24, finding 2: a person's own browser is recognised, and the cookie cannot be made or moved by anyone else. */
class DeviceCookieTest {

    private final DeviceCookie devices = DeviceCookie.withKey("a key of the cluster, 32 characters or more");
    private final Instant now = Instant.parse("2026-12-03T12:00:00Z");

    @Test
    void finding2_theCookieOfANameIsValidForThatNameOnly() {
        String value = devices.value("Staff", now);
        assertTrue(devices.isValid(value, "staff", now.plusSeconds(5)), "names are compared as the sign-in compares them");
        assertFalse(devices.isValid(value, "admin", now), "another name's cookie does not count");
    }

    @Test
    void finding2_aForgedChangedOrOldCookieIsRefused() {
        String value = devices.value("staff", now);
        assertFalse(DeviceCookie.withKey("another cluster's key, 32 characters long").isValid(value, "staff", now));
        assertFalse(devices.isValid(value.replace('.' + String.valueOf(now.getEpochSecond()) + '.',
                "." + (now.getEpochSecond() + 1) + "."), "staff", now), "a changed date breaks the signature");
        assertFalse(devices.isValid(value, "staff", now.plus(DeviceCookie.VALID).plus(Duration.ofMinutes(1))));
        assertFalse(devices.isValid("garbage", "staff", now));
        assertFalse(devices.isValid("a.b.c", "staff", now));
        assertFalse(devices.isValid(null, "staff", now));
    }
}

package pl.klaster.portal.web.api;

import pl.klaster.portal.domain.account.IdempotencyKey;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The {@code Idempotency-Key} request header of the API's creating POSTs: optional; when sent, 1 to 100 letters,
 * digits and {@code . _ : -} (a UUID fits), and a repeat of the same request with the same key answers the first
 * result (see {@code IdempotentWrites}). The fingerprint tells a repeat from a different request under a reused key.
 */
final class IdempotencyKeys {

    static final String HEADER = "Idempotency-Key";

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9._:-]{1," + IdempotencyKey.MAX_KEY_LENGTH + "}");

    private IdempotencyKeys() {
    }

    /** The key as sent, or null without one; a malformed key is refused (400, naming the header). */
    static String checked(String header) {
        if (header == null) {
            return null;
        }
        if (!KEY.matcher(header).matches()) {
            throw ApiInputException.of(HEADER, "api.idempotency.invalid", IdempotencyKey.MAX_KEY_LENGTH);
        }
        return header;
    }

    /** SHA-256 of the request as read (a record's text names every field and value). */
    static String fingerprint(Record body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(body.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

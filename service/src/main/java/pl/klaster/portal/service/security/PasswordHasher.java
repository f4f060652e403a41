package pl.klaster.portal.service.security;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.concurrent.Semaphore;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Password hashes: Argon2id (Bouncy Castle) in the PHC string form
 * {@code $argon2id$v=19$m=19456,t=2,p=1$salt$hash} (salt and hash Base64 without padding), at a cost from OWASP's
 * Password Storage Cheat Sheet. The cost is stored with each hash, so raising it later keeps old hashes valid and
 * {@link #needsRehash} tells when one should be renewed at the next sign-in. Hashes of the portal's earlier form,
 * PBKDF2-HMAC-SHA256 {@code pbkdf2-sha256$iterations$salt$hash}, are still verified and always need renewal.
 * <p>
 * Each hash holds {@code m} KiB of memory while it is computed; at most {@link #CONCURRENT} are computed at once
 * (the others wait their turn), so forty simultaneous sign-ins cost forty turns, not forty times 19 MiB of heap.
 * A plain class, not a bean, so the rules are unit-tested without a container.
 */
public final class PasswordHasher {

    public static final String ARGON2ID = "argon2id";
    public static final String LEGACY_PBKDF2 = "pbkdf2-sha256";

    /** OWASP's first listed Argon2id set: 19 MiB, 2 passes, 1 lane. */
    public static final Cost OWASP = new Cost(19_456, 2, 1);

    /** OWASP's cheapest listed set (7 MiB, 5 passes); nothing weaker is accepted as a configuration. */
    private static final int MIN_MEMORY_KIB = 7_168;
    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PBKDF2_BITS = 256;
    static final int CONCURRENT = Math.max(2, Runtime.getRuntime().availableProcessors());
    private static final Semaphore TURNS = new Semaphore(CONCURRENT, true);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final byte[] NO_SALT = "klaster-no-such-account".getBytes(StandardCharsets.US_ASCII);
    private static final Pattern PHC = Pattern.compile(
            "\\$argon2id\\$v=19\\$m=(\\d{1,8}),t=(\\d{1,4}),p=(\\d{1,3})\\$([A-Za-z0-9+/]{16,})\\$([A-Za-z0-9+/]{16,})");

    /** An Argon2id cost: memory in KiB, passes, lanes. */
    public record Cost(int memoryKib, int iterations, int parallelism) {
        public Cost {
            if (memoryKib < MIN_MEMORY_KIB || iterations < 1 || parallelism < 1 || iterations > 100 || parallelism > 16) {
                throw new IllegalArgumentException("Not a recognised Argon2id cost: m=" + memoryKib + " KiB, t="
                        + iterations + ", p=" + parallelism + " (OWASP's weakest is m=7168, t=5, p=1)");
            }
        }

        boolean weakerThan(Cost other) {
            return memoryKib < other.memoryKib || iterations < other.iterations;
        }
    }

    private final Cost cost;

    public PasswordHasher(Cost cost) {
        this.cost = cost;
    }

    public Cost cost() {
        return cost;
    }

    public String hash(char[] password) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = argon2id(password, salt, cost, HASH_BYTES);
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$" + ARGON2ID + "$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Compares in constant time; a malformed or missing stored hash never matches. */
    public boolean matches(char[] password, String stored) {
        if (stored == null || password == null) {
            return false;
        }
        try {
            Matcher phc = PHC.matcher(stored);
            if (phc.matches()) {
                Cost storedCost = new Cost(Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                        Integer.parseInt(phc.group(3)));
                byte[] salt = Base64.getDecoder().decode(phc.group(4));
                byte[] expected = Base64.getDecoder().decode(phc.group(5));
                return MessageDigest.isEqual(expected, argon2id(password, salt, storedCost, expected.length));
            }
            String[] parts = stored.split("\\$");
            if (parts.length == 4 && LEGACY_PBKDF2.equals(parts[0])) {
                byte[] salt = Base64.getDecoder().decode(parts[2]);
                byte[] expected = Base64.getDecoder().decode(parts[3]);
                return MessageDigest.isEqual(expected, pbkdf2(password, salt, Integer.parseInt(parts[1])));
            }
        } catch (IllegalArgumentException e) {
            // a number out of range, bad Base64 or a cost below the minimum: not a hash this portal made
        }
        return false;
    }

    /**
     * Spends the time and memory of one {@link #matches} against a hash of the configured cost, for a user name
     * that has no password, so that the answer does not tell which names exist.
     */
    public void matchNothing(char[] password) {
        argon2id(password == null ? new char[0] : password, NO_SALT, cost, HASH_BYTES);
    }

    /** True when a hash is not Argon2id, or is of a weaker cost than now configured: renew it at sign-in. */
    public boolean needsRehash(String stored) {
        Matcher phc = PHC.matcher(stored == null ? "" : stored);
        if (!phc.matches()) {
            return true;
        }
        try {
            return new Cost(Integer.parseInt(phc.group(1)), Integer.parseInt(phc.group(2)),
                    Integer.parseInt(phc.group(3))).weakerThan(cost);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static byte[] argon2id(char[] password, byte[] salt, Cost cost, int length) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .withSalt(salt)
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[length];
        TURNS.acquireUninterruptibly();
        try {
            generator.generateBytes(password, out);
        } finally {
            TURNS.release();
        }
        return out;
    }

    private static byte[] pbkdf2(char[] password, byte[] salt, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("iterations " + iterations);
        }
        PBEKeySpec spec = new PBEKeySpec(password, salt, iterations, PBKDF2_BITS);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2 is not available in this JVM", e);
        } finally {
            spec.clearPassword();
        }
    }
}

package pl.klaster.portal.service.security;

import org.junit.jupiter.api.Test;

import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import java.util.Base64;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(PasswordHasher.OWASP);

    @Test
    void aHashIsArgon2idAtOwaspCostAndMatchesItsPasswordOnly() {
        String hash = hasher.hash("correct horse battery".toCharArray());

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY".toCharArray(), hash)).isFalse();
        assertThat(hasher.needsRehash(hash)).isFalse();
    }

    @Test
    void theSamePasswordHashesDifferentlyEachTime() {
        assertThat(hasher.hash("same".toCharArray())).isNotEqualTo(hasher.hash("same".toCharArray()));
    }

    @Test
    void malformedOrMissingHashesNeverMatch() {
        assertThat(hasher.matches("x".toCharArray(), null)).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "md5$1$abc$def")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "pbkdf2-sha256$notanumber$abc$def")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "pbkdf2-sha256$20000$!!!$???")).isFalse();
        assertThat(hasher.matches("x".toCharArray(), "$argon2id$v=19$m=19456,t=2,p=1$!!!!!!!!!!!!!!!!!!!!$????????????????")).isFalse();
        // a stored cost below the minimum is not computed at all (and could not have been made here)
        assertThat(hasher.matches("x".toCharArray(), "$argon2id$v=19$m=8,t=1,p=1$c29tZXNhbHRzb21lc2FsdA$CTFhFdXPJO1aFaMaO6Mm5c8y7cJHAph8ArZWb2GRPPc")).isFalse();
    }

    @Test
    void anEarlierPbkdf2HashStillMatchesAndAsksForRenewal() throws Exception {
        String legacy = pbkdf2("pw", "klaster-old-salt".getBytes(), 310_000);

        assertThat(hasher.matches("pw".toCharArray(), legacy)).isTrue();
        assertThat(hasher.matches("pW".toCharArray(), legacy)).isFalse();
        assertThat(hasher.needsRehash(legacy)).isTrue();
    }

    @Test
    void aWeakerArgon2idHashStillMatchesAndAsksForRenewal() {
        String weaker = new PasswordHasher(new PasswordHasher.Cost(7_168, 1, 1)).hash("pw".toCharArray());

        assertThat(hasher.matches("pw".toCharArray(), weaker)).isTrue();
        assertThat(hasher.needsRehash(weaker)).isTrue();
        assertThat(new PasswordHasher(new PasswordHasher.Cost(7_168, 1, 1)).needsRehash(hasher.hash("pw".toCharArray()))).isFalse();
    }

    @Test
    void matchingNothingNeverThrowsAndTakesAnyInput() {
        hasher.matchNothing("whatever".toCharArray());
        hasher.matchNothing(null);
    }

    @Test
    void refusesACostBelowOwaspsWeakestSet() {
        assertThatThrownBy(() -> new PasswordHasher.Cost(4_096, 2, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PasswordHasher.Cost(19_456, 0, 1)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String pbkdf2(String password, byte[] salt, int iterations) throws Exception {
        byte[] hash = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                .generateSecret(new PBEKeySpec(password.toCharArray(), salt, iterations, 256)).getEncoded();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "pbkdf2-sha256$" + iterations + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }
}

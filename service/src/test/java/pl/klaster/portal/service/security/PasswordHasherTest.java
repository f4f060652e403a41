package pl.klaster.portal.service.security;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher(20_000);

    @Test
    void aHashMatchesItsPasswordOnly() {
        String hash = hasher.hash("correct horse battery".toCharArray());

        assertThat(hash).startsWith("pbkdf2-sha256$20000$").doesNotContain("correct horse");
        assertThat(hasher.matches("correct horse battery".toCharArray(), hash)).isTrue();
        assertThat(hasher.matches("correct horse batterY".toCharArray(), hash)).isFalse();
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
    }

    @Test
    void aHashKeepsItsOwnIterationCountAndAsksForRenewalWhenWeaker() {
        String old = new PasswordHasher(10_000).hash("pw".toCharArray());

        assertThat(hasher.matches("pw".toCharArray(), old)).isTrue();
        assertThat(hasher.needsRehash(old)).isTrue();
        assertThat(hasher.needsRehash(hasher.hash("pw".toCharArray()))).isFalse();
    }

    @Test
    void refusesACostBelowARecognisedMinimum() {
        assertThatThrownBy(() -> new PasswordHasher(1000)).isInstanceOf(IllegalArgumentException.class);
    }
}

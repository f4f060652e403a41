package pl.klaster.portal.service.security;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTest {

    @Test
    void aLongUncommonPasswordIsAccepted() {
        assertThat(PasswordPolicy.problem("kolorowe rowery nad Brdą", "marek")).isEmpty();
        assertThat(PasswordPolicy.problem("Tw0rzywa-i-Narzędzia", "member")).isEmpty();
    }

    @Test
    void shorterThanTwelveIsRefused() {
        assertThat(PasswordPolicy.problem("Abc!12345xy", "u")).contains("password.tooShort");
        assertThat(PasswordPolicy.problem(null, "u")).contains("password.tooShort");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789012", "passwordpassword", "Password1234", "qwerty123456!", "monkey123456",
            "!!dragon!!2024", "aaaaaaaaaaaa", "abababababab", "1q2w3e4r5t6y"})
    void commonPasswordsAreRefused(String password) {
        assertThat(PasswordPolicy.problem(password, "someone")).contains("password.common");
    }

    @Test
    void thePasswordMayNotContainTheUserName() {
        assertThat(PasswordPolicy.problem("marek.nowak-2026!", "marek.nowak")).contains("password.containsUsername");
    }

    @Test
    void aHugePasswordIsRefused() {
        assertThat(PasswordPolicy.problem("x".repeat(201) + "yz", "u")).contains("password.tooLong");
    }
}

package pl.klaster.portal.domain.validation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PolishIdentifiersTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234563218", "123-456-32-18", "PL1234563218", "pl 123 456 32 18", "PL-123-456-32-18", "1043321817"})
    void acceptsValidNipsAsPeopleWriteThem(String nip) {
        assertThat(PolishIdentifiers.isValidNip(nip)).isTrue();
    }

    @Test
    void normalisesANipToItsDigits() {
        assertThat(PolishIdentifiers.normaliseNip(" PL 123-456-32-18 ")).isEqualTo("1234563218");
        assertThat(PolishIdentifiers.normaliseNip("  ")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1234563219", "123456321", "12345632180", "ABCDEFGHIJ", "123-456-32-1X", "DE1234563218", ""})
    void refusesInvalidNips(String nip) {
        assertThat(PolishIdentifiers.isValidNip(nip)).isFalse();
    }

    @Test
    void refusesANipWhoseChecksumIsTen() {
        // 8,4,9,8,0,8,4,1,2 with the weights sums to a value with remainder 10: no tenth digit can be right
        assertThat(PolishIdentifiers.isValidNip("8498084120")).isFalse();
        for (int last = 0; last <= 9; last++) {
            assertThat(PolishIdentifiers.isValidNip("849808412" + last)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"960013380", "816-184-959", "41182449353487", "123456785"})
    void acceptsValidRegons(String regon) {
        assertThat(PolishIdentifiers.isValidRegon(regon)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"960013381", "12345678", "1234567890", "41182449353488", "4118244935348", "ABCDEFGHI"})
    void refusesInvalidRegons(String regon) {
        assertThat(PolishIdentifiers.isValidRegon(regon)).isFalse();
    }

    @Test
    void aRegonWhoseRemainderIsTenEndsWithZero() {
        // 1,2,3,4,5,6,7,8 weighted: 8+18+6+12+20+30+42+56 = 192; 192 mod 11 = 5 -> "123456785"
        // 0,0,0,0,0,0,1,4 weighted: 7+28 = 35 mod 11 = 2; find one with remainder 10: 0,0,0,0,0,0,0,3 -> 21 mod 11 = 10
        assertThat(PolishIdentifiers.isValidRegon("000000030")).isTrue();
        assertThat(PolishIdentifiers.isValidRegon("000000031")).isFalse();
    }

    @Test
    void krsIsTenDigitsWithLeadingZerosKept() {
        assertThat(PolishIdentifiers.isValidKrs("0000631263")).isTrue();
        assertThat(PolishIdentifiers.normaliseKrs("0000 631 263")).isEqualTo("0000631263");
        assertThat(PolishIdentifiers.isValidKrs("631263")).isFalse();
        assertThat(PolishIdentifiers.isValidKrs("00006312630")).isFalse();
        assertThat(PolishIdentifiers.isValidKrs("000063126X")).isFalse();
    }

    @Test
    void polishPostalCodesHaveTheFormNnNnn() {
        assertThat(PolishIdentifiers.isValidPostalCode("85-758")).isTrue();
        assertThat(PolishIdentifiers.isValidPostalCode("85758")).isFalse();
        assertThat(PolishIdentifiers.isValidPostalCode("8-5758")).isFalse();
    }
}

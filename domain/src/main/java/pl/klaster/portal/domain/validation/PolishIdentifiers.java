package pl.klaster.portal.domain.validation;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Checks and normalises Polish identifiers, following the rules in DOMAIN.md:
 * <ul>
 *   <li>NIP: 10 digits; weights 6,5,7,2,3,4,5,6,7 on the first nine, the sum mod 11 is the tenth digit, and a sum
 *       giving 10 makes the number invalid. Written with dashes or spaces, or with a "PL" prefix.</li>
 *   <li>REGON: 9 digits with weights 8,9,2,3,4,5,6,7, or 14 digits with weights 2,4,8,5,0,9,7,3,6,1,2,4,8; the sum
 *       mod 11 (10 counts as 0) is the last digit.</li>
 *   <li>KRS: 10 digits, leading zeros kept, no checksum.</li>
 * </ul>
 * {@code normalise*} strips the usual separators and prefix and returns the digits, or null for blank input;
 * {@code isValid*} takes a normalised or a written form.
 */
public final class PolishIdentifiers {

    private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    private static final int[] REGON9_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};
    private static final int[] REGON14_WEIGHTS = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-.]");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    public static final Pattern POSTAL_CODE = Pattern.compile("\\d{2}-\\d{3}");

    private PolishIdentifiers() {
    }

    /** Digits of a NIP as written ("PL 123-456-32-18" gives "1234563218"); null for blank input. */
    public static String normaliseNip(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        String s = SEPARATORS.matcher(written.trim()).replaceAll("").toUpperCase(Locale.ROOT);
        if (s.startsWith("PL")) {
            s = s.substring(2);
        }
        return s;
    }

    public static boolean isValidNip(String written) {
        String nip = normaliseNip(written);
        if (nip == null || nip.length() != 10 || !DIGITS.matcher(nip).matches()) {
            return false;
        }
        int sum = weightedSum(nip, NIP_WEIGHTS);
        int check = sum % 11;
        return check != 10 && check == nip.charAt(9) - '0';
    }

    public static String normaliseRegon(String written) {
        if (written == null || written.isBlank()) {
            return null;
        }
        return SEPARATORS.matcher(written.trim()).replaceAll("");
    }

    public static boolean isValidRegon(String written) {
        String regon = normaliseRegon(written);
        if (regon == null || !DIGITS.matcher(regon).matches()) {
            return false;
        }
        int[] weights = switch (regon.length()) {
            case 9 -> REGON9_WEIGHTS;
            case 14 -> REGON14_WEIGHTS;
            default -> null;
        };
        if (weights == null) {
            return false;
        }
        int check = weightedSum(regon, weights) % 11;
        if (check == 10) {
            check = 0;
        }
        return check == regon.charAt(regon.length() - 1) - '0';
    }

    public static String normaliseKrs(String written) {
        return normaliseRegon(written);
    }

    public static boolean isValidKrs(String written) {
        String krs = normaliseKrs(written);
        return krs != null && krs.length() == 10 && DIGITS.matcher(krs).matches();
    }

    public static boolean isValidPostalCode(String code) {
        return code != null && POSTAL_CODE.matcher(code).matches();
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }
}

package pl.klaster.portal.service.security;

import java.util.Arrays;

/**
 * Prints what one password hash costs on this machine, at the portal's Argon2id cost and at the PBKDF2 cost it
 * replaced (docs/SECURITY.md): the median and p95 of {@code n} hashes after as many for warm-up, in milliseconds.
 * A measurement to run by hand, not a test:
 * <pre>java -cp service/target/classes:service/target/test-classes:$HOME/.m2/repository/org/bouncycastle/bcprov-jdk18on/1.87/bcprov-jdk18on-1.87.jar pl.klaster.portal.service.security.HashCost 50</pre>
 */
public final class HashCost {

    private HashCost() {
    }

    public static void main(String[] args) {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        PasswordHasher argon = new PasswordHasher(PasswordHasher.OWASP);
        String stored = argon.hash("demo-password".toCharArray());
        report("Argon2id m=19456 KiB t=2 p=1", n, () -> argon.matches("demo-password".toCharArray(), stored));
        report("the same, for an unknown name", n, () -> argon.matchNothing("demo-password".toCharArray()));
        String legacy = "pbkdf2-sha256$310000$a2xhc3Rlci1nZW4tc2FsdA$y1jvpNZ7fdZBlyYfCnMcwgHN3MHdg3DW8qEPjuluNR0";
        report("PBKDF2-HMAC-SHA256 310,000 (before)", n, () -> argon.matches("demo-password".toCharArray(), legacy));
    }

    private static void report(String what, int n, Runnable hash) {
        for (int i = 0; i < n; i++) {
            hash.run();
        }
        long[] ms = new long[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            hash.run();
            ms[i] = (System.nanoTime() - t) / 1_000;
        }
        Arrays.sort(ms);
        System.out.printf("%-40s median %.1f ms, p95 %.1f ms (%d hashes, %s)%n", what, ms[n / 2] / 1000.0,
                ms[(int) Math.ceil(n * 0.95) - 1] / 1000.0, n, System.getProperty("java.vm.version"));
    }
}

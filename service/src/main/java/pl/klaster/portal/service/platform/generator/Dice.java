package pl.klaster.portal.service.platform.generator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Random;

/**
 * Every random choice of a run, from one seeded {@link Random}: the same seed and the same calls in the same
 * order give the same data. Bounds are inclusive.
 */
final class Dice {

    private static final ZoneId WARSAW = ZoneId.of("Europe/Warsaw");

    private final Random random;

    Dice(long seed) {
        this.random = new Random(seed);
    }

    /** A whole number from {@code low} to {@code high}, both included. */
    int between(int low, int high) {
        return high <= low ? low : low + random.nextInt(high - low + 1);
    }

    double unit() {
        return random.nextDouble();
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    double gaussian() {
        return random.nextGaussian();
    }

    <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    int pick(int[] values) {
        return values[random.nextInt(values.length)];
    }

    /** An index drawn with the given (not necessarily normalised) weights. */
    int weighted(double[] weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A day from {@code first} to {@code last}; {@code first} when the range is empty. */
    LocalDate day(LocalDate first, LocalDate last) {
        long days = ChronoUnit.DAYS.between(first, last);
        return days <= 0 ? first : first.plusDays((long) (random.nextDouble() * (days + 1)));
    }

    /** A moment in office hours (Warsaw time) of the given day, in UTC. */
    OffsetDateTime officeTime(LocalDate day) {
        int minute = between(7 * 60 + 30, 17 * 60 + 59);
        return day.atTime(minute / 60, minute % 60, between(0, 59)).atZone(WARSAW).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC);
    }

    /** A value spread evenly on a logarithmic scale: many small amounts, few large ones. */
    double logUniform(double low, double high) {
        return Math.exp(Math.log(low) + random.nextDouble() * (Math.log(high) - Math.log(low)));
    }

    /** An amount of money from {@code low} to {@code high} (log scale), rounded to whole {@code step}s, two decimals. */
    BigDecimal money(double low, double high, int step) {
        long steps = Math.max(1, Math.round(logUniform(low, high) / step));
        return BigDecimal.valueOf(steps * step).setScale(2, RoundingMode.UNNECESSARY);
    }

    /** An effort in person-days with one decimal, in half-day steps. */
    BigDecimal effort(double low, double high) {
        return BigDecimal.valueOf(Math.round(logUniform(low, high) * 2) / 2.0).setScale(1, RoundingMode.HALF_UP);
    }
}

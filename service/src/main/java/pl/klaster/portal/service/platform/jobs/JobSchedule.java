package pl.klaster.portal.service.platform.jobs;

import jakarta.ejb.ScheduleExpression;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How often a clustered job runs, written as {@code 20s}, {@code 5m} or {@code 1h}. The amount must divide the next
 * larger unit (a minute, an hour, a day), so the instants fall on the same wall-clock marks on every node
 * ({@code 20s}: :00, :20, :40 of each minute) whenever each node started.
 */
public record JobSchedule(Duration period, ScheduleExpression expression) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,2})\\s*([smh])\\s*");

    public static JobSchedule parse(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches()) {
            throw new IllegalArgumentException("A job's period is written like 20s, 5m or 1h: '" + text + "'");
        }
        int amount = Integer.parseInt(m.group(1));
        ScheduleExpression every = new ScheduleExpression().second("0").minute("0").hour("*");
        return switch (m.group(2)) {
            case "s" -> new JobSchedule(Duration.ofSeconds(amount), every.second("*/" + divisor(amount, 60, text)).minute("*"));
            case "m" -> new JobSchedule(Duration.ofMinutes(amount), every.minute("*/" + divisor(amount, 60, text)));
            default -> new JobSchedule(Duration.ofHours(amount), every.hour("*/" + divisor(amount, 24, text)));
        };
    }

    private static int divisor(int amount, int of, String text) {
        if (amount < 1 || of % amount != 0) {
            throw new IllegalArgumentException("A job's period must divide " + of + ": '" + text + "'");
        }
        return amount;
    }

    /** Parses a duration written the same way (seconds, minutes or hours, any amount), e.g. a lock's "at most". */
    public static Duration duration(String text) {
        Matcher m = FORM.matcher(text == null ? "" : text);
        if (!m.matches() || Integer.parseInt(m.group(1)) < 1) {
            throw new IllegalArgumentException("A duration is written like 30s, 10m or 1h: '" + text + "'");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "s" -> Duration.ofSeconds(amount);
            case "m" -> Duration.ofMinutes(amount);
            default -> Duration.ofHours(amount);
        };
    }
}

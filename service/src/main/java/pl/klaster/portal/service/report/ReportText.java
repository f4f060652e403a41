package pl.klaster.portal.service.report;

import java.io.Serializable;
import java.util.List;

/**
 * A text cell that the reader's language decides: a message key (under {@code report.}) and its arguments.
 * The pages and the exports turn it into words; enum values in cells are turned into words the same way.
 */
public record ReportText(String key, List<Object> arguments) implements Serializable {

    public static ReportText of(String key, Object... arguments) {
        return new ReportText(key, List.of(arguments));
    }
}

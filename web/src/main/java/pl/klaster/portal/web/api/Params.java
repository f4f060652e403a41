package pl.klaster.portal.web.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;

/**
 * Query parameters are taken as text and converted here, so a wrong one is a 400 naming the parameter (JAX-RS
 * itself answers a failed query-parameter conversion with 404, which would say "no such thing" instead of
 * "you asked wrongly").
 */
public final class Params {

    private Params() {
    }

    public static Integer integer(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiInputException.of(field, "api.param.integer");
        }
    }

    public static Long id(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw ApiInputException.of(field, "api.param.integer");
        }
    }

    public static LocalDate date(String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ApiInputException.of(field, "api.param.date");
        }
    }

    public static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (blank(value)) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiInputException.of(field, "api.param.oneOf", String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
        }
    }

    public static Paging paging(String page, String size, String sort, String order) {
        return Paging.of(integer(page, "page"), integer(size, "size"), blank(sort) ? null : sort.strip(), blank(order) ? null : order.strip());
    }

    public static String text(String value) {
        return blank(value) ? null : value.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

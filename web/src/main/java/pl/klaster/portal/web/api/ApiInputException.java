package pl.klaster.portal.web.api;

import java.io.Serial;
import java.util.List;

/** Parameters or a body the API cannot take (a page number below 1, an unknown enum value...): answered 400. */
public class ApiInputException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    /** One field at fault, with the bundle key of its message. */
    public record Field(String field, String key, Object... arguments) {
    }

    private final transient List<Field> errors;

    public ApiInputException(List<Field> errors) {
        super(errors.toString());
        this.errors = List.copyOf(errors);
    }

    public static ApiInputException of(String field, String key, Object... arguments) {
        return new ApiInputException(List.of(new Field(field, key, arguments)));
    }

    public List<Field> errors() {
        return errors;
    }
}

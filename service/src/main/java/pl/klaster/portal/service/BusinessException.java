package pl.klaster.portal.service;

import jakarta.ejb.ApplicationException;

import java.io.Serial;
import java.util.Arrays;

/**
 * An expected failure of a business rule (a NIP used twice, a transition the state does not allow...).
 * It carries a message bundle key and its arguments, so a page shows it in the user's language, and it rolls
 * the transaction back so nothing is saved half-way. The optional field names the form field it belongs to.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final String key;
    private final String field;
    private final Object[] arguments;

    public BusinessException(String key, Object... arguments) {
        this(null, key, arguments);
    }

    private BusinessException(String field, String key, Object... arguments) {
        super(key + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.key = key;
        this.field = field;
        this.arguments = arguments.clone();
    }

    /** A failure that belongs to one field of the form (shown next to it). */
    public static BusinessException onField(String field, String key, Object... arguments) {
        return new BusinessException(field, key, arguments);
    }

    public String getKey() {
        return key;
    }

    /** The form field the message belongs to, or null for a message about the whole form. */
    public String getField() {
        return field;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}

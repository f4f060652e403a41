package pl.klaster.portal.service.member.imports;

import java.io.Serializable;
import java.util.List;

/**
 * One problem of a row: the field it concerns (null for the row as a whole), a message bundle key and its
 * arguments (as text). A page shows it in the user's language; keys of Bean Validation rules are the
 * constraint's own message key (e.g. {@code member.nip.invalid}), the import's own ones start with {@code import.}.
 */
public record RowMessage(ImportField field, String key, List<String> arguments) implements Serializable {

    public RowMessage {
        arguments = List.copyOf(arguments);
    }

    public static RowMessage of(ImportField field, String key, Object... arguments) {
        return new RowMessage(field, key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}

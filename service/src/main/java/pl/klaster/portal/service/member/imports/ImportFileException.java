package pl.klaster.portal.service.member.imports;

import pl.klaster.portal.service.BusinessException;

import java.io.Serial;

/** A file that cannot be imported as it is (not a CSV or XLSX, empty, too large...), with the message key saying why. */
public class ImportFileException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public ImportFileException(String key, Object... arguments) {
        super(key, arguments);
    }
}

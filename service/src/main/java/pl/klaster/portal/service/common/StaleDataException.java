package pl.klaster.portal.service.common;

import jakarta.ejb.ApplicationException;
import pl.klaster.portal.service.BusinessException;

import java.io.Serial;

/**
 * Somebody else saved the same record after this form was opened: the save is refused and nothing is
 * overwritten. The page keeps the user's input and offers to reload the record.
 */
@ApplicationException(rollback = true)
public class StaleDataException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public StaleDataException() {
        super("common.stale");
    }
}

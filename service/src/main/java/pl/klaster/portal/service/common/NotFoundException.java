package pl.klaster.portal.service.common;

import jakarta.ejb.ApplicationException;
import pl.klaster.portal.service.BusinessException;

import java.io.Serial;

/**
 * The thing asked for does not exist, or the caller may not see it: both answers are the same, so a member
 * cannot learn which ids of other companies exist. Pages answer it with 404.
 */
@ApplicationException(rollback = true)
public class NotFoundException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound.text");
    }
}

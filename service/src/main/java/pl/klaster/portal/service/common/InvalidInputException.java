package pl.klaster.portal.service.common;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import pl.klaster.portal.service.BusinessException;

import java.io.Serial;
import java.util.List;
import java.util.Set;

/**
 * Input that breaks the entity's constraints, found by the service before anything is saved. It carries the
 * violations themselves (local calls only), so a page can put each message, in the user's language, next to
 * the field its property path names.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends BusinessException {

    @Serial
    private static final long serialVersionUID = 1L;

    private final transient List<ConstraintViolation<?>> violations;

    public InvalidInputException(Set<? extends ConstraintViolation<?>> violations) {
        super("validation.invalid");
        this.violations = List.copyOf(violations);
    }

    public List<ConstraintViolation<?>> getViolations() {
        return violations == null ? List.of() : violations;
    }
}

package pl.klaster.portal.service.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import java.util.Set;

/** Validates an entity's constraints before a service saves it, so bad input is reported, never half-saved. */
@ApplicationScoped
public class Checks {

    @Inject
    private Validator validator;

    public <T> T valid(T object) {
        Set<ConstraintViolation<T>> violations = validator.validate(object);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return object;
    }
}

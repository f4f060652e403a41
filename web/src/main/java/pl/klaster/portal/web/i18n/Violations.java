package pl.klaster.portal.web.i18n;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.ValidatorFactory;
import pl.klaster.portal.service.common.InvalidInputException;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The messages of a refused input ({@link InvalidInputException}) in one language, whatever the server's
 * default: the objects at fault are validated again with a message interpolator fixed to that locale. Used by
 * the pages (messages next to fields) and by the API (field errors of a problem answer).
 */
@ApplicationScoped
public class Violations {

    /** One field at fault: its property path ("address.city") and the message. */
    public record FieldMessage(String field, String message) {
    }

    @Inject
    private ValidatorFactory validatorFactory;

    public List<FieldMessage> localized(InvalidInputException e, Locale locale) {
        MessageInterpolator interpolator = new LocaleInterpolator(validatorFactory.getMessageInterpolator(), locale);
        Set<Object> roots = new LinkedHashSet<>();
        e.getViolations().forEach(v -> roots.add(v.getRootBean()));
        var validator = validatorFactory.usingContext().messageInterpolator(interpolator).getValidator();
        List<FieldMessage> messages = new ArrayList<>();
        for (Object root : roots) {
            for (ConstraintViolation<Object> v : validator.validate(root)) {
                messages.add(new FieldMessage(v.getPropertyPath().toString(), v.getMessage()));
            }
        }
        return messages;
    }

    /** Interpolates every message in one locale, whatever the server's default. */
    private record LocaleInterpolator(MessageInterpolator delegate, Locale locale) implements MessageInterpolator {
        @Override
        public String interpolate(String template, Context context) {
            return delegate.interpolate(template, context, locale);
        }

        @Override
        public String interpolate(String template, Context context, Locale ignored) {
            return delegate.interpolate(template, context, locale);
        }
    }
}

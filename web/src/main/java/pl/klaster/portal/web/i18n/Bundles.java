package pl.klaster.portal.web.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The portal's texts outside a Faces request (servlets writing files): the same bundle as the pages, for a
 * given locale. Enum values read as the pages show them ({@code enum.<Type>.<NAME>}).
 */
public final class Bundles {

    private final ResourceBundle bundle;

    private Bundles(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    public static Bundles of(Locale locale) {
        return new Bundles(ResourceBundle.getBundle(FacesTexts.BUNDLE, locale));
    }

    public Locale locale() {
        return bundle.getLocale();
    }

    public String text(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "???" + key + "???";
        }
        if (arguments.length == 0) {
            return pattern;
        }
        Object[] shown = new Object[arguments.length];
        for (int i = 0; i < arguments.length; i++) {
            shown[i] = arguments[i] instanceof Enum<?> e ? label(e) : arguments[i];
        }
        return new MessageFormat(pattern, bundle.getLocale()).format(shown);
    }

    public String label(Enum<?> value) {
        String key = "enum." + value.getDeclaringClass().getSimpleName() + "." + value.name();
        return bundle.containsKey(key) ? bundle.getString(key) : value.name();
    }
}

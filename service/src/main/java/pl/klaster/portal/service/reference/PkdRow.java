package pl.klaster.portal.service.reference;

import java.io.Serializable;
import java.util.Locale;

/** A PKD code with both names. */
public record PkdRow(String code, String namePl, String nameEn, String level) implements Serializable {

    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : namePl;
    }
}

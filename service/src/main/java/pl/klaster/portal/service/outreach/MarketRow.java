package pl.klaster.portal.service.outreach;

import java.io.Serializable;
import java.util.List;

/** A target market with its countries. */
public record MarketRow(long id, String namePl, String nameEn, int priority, List<String> countries, long version)
        implements Serializable {

    public String name(String language) {
        return "en".equals(language) ? nameEn : namePl;
    }
}

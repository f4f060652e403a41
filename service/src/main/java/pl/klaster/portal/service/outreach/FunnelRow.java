package pl.klaster.portal.service.outreach;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One line of the export funnel (for a target market or an activity): activities → member participations →
 * B2B meetings → leads → agreements → export value (per currency: amounts in PLN and in EUR are never added).
 */
public record FunnelRow(long key, String namePl, String nameEn, long activities, long participations, long meetings,
                        long leads, long agreements, BigDecimal exportPln, BigDecimal exportEur) implements Serializable {

    public String name(String language) {
        return "en".equals(language) ? nameEn : namePl;
    }
}

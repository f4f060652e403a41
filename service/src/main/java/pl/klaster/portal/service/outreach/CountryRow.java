package pl.klaster.portal.service.outreach;

import java.io.Serializable;
import java.math.BigDecimal;

/** Per country: the activities held there and the outcomes members reported for it. */
public record CountryRow(String countryCode, long activities, long outcomes, long leads, long agreements,
                         BigDecimal exportPln, BigDecimal exportEur) implements Serializable {
}

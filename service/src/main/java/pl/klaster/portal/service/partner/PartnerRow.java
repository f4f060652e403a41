package pl.klaster.portal.service.partner;

import pl.klaster.portal.domain.partner.PartnerRelation;
import pl.klaster.portal.domain.partner.PartnerType;

import java.io.Serializable;
import java.time.LocalDate;

/** A partner organisation in a list or a picker. */
public record PartnerRow(long id, String name, String acronym, PartnerType type, String countryCode, String city,
                         PartnerRelation relation, LocalDate relationSince, LocalDate relationUntil) implements Serializable {

    public String displayName() {
        return acronym == null ? name : acronym + " – " + name;
    }
}

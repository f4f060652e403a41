package pl.klaster.portal.service.outreach;

import pl.klaster.portal.domain.outreach.ActivityType;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An outreach activity in a list or the calendar, with how many places are taken and how many wait. */
public record ActivityRow(long id, ActivityType type, String titlePl, String titleEn, LocalDate startDate, LocalDate endDate,
                          boolean online, String city, String countryCode, Integer capacity, LocalDate registrationDeadline,
                          BigDecimal costAmount, String costCurrency, long taken, long waiting) implements Serializable {

    public String title(String language) {
        return "en".equals(language) ? titleEn : titlePl;
    }

    public boolean isFull() {
        return capacity != null && taken >= capacity;
    }
}

package pl.klaster.portal.web.view.outreach;

import pl.klaster.portal.domain.outreach.RegistrationStatus;
import pl.klaster.portal.service.outreach.RegistrationRow;

import java.time.LocalDate;

/**
 * Which buttons a member sees for its registration. They mirror the service's rules so that the page does not
 * offer what would be refused; the service still decides.
 */
final class RegistrationRules {

    private RegistrationRules() {
    }

    static boolean memberMayCancel(RegistrationRow row, LocalDate today) {
        return (row.status() == RegistrationStatus.REGISTERED || row.status() == RegistrationStatus.CONFIRMED
                || row.status() == RegistrationStatus.WAITING) && !today.isAfter(row.registrationDeadline());
    }

    static boolean mayReport(RegistrationRow row, LocalDate today) {
        return row.status().holdsPlace() && !today.isBefore(row.startDate());
    }
}

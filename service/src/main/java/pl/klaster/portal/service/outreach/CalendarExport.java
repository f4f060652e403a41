package pl.klaster.portal.service.outreach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.reference.Countries;

import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Outreach activities as iCalendar files, in the reader's language: one activity, or all that have not yet
 * ended. Each event links to the activity's page for the reader's role (a member's own page, or the office's),
 * at the portal's configured public address, never one taken from a request.
 */
@Stateless
public class CalendarExport {

    /** More than a cluster plans in years; a feed is never unbounded. */
    private static final int MAX_EVENTS = 1000;

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Caller caller;

    @Inject
    @ConfigProperty(name = "klaster.base.url", defaultValue = "http://localhost:8080")
    private String baseUrl;

    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public String activity(long id, String language) {
        OutreachActivity activity = em.find(OutreachActivity.class, id);
        if (activity == null) {
            throw new NotFoundException();
        }
        return ICalendar.write(List.of(event(activity, language)), activity.title(language), OffsetDateTime.now(ZoneOffset.UTC));
    }

    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public String upcoming(String language) {
        List<CalendarEvent> events = em.createQuery("SELECT a FROM OutreachActivity a WHERE a.endDate >= :today"
                        + " ORDER BY a.startDate, a.id", OutreachActivity.class)
                .setParameter("today", LocalDate.now()).setMaxResults(MAX_EVENTS).getResultList().stream()
                .map(a -> event(a, language)).toList();
        String name = "en".equals(language) ? "Cluster outreach activities" : "Działania międzynarodowe klastra";
        return ICalendar.write(events, name, OffsetDateTime.now(ZoneOffset.UTC));
    }

    private CalendarEvent event(OutreachActivity a, String language) {
        Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("pl");
        String location = a.isOnline() ? "Online" : a.getCity() + ", " + Countries.name(a.getCountryCode(), locale);
        String description = "en".equals(language) && a.getDescriptionEn() != null ? a.getDescriptionEn() : a.getDescriptionPl();
        // management has no page per activity: its link leads to the funnel, where each activity has a line
        String page = caller.isMember() ? "/member/activity.xhtml?id=" + a.getId()
                : caller.isManagement() ? "/reports/funnel.xhtml" : "/staff/activity.xhtml?id=" + a.getId();
        return new CalendarEvent("activity-" + a.getId() + "@" + host(), a.getStartDate(), a.getEndDate(), a.title(language),
                description, location, base() + page, null);
    }

    private String base() {
        return baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    private String host() {
        String host = URI.create(base()).getHost();
        return host == null ? "klaster-portal" : host;
    }
}

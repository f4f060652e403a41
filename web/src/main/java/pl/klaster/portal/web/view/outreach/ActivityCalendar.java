package pl.klaster.portal.web.view.outreach;

import jakarta.faces.context.FacesContext;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import pl.klaster.portal.service.outreach.ActivityRow;
import pl.klaster.portal.service.outreach.OutreachService;

import java.io.Serial;
import java.time.LocalDateTime;
import java.util.Locale;

/**
 * The calendar's model: for the range the calendar shows (a month, or a list), the activities that take place in
 * it, each an all-day entry linking to the activity's page. The calendar asks again when the user moves on.
 */
public class ActivityCalendar extends LazyScheduleModel {

    @Serial
    private static final long serialVersionUID = 1L;

    private final OutreachService outreach;
    private final String language;
    private final String page;

    /** {@code page}: the activity page the entries link to, e.g. {@code /staff/activity.xhtml}. */
    public ActivityCalendar(OutreachService outreach, String language, String page) {
        this.outreach = outreach;
        this.language = language;
        this.page = page;
    }

    @Override
    public void loadEvents(LocalDateTime start, LocalDateTime end) {
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        for (ActivityRow a : outreach.calendar(start.toLocalDate(), end.toLocalDate())) {
            addEvent(DefaultScheduleEvent.builder()
                    .id(String.valueOf(a.id()))
                    .title(a.title(language))
                    .startDate(a.startDate().atStartOfDay())
                    // the calendar's end is exclusive: an activity ending on the 12th occupies the 12th
                    .endDate(a.endDate().plusDays(1).atStartOfDay())
                    .allDay(true)
                    .editable(false)
                    .styleClass("k-activity-" + a.type().name().toLowerCase(Locale.ROOT))
                    .url(context + page + "?id=" + a.id())
                    .build());
        }
    }
}

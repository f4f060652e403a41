package pl.klaster.portal.web.view.outreach;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.ScheduleModel;
import pl.klaster.portal.domain.outreach.ActivityType;
import pl.klaster.portal.service.outreach.ActivityFilter;
import pl.klaster.portal.service.outreach.ActivityRow;
import pl.klaster.portal.service.outreach.MarketRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.web.faces.LazyRows;
import pl.klaster.portal.web.i18n.LocaleBacking;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /staff/activities.xhtml}: the outreach activities as a filtered list (upcoming by default) and as a
 * month calendar; both ask the database only for what they show (a page, or the visible month).
 */
@Named
@ViewScoped
public class ActivitiesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private OutreachService outreach;
    @Inject
    private LocaleBacking locale;

    private String text;
    private ActivityType type;
    private Long marketId;
    private LocalDate from;
    private boolean includePast;
    private LocalDate to;
    private List<MarketRow> markets;
    private LazyRows<ActivityRow> rows;
    private ScheduleModel calendar;

    @PostConstruct
    void init() {
        markets = outreach.markets();
        // without a "from" date the list starts today (upcoming and running ones) unless past ones are asked for too
        rows = new LazyRows<>(request -> outreach.search(new ActivityFilter(text, type, marketId,
                from != null || includePast ? from : LocalDate.now(), to), request), ActivityRow::id);
        String language = locale.getLanguage();
        calendar = new ActivityCalendar(outreach, language, "/staff/activity.xhtml");
    }

    public void search() {
        rows.reset();
    }

    public LazyRows<ActivityRow> getRows() {
        return rows;
    }

    public ScheduleModel getCalendar() {
        return calendar;
    }

    public List<MarketRow> getMarkets() {
        return markets;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public ActivityType getType() {
        return type;
    }

    public void setType(ActivityType type) {
        this.type = type;
    }

    public Long getMarketId() {
        return marketId;
    }

    public void setMarketId(Long marketId) {
        this.marketId = marketId;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public boolean isIncludePast() {
        return includePast;
    }

    public void setIncludePast(boolean includePast) {
        this.includePast = includePast;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}

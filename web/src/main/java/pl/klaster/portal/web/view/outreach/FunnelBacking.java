package pl.klaster.portal.web.view.outreach;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.outreach.CountryRow;
import pl.klaster.portal.service.outreach.FunnelRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.web.i18n.FacesTexts;
import pl.klaster.portal.web.i18n.LocaleBacking;
import pl.klaster.portal.web.view.Formats;
import pl.klaster.portal.web.view.charts.ChartJson;

import java.io.Serial;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code /reports/funnel.xhtml}: the export funnel (activities → member participations → B2B meetings → leads →
 * agreements → export value) per target market and per activity, and where activities and outcomes are, by
 * country, for a date range (this year by default). Read-only, for staff and management.
 */
@Named
@ViewScoped
public class FunnelBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    /** How many countries the chart shows (the table below it has them all). */
    private static final int CHART_COUNTRIES = 15;

    @Inject
    private OutreachService outreach;
    @Inject
    private LocaleBacking locale;
    @Inject
    private Formats fmt;

    private LocalDate from = LocalDate.now().withDayOfYear(1);
    private LocalDate to = LocalDate.now().withDayOfYear(1).plusYears(1).minusDays(1);
    private List<FunnelRow> byMarket;
    private FunnelRow total;
    private List<FunnelRow> byActivity;
    private List<CountryRow> byCountry;

    @PostConstruct
    void init() {
        refresh();
    }

    public void refresh() {
        if (from == null || to == null || to.isBefore(from)) {
            FacesTexts.error("filters:to", "validation.dateOrder");
            return;
        }
        byMarket = outreach.funnelByMarket(from, to);
        total = outreach.funnelTotal(from, to);
        byActivity = outreach.funnelByActivity(from, to);
        byCountry = outreach.byCountry(from, to);
    }

    /** The funnel's stages side by side for each market. */
    public String getMarketChart() {
        String language = locale.getLanguage();
        return ChartJson.bar()
                .labels(byMarket.stream().map(r -> r.key() == OutreachService.NO_MARKET ? FacesTexts.text("funnel.noMarket") : r.name(language)).toList())
                .dataset(FacesTexts.text("funnel.activities"), byMarket.stream().map(FunnelRow::activities).toList())
                .dataset(FacesTexts.text("funnel.participations"), byMarket.stream().map(FunnelRow::participations).toList())
                .dataset(FacesTexts.text("funnel.meetings"), byMarket.stream().map(FunnelRow::meetings).toList())
                .dataset(FacesTexts.text("funnel.leads"), byMarket.stream().map(FunnelRow::leads).toList())
                .dataset(FacesTexts.text("funnel.agreements"), byMarket.stream().map(FunnelRow::agreements).toList())
                .toJson();
    }

    /** Activities held in and outcomes reported for each country (the leading ones). */
    public String getCountryChart() {
        List<CountryRow> top = byCountry.stream().limit(CHART_COUNTRIES).toList();
        return ChartJson.bar().horizontal()
                .labels(top.stream().map(r -> fmt.country(r.countryCode())).toList())
                .dataset(FacesTexts.text("funnel.country.activities"), top.stream().map(CountryRow::activities).toList())
                .dataset(FacesTexts.text("funnel.country.outcomes"), top.stream().map(CountryRow::outcomes).toList())
                .dataset(FacesTexts.text("funnel.leads"), top.stream().map(CountryRow::leads).toList())
                .dataset(FacesTexts.text("funnel.agreements"), top.stream().map(CountryRow::agreements).toList())
                .toJson();
    }

    /** The chart's height grows with the number of countries so that bars stay readable. */
    public int getCountryChartHeight() {
        return 120 + 48 * (int) Math.min(CHART_COUNTRIES, Math.max(1, byCountry.size()));
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public List<FunnelRow> getByMarket() {
        return byMarket;
    }

    public FunnelRow getTotal() {
        return total;
    }

    public List<FunnelRow> getByActivity() {
        return byActivity;
    }

    public List<CountryRow> getByCountry() {
        return byCountry;
    }
}

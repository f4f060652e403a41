package pl.klaster.portal.web.view.outreach;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.outreach.MarketRow;
import pl.klaster.portal.service.outreach.OutreachService;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/** {@code /staff/markets.xhtml}: the cluster's target markets (a country or a region of countries) with a priority. */
@Named
@ViewScoped
public class MarketsBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    static final Map<String, String> FIELDS = Map.of("namePl", "marketForm:namePl", "nameEn", "marketForm:nameEn",
            "priority", "marketForm:priority", "countries", "marketForm:countries");

    @Inject
    private OutreachService outreach;
    @Inject
    private ServiceCalls calls;

    private List<MarketRow> markets;
    private Long editedId;
    private long version;
    private String namePl;
    private String nameEn;
    private Integer priority = 3;
    private List<String> countries = new ArrayList<>();

    @PostConstruct
    void init() {
        markets = outreach.markets();
    }

    public void startNew() {
        editedId = null;
        version = 0;
        namePl = null;
        nameEn = null;
        priority = 3;
        countries = new ArrayList<>();
    }

    public void edit(MarketRow market) {
        editedId = market.id();
        version = market.version();
        namePl = market.namePl();
        nameEn = market.nameEn();
        priority = market.priority();
        countries = new ArrayList<>(market.countries());
    }

    public void save() {
        boolean creating = editedId == null;
        MarketRow saved = calls.get(() -> outreach.saveMarket(editedId, version, namePl, nameEn, priority == null ? 0 : priority,
                new LinkedHashSet<>(countries)), FIELDS);
        if (saved != null) {
            FacesTexts.info(creating ? "market.created" : "market.saved", saved.name(FacesTexts.language()));
            markets = outreach.markets();
        }
    }

    public List<MarketRow> getMarkets() {
        return markets;
    }

    public Long getEditedId() {
        return editedId;
    }

    public String getNamePl() {
        return namePl;
    }

    public void setNamePl(String namePl) {
        this.namePl = namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getPriority() {
        return priority;
    }

    public void setPriority(Integer priority) {
        this.priority = priority;
    }

    public List<String> getCountries() {
        return countries;
    }

    public void setCountries(List<String> countries) {
        this.countries = countries;
    }
}

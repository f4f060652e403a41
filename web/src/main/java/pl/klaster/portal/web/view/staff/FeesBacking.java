package pl.klaster.portal.web.view.staff;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.service.fee.FeeRow;
import pl.klaster.portal.service.fee.FeeService;
import pl.klaster.portal.web.faces.LazyRows;
import pl.klaster.portal.web.faces.ServiceCalls;
import pl.klaster.portal.web.i18n.FacesTexts;

import java.io.Serial;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** {@code /staff/fees.xhtml}: the rates of a year, charging a year's fees, and the overdue fees. */
@Named
@ViewScoped
public class FeesBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private FeeService fees;
    @Inject
    private ServiceCalls calls;

    private int year = LocalDate.now().getYear();
    private List<Rate> rates = new ArrayList<>();
    private LazyRows<FeeRow> overdue;

    @PostConstruct
    void init() {
        overdue = new LazyRows<>(request -> fees.overdue(request), FeeRow::id);
        loadRates();
    }

    public void loadRates() {
        rates = new ArrayList<>();
        fees.rates(year).forEach((size, amount) -> rates.add(new Rate(size, amount)));
    }

    public void saveRates() {
        Map<SizeClass, BigDecimal> amounts = new EnumMap<>(SizeClass.class);
        rates.forEach(rate -> amounts.put(rate.getSizeClass(), rate.getAmount()));
        if (calls.run(() -> fees.setRates(year, amounts), Map.of("year", "rates:year"))) {
            FacesTexts.info("fee.rates.saved", year);
        }
    }

    public void charge() {
        Integer charged = calls.get(() -> fees.chargeYear(year), Map.of("year", "rates:year"));
        if (charged != null) {
            FacesTexts.info("fee.charge.done", charged, year);
            overdue.reset();
        }
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<Rate> getRates() {
        return rates;
    }

    public LazyRows<FeeRow> getOverdue() {
        return overdue;
    }

    /** One rate being edited. */
    public static class Rate implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
        private final SizeClass sizeClass;
        private BigDecimal amount;

        Rate(SizeClass sizeClass, BigDecimal amount) {
            this.sizeClass = sizeClass;
            this.amount = amount;
        }

        public SizeClass getSizeClass() {
            return sizeClass;
        }

        public BigDecimal getAmount() {
            return amount;
        }

        public void setAmount(BigDecimal amount) {
            this.amount = amount;
        }
    }
}

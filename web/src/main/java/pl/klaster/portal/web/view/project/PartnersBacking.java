package pl.klaster.portal.web.view.project;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.domain.partner.PartnerType;
import pl.klaster.portal.service.partner.PartnerRow;
import pl.klaster.portal.service.partner.PartnerService;
import pl.klaster.portal.web.faces.LazyRows;

import java.io.Serial;
import java.io.Serializable;

/** {@code /staff/partners.xhtml}: partner organisations, searchable by name, type and country. */
@Named
@ViewScoped
public class PartnersBacking implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Inject
    private PartnerService partners;

    private String text;
    private PartnerType type;
    private String countryCode;
    private LazyRows<PartnerRow> rows;

    @PostConstruct
    void init() {
        rows = new LazyRows<>(request -> partners.search(text, type, countryCode, request), PartnerRow::id);
    }

    public void search() {
        rows.reset();
    }

    public LazyRows<PartnerRow> getRows() {
        return rows;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public PartnerType getType() {
        return type;
    }

    public void setType(PartnerType type) {
        this.type = type;
    }

    public String getCountryCode() {
        return countryCode;
    }

    public void setCountryCode(String countryCode) {
        this.countryCode = countryCode;
    }
}

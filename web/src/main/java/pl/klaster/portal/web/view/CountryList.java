package pl.klaster.portal.web.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import pl.klaster.portal.service.reference.Countries;
import pl.klaster.portal.web.i18n.LocaleBacking;

import java.util.List;

/** The ISO 3166 countries, named and sorted in the page's language, for country pickers. */
@Named("countries")
@RequestScoped
public class CountryList {

    @Inject
    private LocaleBacking locale;

    private List<Countries.Country> all;

    public List<Countries.Country> getAll() {
        if (all == null) {
            all = Countries.all(locale.getCurrent());
        }
        return all;
    }
}

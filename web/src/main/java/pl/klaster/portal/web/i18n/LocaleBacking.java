package pl.klaster.portal.web.i18n;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.util.Locale;

/**
 * The language of the page being rendered (decided by {@link LocaleFilter}) and the links that switch it.
 */
@Named("locale")
@RequestScoped
public class LocaleBacking {

    @Inject
    private FacesContext faces;

    public Locale getCurrent() {
        Object locale = faces.getExternalContext().getRequestMap().get(LocaleFilter.ATTRIBUTE);
        return locale instanceof Locale l ? l : Languages.DEFAULT;
    }

    public String getLanguage() {
        return getCurrent().getLanguage();
    }

    /** The address of this page in the other language (GET, so it works on any page, error pages included). */
    public String switchUrl(String language) {
        HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
        Object forwarded = request.getAttribute("jakarta.servlet.forward.request_uri");
        Object failed = request.getAttribute("jakarta.servlet.error.request_uri");
        String uri = failed != null ? failed.toString() : forwarded != null ? forwarded.toString() : request.getRequestURI();
        // keep the page's own parameters (which member, which report), so the switch shows the same thing
        Object query = failed != null ? null : forwarded != null ? request.getAttribute("jakarta.servlet.forward.query_string")
                : request.getQueryString();
        String kept = query == null ? "" : java.util.Arrays.stream(query.toString().split("&"))
                .filter(pair -> !pair.isEmpty() && !pair.startsWith(LocaleFilter.PARAMETER + "="))
                .map(pair -> pair + "&").collect(java.util.stream.Collectors.joining());
        return uri + "?" + kept + LocaleFilter.PARAMETER + "=" + language;
    }
}

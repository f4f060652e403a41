package pl.klaster.portal.web.view.publicpages;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.LocalDate;

/**
 * The accessibility declaration (deklaracja dostępności) that Polish law asks of bodies funded by public money:
 * its text is in the message bundles, while who answers requests and the declaration's dates are configuration,
 * so each cluster publishes its own without a rebuild.
 */
@Named
@RequestScoped
public class AccessibilityBacking {

    @Inject
    @ConfigProperty(name = "klaster.cluster.name", defaultValue = "Klaster")
    String clusterName;
    @Inject
    @ConfigProperty(name = "klaster.accessibility.contact.person", defaultValue = "")
    String contactPerson;
    @Inject
    @ConfigProperty(name = "klaster.accessibility.contact.email", defaultValue = "")
    String contactEmail;
    @Inject
    @ConfigProperty(name = "klaster.accessibility.contact.phone", defaultValue = "")
    String contactPhone;
    @Inject
    @ConfigProperty(name = "klaster.accessibility.published", defaultValue = "2026-11-27")
    LocalDate published;
    @Inject
    @ConfigProperty(name = "klaster.accessibility.updated", defaultValue = "2026-11-27")
    LocalDate updated;

    public String getClusterName() {
        return clusterName;
    }

    public String getContactPerson() {
        return contactPerson;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public LocalDate getPublished() {
        return published;
    }

    public LocalDate getUpdated() {
        return updated;
    }
}

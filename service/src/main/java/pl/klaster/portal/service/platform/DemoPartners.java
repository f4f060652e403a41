package pl.klaster.portal.service.platform;

import jakarta.persistence.EntityManager;
import pl.klaster.portal.domain.partner.PartnerContact;
import pl.klaster.portal.domain.partner.PartnerOrganisation;
import pl.klaster.portal.domain.partner.PartnerRelation;
import pl.klaster.portal.domain.partner.PartnerType;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The demo cluster's partner organisations: ELCA (the alliance the cluster co-founded), VTT (lead of Better
 * Factory), and foreign clusters and a chamber of commerce with invented names marked "demo".
 */
final class DemoPartners {

    private final EntityManager em;
    private final Map<String, PartnerOrganisation> byKey = new LinkedHashMap<>();

    DemoPartners(EntityManager em) {
        this.em = em;
    }

    PartnerOrganisation partner(String key) {
        return byKey.get(key);
    }

    void load() {
        add("elca", "European Lightweight Cluster Alliance", "ELCA", PartnerType.ALLIANCE, "BE", "Bruksela / Brussels",
                "https://elca.example", PartnerRelation.CO_FOUNDER, LocalDate.of(2016, 6, 1),
                "Sojusz europejskich klastrów technologii lekkich konstrukcji; BKP jest członkiem założycielem. (demo)",
                "Koordynator sojuszu", "secretariat@elca.example");
        add("vtt", "VTT Technical Research Centre of Finland", "VTT", PartnerType.RESEARCH_INSTITUTE, "FI", "Espoo",
                "https://www.vttresearch.com", PartnerRelation.PARTNER, LocalDate.of(2020, 10, 1),
                "Lider projektu Better Factory. (dane kontaktowe: demo)", "Project coordinator", "betterfactory@vtt.example");
        add("plasturgie", "Cluster Plasturgie Rhône-Alpes (demo)", null, PartnerType.FOREIGN_CLUSTER, "FR", "Lyon",
                "https://plasturgie.example", PartnerRelation.MOU, LocalDate.of(2019, 3, 15),
                "Porozumienie o współpracy w zakresie recyklingu tworzyw.", "Responsable international", "international@plasturgie.example");
        add("sachsen", "Kunststoff-Netzwerk Sachsen (demo)", "KNS", PartnerType.FOREIGN_CLUSTER, "DE", "Chemnitz",
                "https://kns.example", PartnerRelation.PARTNER, LocalDate.of(2018, 9, 1),
                "Wspólne misje i targi w Niemczech.", "Clustermanagerin", "office@kns.example");
        add("ohio", "Ohio Polymer Valley Cluster (demo)", null, PartnerType.FOREIGN_CLUSTER, "US", "Akron",
                "https://polymer-valley.example", PartnerRelation.MOU, LocalDate.of(2022, 5, 10),
                "Partner misji gospodarczej do USA.", "Director of Partnerships", "partners@polymer-valley.example");
        add("kansai", "Kansai Monozukuri Network (demo)", null, PartnerType.FOREIGN_CLUSTER, "JP", "Osaka",
                "https://kansai-monozukuri.example", PartnerRelation.PARTNER, LocalDate.of(2023, 2, 1),
                "Kontakty z japońskimi producentami komponentów.", "International Desk", "desk@kansai-monozukuri.example");
        add("chamber", "Polsko-Indyjska Izba Przemysłowo-Handlowa (demo)", "PIIPH", PartnerType.CHAMBER_OF_COMMERCE, "PL", "Warszawa",
                "https://izba-pl-in.example", PartnerRelation.PARTNER, LocalDate.of(2021, 11, 1),
                "Pomoc w misjach do Indii.", "Sekretarz generalny", "biuro@izba-pl-in.example");
        add("latam", "Red de Clústeres de Manufactura Avanzada (demo)", "RCMA", PartnerType.ALLIANCE, "MX", "Monterrey",
                "https://rcma.example", null, null, "Kontakt z targów w Meksyku; bez formalnej umowy.", "Coordinadora", "contacto@rcma.example");
    }

    private void add(String key, String name, String acronym, PartnerType type, String country, String city, String website,
                     PartnerRelation relation, LocalDate since, String notes, String contactTitle, String contactEmail) {
        PartnerOrganisation p = new PartnerOrganisation();
        p.setName(name);
        p.setAcronym(acronym);
        p.setType(type);
        p.setCountryCode(country);
        p.setCity(city);
        p.setWebsite(website);
        p.setRelation(relation);
        p.setRelationSince(since);
        p.setNotes(notes);
        em.persist(p);
        PartnerContact contact = new PartnerContact(p);
        contact.setFullName("Kontakt " + (acronym == null ? city : acronym) + " (demo)");
        contact.setJobTitle(contactTitle);
        contact.setEmail(contactEmail);
        em.persist(contact);
        byKey.put(key, p);
    }
}

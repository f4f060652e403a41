package pl.klaster.portal.service.platform;

import jakarta.persistence.EntityManager;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.outreach.ActivityType;
import pl.klaster.portal.domain.outreach.OutcomeReport;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.domain.outreach.Registration;
import pl.klaster.portal.domain.outreach.RegistrationStatus;
import pl.klaster.portal.domain.outreach.TargetMarket;
import pl.klaster.portal.domain.partner.PartnerOrganisation;
import pl.klaster.portal.domain.project.Project;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The demo cluster's outreach: target markets (USA, Japan, India, Latin America) and a dozen activities around
 * the day the data is loaded, past ones with attendance and outcome reports, future ones open for registration
 * (one of them full, with a waiting list). Companies with a demo account register as that account ({@code
 * member}: Polimer-Bydgoszcz, {@code member2}: Narzędziownia Fordon, {@code member3}: Automatyka Kujawy), the others as "demo".
 */
final class DemoOutreach {

    private static final String DEMO = "demo";

    private final EntityManager em;
    private final DemoMembers members;
    private final DemoPartners partners;
    private final DemoProjects projects;
    private final LocalDate today = LocalDate.now();
    private final Map<String, TargetMarket> markets = new LinkedHashMap<>();
    private int registrations;

    DemoOutreach(EntityManager em, DemoMembers members, DemoPartners partners, DemoProjects projects) {
        this.em = em;
        this.members = members;
        this.partners = partners;
        this.projects = projects;
    }

    void load() {
        market("usa", "USA", "USA", 1, "US");
        market("japan", "Japonia", "Japan", 2, "JP");
        market("india", "Indie", "India", 2, "IN");
        market("latam", "Ameryka Łacińska", "Latin America", 3, "MX", "BR", "AR", "CL", "CO", "PE");

        // ---- past: attended, with outcomes ----
        OutreachActivity npe = activity(ActivityType.TRADE_FAIR, "Targi NPE Orlando – wspólne stoisko klastra",
                "NPE Orlando – the cluster's shared stand", -200, 5, "Orlando", "US", 8, new BigDecimal("6500.00"), "PLN",
                null, projects.project("fair"), "usa");
        outcome(register(npe, "polimer", RegistrationStatus.ATTENDED, "marek", "ewa"), 12, 20, 5, 1, "450000.00", "PLN", "US", "CA");
        outcome(register(npe, "brda", RegistrationStatus.ATTENDED, "grzegorz"), 8, 11, 3, 1, "120000.00", "EUR", "US", "MX");
        register(npe, "automatyka", RegistrationStatus.ATTENDED, "katarzyna");

        OutreachActivity ohio = activity(ActivityType.TRADE_MISSION, "Misja gospodarcza do Ohio (Polymer Valley)",
                "Trade mission to Ohio (Polymer Valley)", -120, 4, "Akron", "US", 6, new BigDecimal("9800.00"), "PLN",
                partners.partner("ohio"), null, "usa");
        register(ohio, "polimer", RegistrationStatus.ATTENDED, "marek");
        outcome(register(ohio, "fordon", RegistrationStatus.ATTENDED, "malgorzata"), 6, 9, 2, 0, "80000.00", "PLN", "US");
        outcome(register(ohio, "automatyka", RegistrationStatus.ATTENDED, "katarzyna"), 5, 7, 2, 1, "210000.00", "PLN", "US");
        register(ohio, "kowalski", RegistrationStatus.ABSENT, "jerzy");

        OutreachActivity osakaPast = activity(ActivityType.B2B_MATCHMAKING, "Spotkania B2B Monozukuri w Osace",
                "Monozukuri B2B meetings in Osaka", -60, 2, "Osaka", "JP", 10, new BigDecimal("4200.00"), "PLN",
                partners.partner("kansai"), null, "japan");
        outcome(register(osakaPast, "institute", RegistrationStatus.ATTENDED, "jan"), 9, 12, 2, 1, null, null, "JP");

        OutreachActivity indiaWebinar = activity(ActivityType.WEBINAR, "Rynek indyjski dla dostawców motoryzacyjnych",
                "The Indian market for automotive suppliers", -30, 0, null, null, null, null, null,
                partners.partner("chamber"), null, "india");
        outcome(register(indiaWebinar, "automatyka", RegistrationStatus.ATTENDED, "katarzyna"), 0, 3, 2, 0, null, null, "IN");
        register(indiaWebinar, "metalplast", RegistrationStatus.ATTENDED, "zbigniew");

        OutreachActivity vtt = activity(ActivityType.STUDY_VISIT, "Wizyta studyjna w VTT (Espoo)", "Study visit to VTT (Espoo)",
                -90, 1, "Espoo", "FI", 10, null, null, partners.partner("vtt"), projects.project("betterFactory"));
        register(vtt, "institute", RegistrationStatus.ATTENDED, "jan");
        register(vtt, "university", RegistrationStatus.ATTENDED, "anna");

        OutreachActivity elcaMeeting = activity(ActivityType.CONFERENCE, "Doroczne spotkanie ELCA w Brukseli",
                "ELCA annual meeting in Brussels", -150, 1, "Bruksela / Brussels", "BE", null, null, null,
                partners.partner("elca"), projects.project("elca"));
        outcome(register(elcaMeeting, "brda", RegistrationStatus.ATTENDED, "grzegorz"), 3, 6, 1, 0, null, null, "BE", "DE");

        // ---- future: open for registration ----
        OutreachActivity webinarUsa = activity(ActivityType.WEBINAR, "Eksport do USA: certyfikacja UL i cła",
                "Exporting to the USA: UL certification and customs", 14, 0, null, null, null, null, null, null, null, "usa");
        register(webinarUsa, "automatyka", RegistrationStatus.REGISTERED, "katarzyna");

        OutreachActivity india = activity(ActivityType.TRADE_MISSION, "Misja gospodarcza do Indii (Pune)",
                "Trade mission to India (Pune)", 45, 4, "Pune", "IN", 3, new BigDecimal("11500.00"), "PLN",
                partners.partner("chamber"), null, "india");
        register(india, "automatyka", RegistrationStatus.CONFIRMED, "katarzyna");
        register(india, "metalplast", RegistrationStatus.REGISTERED, "zbigniew");
        register(india, "brda", RegistrationStatus.REGISTERED, "grzegorz");
        register(india, "kowalski", RegistrationStatus.WAITING, "jerzy");

        OutreachActivity plastimagen = activity(ActivityType.TRADE_FAIR, "Targi Plastimagen México – wspólne stoisko klastra",
                "Plastimagen México – the cluster's shared stand", 75, 3, "Meksyk / Mexico City", "MX", 6, new BigDecimal("1800.00"), "EUR",
                partners.partner("latam"), projects.project("fair"), "latam");
        register(plastimagen, "brda", RegistrationStatus.CONFIRMED, "grzegorz");

        OutreachActivity osaka = activity(ActivityType.B2B_MATCHMAKING, "Japońsko-polskie spotkania B2B Monozukuri",
                "Japan–Poland Monozukuri B2B meetings", 100, 1, "Osaka", "JP", 12, new BigDecimal("3900.00"), "PLN",
                partners.partner("kansai"), null, "japan");
        register(osaka, "institute", RegistrationStatus.REGISTERED, "jan");

        OutreachActivity fakuma = activity(ActivityType.TRADE_FAIR, "Targi Fakuma we Friedrichshafen – wspólne stoisko",
                "Fakuma Friedrichshafen – shared stand", 150, 4, "Friedrichshafen", "DE", 8, new BigDecimal("5200.00"), "PLN",
                partners.partner("sachsen"), projects.project("fair"));
        register(fakuma, "fordon", RegistrationStatus.REGISTERED, "malgorzata", "piotr");
        register(fakuma, "metalplast", RegistrationStatus.REGISTERED, "zbigniew");

        activity(ActivityType.STUDY_VISIT, "Wizyta studyjna w klastrze Plasturgie (Lyon)", "Study visit to the Plasturgie cluster (Lyon)",
                200, 2, "Lyon", "FR", 10, null, null, partners.partner("plasturgie"), null);
    }

    private void market(String key, String namePl, String nameEn, int priority, String... countries) {
        TargetMarket m = new TargetMarket();
        m.setNamePl(namePl);
        m.setNameEn(nameEn);
        m.setPriority(priority);
        m.setCountries(new TreeSet<>(List.of(countries)));
        em.persist(m);
        markets.put(key, m);
    }

    /** An activity starting {@code inDays} from today (negative: past), lasting {@code extraDays} more. */
    private OutreachActivity activity(ActivityType type, String titlePl, String titleEn, int inDays, int extraDays, String city,
                                      String country, Integer capacity, BigDecimal cost, String currency,
                                      PartnerOrganisation organiser, Project project, String... marketKeys) {
        OutreachActivity a = new OutreachActivity();
        a.setType(type);
        a.setTitlePl(titlePl);
        a.setTitleEn(titleEn);
        a.setStartDate(today.plusDays(inDays));
        a.setEndDate(today.plusDays(inDays + extraDays));
        a.setOnline(city == null);
        a.setCity(city);
        a.setCountryCode(country);
        a.setCapacity(capacity);
        a.setRegistrationDeadline(today.plusDays(inDays - Math.min(30, Math.max(2, Math.abs(inDays) / 3))));
        a.setCost(new Money(cost, cost == null ? null : currency));
        a.setDescriptionPl(titlePl + ". Biuro klastra organizuje udział firm członkowskich, rezerwuje miejsca i umawia spotkania. (demo)");
        a.setDescriptionEn(titleEn + ". The cluster office organises member companies' participation, books places and sets up meetings. (demo)");
        Set<TargetMarket> aimed = new LinkedHashSet<>();
        for (String key : marketKeys) {
            aimed.add(markets.get(key));
        }
        a.setTargetMarkets(aimed);
        a.setOrganiser(organiser);
        a.setProject(project);
        em.persist(a);
        return a;
    }

    private Registration register(OutreachActivity activity, String memberKey, RegistrationStatus status, String... people) {
        String by = switch (memberKey) {
            case "polimer" -> "member";
            case "fordon" -> "member2";
            case "automatyka" -> "member3";
            default -> DEMO;
        };
        Registration r = new Registration(activity, members.member(memberKey), status, by);
        Set<ContactPerson> persons = new LinkedHashSet<>();
        for (String person : people) {
            persons.add(members.contact(person));
        }
        r.setPersons(persons);
        // in the order of the calls, so that a waiting list is in the order it was made
        r.backdate(activity.getRegistrationDeadline().minusDays(14).atTime(9, 0).plusMinutes(37L * registrations++).atOffset(ZoneOffset.UTC));
        em.persist(r);
        return r;
    }

    private void outcome(Registration registration, int meetings, int contacts, int leads, int agreements, String exportValue,
                         String currency, String... countries) {
        OutcomeReport o = new OutcomeReport(registration);
        o.setB2bMeetings(meetings);
        o.setContactsMade(contacts);
        o.setLeads(leads);
        o.setAgreements(agreements);
        o.setExportValue(exportValue == null ? new Money() : new Money(new BigDecimal(exportValue), currency));
        o.setCountries(new TreeSet<>(List.of(countries)));
        o.setNotes("(demo)");
        o.reported(registration.getRegisteredBy());
        em.persist(o);
    }
}

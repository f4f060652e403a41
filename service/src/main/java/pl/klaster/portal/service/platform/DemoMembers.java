package pl.klaster.portal.service.platform;

import jakarta.persistence.EntityManager;
import pl.klaster.portal.domain.fee.FeePayment;
import pl.klaster.portal.domain.fee.FeeRate;
import pl.klaster.portal.domain.fee.MemberFee;
import pl.klaster.portal.domain.member.Address;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.MembershipChange;
import pl.klaster.portal.domain.member.PkdCode;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The demo cluster's members: fifteen companies and institutions of different types, sizes and statuses
 * (names invented, identifiers valid by their checksums), with contact persons, PKD codes, capabilities,
 * export markets, their membership history and two years of fees in several states. Dates are relative to
 * the day the data is loaded.
 */
final class DemoMembers {

    private static final String DEMO = "demo";

    private final EntityManager em;
    private final LocalDate today = LocalDate.now();
    private final Map<String, Member> byKey = new LinkedHashMap<>();
    private final Map<String, ContactPerson> contacts = new LinkedHashMap<>();

    DemoMembers(EntityManager em) {
        this.em = em;
    }

    Member member(String key) {
        return byKey.get(key);
    }

    ContactPerson contact(String key) {
        return contacts.get(key);
    }

    List<Member> all() {
        return new ArrayList<>(byKey.values());
    }

    void load() {
        // key, legal name, short name, NIP, REGON, KRS, street, postal code, city, voivodeship, type, size
        add("polimer", "Zakłady Tworzyw Sztucznych Polimer-Bydgoszcz Sp. z o.o.", "Polimer-Bydgoszcz",
                "1043321817", "960013380", "0000631263", "ul. Przemysłowa 12", "85-758", "Bydgoszcz", "PL",
                MemberType.ENTERPRISE, SizeClass.MEDIUM, 9, Set.of("22.29.Z", "22.21.Z"), Set.of(1L, 2L, 21L, 23L, 51L, 53L), Set.of("DE", "US", "CZ"),
                "Wtryskowe części techniczne z tworzyw dla motoryzacji i AGD.", "Injection-moulded technical plastic parts for automotive and household appliances.");
        add("fordon", "Narzędziownia Fordon S.A.", "Narzędziownia Fordon",
                "1615594078", "816184959", "0000605398", "ul. Bydgoskich Przemysłowców 6", "85-862", "Bydgoszcz", "PL",
                MemberType.ENTERPRISE, SizeClass.SMALL, 9, Set.of("25.73.Z", "28.96.Z"), Set.of(9L, 10L, 5L, 42L, 43L, 51L), Set.of("DE", "SE"),
                "Projektowanie i budowa form wtryskowych oraz tłoczników.", "Design and making of injection moulds and stamping dies.");
        add("university", "Uczelnia Techniczno-Przyrodnicza w Bydgoszczy (demo)", "UTP Bydgoszcz (demo)",
                "3103413169", "475255344", null, "al. prof. S. Kaliskiego 7", "85-796", "Bydgoszcz", "PL",
                MemberType.UNIVERSITY, SizeClass.LARGE, 9, Set.of("85.42.B", "72.19.Z"), Set.of(15L, 11L, 30L), Set.of(),
                "Uczelnia techniczna: inżynieria materiałowa, mechanika, automatyka.", "Technical university: materials engineering, mechanics, automation.");
        add("institute", "Instytut Przetwórstwa Polimerów (demo)", "IPP (demo)",
                "8350305649", "139537672", "0000149812", "ul. Marii Skłodowskiej-Curie 55", "87-100", "Toruń", "PL",
                MemberType.RD_BODY, SizeClass.MEDIUM, 8, Set.of("72.19.Z", "71.20.B"), Set.of(15L, 14L, 27L), Set.of("DE", "JP"),
                "Badania tworzyw, recyklingu i kompozytów.", "Research in plastics, recycling and composites.");
        add("city", "Miasto Bydgoszcz (demo)", null,
                "4238849692", "653287102", null, "ul. Jezuicka 1", "85-102", "Bydgoszcz", "PL",
                MemberType.PUBLIC_BODY, SizeClass.LARGE, 8, Set.of("84.11.Z"), Set.of(), Set.of(),
                "Samorząd miasta, partner klastra.", "City government, partner of the cluster.");
        add("agency", "Kujawska Agencja Rozwoju Przedsiębiorczości Sp. z o.o.", "KARP",
                "1226916694", "784801840", "0000805935", "ul. Unii Lubelskiej 4", "85-059", "Bydgoszcz", "PL",
                MemberType.BUSINESS_SUPPORT, SizeClass.SMALL, 7, Set.of("70.22.Z", "82.30.Z"), Set.of(), Set.of(),
                "Doradztwo, szkolenia i pozyskiwanie funduszy dla firm.", "Consulting, training and funding advice for companies.");
        add("metalplast", "Metalplast Solec Kujawski Sp. z o.o.", "Metalplast",
                "5146270482", "281489322", "0000392078", "ul. Toruńska 30", "86-050", "Solec Kujawski", "PL",
                MemberType.ENTERPRISE, SizeClass.SMALL, 7, Set.of("25.11.Z", "25.62.Z"), Set.of(5L, 6L, 7L, 8L, 28L, 29L, 56L), Set.of("DE", "NL", "NO"),
                "Konstrukcje stalowe i obróbka skrawaniem.", "Steel structures and machining.");
        add("automatyka", "Automatyka Kujawy Sp. z o.o.", "Automatyka Kujawy",
                "5430391170", "182278240", "0000553307", "ul. Fordońska 199", "85-739", "Bydgoszcz", "PL",
                MemberType.ENTERPRISE, SizeClass.MICRO, 6, Set.of("33.20.Z", "28.99.Z", "62.01.Z"), Set.of(13L, 44L), Set.of("US", "IN"),
                "Zrobotyzowane stanowiska i integracja systemów sterowania.", "Robotic cells and control systems integration.");
        add("kowalski", "Formy Wtryskowe Kowalski i Wspólnicy Sp. j.", "Formy Kowalski",
                "9638346572", "871331509", "0000616887", "ul. Grunwaldzka 212", "85-451", "Bydgoszcz", "PL",
                MemberType.ENTERPRISE, SizeClass.MICRO, 5, Set.of("25.73.Z"), Set.of(9L, 10L, 43L), Set.of("CZ"),
                "Formy wtryskowe i ich serwis.", "Injection moulds and their servicing.");
        add("brda", "Zakłady Mechaniczne Brda S.A.", "ZM Brda",
                "8393010317", "051834731", "0000565428", "ul. Toruńska 300", "85-880", "Bydgoszcz", "PL",
                MemberType.ENTERPRISE, SizeClass.LARGE, 5, Set.of("25.50.Z", "25.62.Z", "29.32.Z"), Set.of(5L, 8L, 45L, 53L, 54L), Set.of("DE", "FR", "US", "MX"),
                "Części metalowe dla motoryzacji i przemysłu maszynowego.", "Metal parts for the automotive and machinery industries.");
        add("recykling", "Recykling Opon Pomorze Sp. z o.o.", "ROP",
                "2997376316", "165667012", "0000063557", "ul. Magazynowa 3", "86-005", "Białe Błota", "PL",
                MemberType.ENTERPRISE, SizeClass.SMALL, 4, Set.of("38.32.Z", "22.19.Z"), Set.of(14L, 27L), Set.of(),
                "Recykling opon i produkcja granulatu gumowego.", "Tyre recycling and rubber granulate.");
        add("school", "Zespół Szkół Mechanicznych nr 1 w Bydgoszczy (demo)", "ZSM nr 1 (demo)",
                "6513338724", "624731781", null, "ul. Świętej Trójcy 37", "85-224", "Bydgoszcz", "PL",
                MemberType.OTHER, SizeClass.SMALL, 4, Set.of("85.32.B"), Set.of(), Set.of(),
                "Szkoła kształcąca operatorów CNC i mechatroników.", "School training CNC operators and mechatronics technicians.");
        add("nowe", "Nowe Tworzywa Inowrocław Sp. z o.o.", "Nowe Tworzywa",
                "3602606478", "468723434", "0000061325", "ul. Szymborska 28", "88-100", "Inowrocław", "PL",
                MemberType.ENTERPRISE, SizeClass.MICRO, 0, Set.of("20.16.Z"), Set.of(14L, 25L), Set.of(),
                "Kompaundy z recyklatów.", "Compounds made of recyclates.");
        add("stalmet", "Stalmet Toruń Sp. z o.o.", "Stalmet",
                "9805009785", "820812192", "0000071263", "ul. Polna 140", "87-100", "Toruń", "PL",
                MemberType.ENTERPRISE, SizeClass.MEDIUM, 8, Set.of("24.10.Z", "25.11.Z"), Set.of(6L, 28L), Set.of("DE"),
                "Wyroby stalowe.", "Steel products.");
        add("leichtbau", "Leichtbau Composites GmbH", "Leichtbau Composites",
                null, null, null, "Industriestraße 8", "09126", "Chemnitz", "DE",
                MemberType.ENTERPRISE, SizeClass.MEDIUM, 3, Set.of("22.29.Z"), Set.of(30L, 11L), Set.of("PL", "US"),
                "Niemiecki producent lekkich kompozytów, członek zagraniczny.", "German maker of lightweight composites, a foreign member.");

        history();
        people();
        fees();
    }

    private Member add(String key, String legalName, String shortName, String nip, String regon, String krs,
                       String street, String postalCode, String city, String country, MemberType type, SizeClass size, int yearsIn,
                       Set<String> pkd, Set<Long> capabilities, Set<String> markets, String descriptionPl, String descriptionEn) {
        Member m = new Member();
        m.setLegalName(legalName);
        m.setShortName(shortName);
        m.setNip(nip);
        m.setRegon(regon);
        m.setKrs(krs);
        Address a = new Address();
        a.setStreet(street);
        a.setPostalCode(postalCode);
        a.setCity(city);
        a.setCountryCode(country);
        a.setVoivodeship(Address.POLAND.equals(country) ? Voivodeship.KUJAWSKO_POMORSKIE : null);
        m.setAddress(a);
        m.setMemberType(type);
        m.setSizeClass(size);
        m.setWebsite("https://" + key + ".example");
        m.setEmail("biuro@" + key + ".example");
        m.setPhone("+48 52 " + (300 + byKey.size() * 7) + " 10 " + (10 + byKey.size()));
        m.setDescriptionPl(descriptionPl);
        m.setDescriptionEn(descriptionEn);
        m.setAppliedOn(today.minusYears(yearsIn).minusMonths(2).withDayOfMonth(1));
        pkd.forEach(code -> m.getPkdCodes().add(em.find(PkdCode.class, code)));
        capabilities.forEach(id -> m.getCapabilities().add(em.find(Capability.class, id)));
        m.getExportMarkets().addAll(markets);
        em.persist(m);
        byKey.put(key, m);
        return m;
    }

    /** Applications, admissions (with recommenders and board resolutions), and later changes. */
    private void history() {
        List<Member> admitted = new ArrayList<>();
        for (Member m : byKey.values()) {
            em.persist(new MembershipChange(m, null, MemberStatus.APPLIED, m.getAppliedOn(), "Deklaracja członkowska", DEMO));
            if (m == member("nowe")) {
                continue; // still an applicant
            }
            LocalDate resolution = m.getAppliedOn().plusMonths(1).plusDays(14);
            MembershipChange admission = new MembershipChange(m, MemberStatus.APPLIED, MemberStatus.ACTIVE, resolution,
                    admitted.size() < 2 ? "Członek założyciel / founding member" : "Uchwała zarządu o przyjęciu", DEMO);
            if (admitted.size() >= 2) {
                admission.admission(resolution, admitted.get(0), admitted.get(1));
            } else {
                admission.admission(resolution, null, null);
            }
            em.persist(admission);
            m.setStatus(MemberStatus.ACTIVE);
            m.setJoinedOn(resolution);
            admitted.add(m);
        }
        Member recykling = member("recykling");
        em.persist(new MembershipChange(recykling, MemberStatus.ACTIVE, MemberStatus.SUSPENDED, today.minusMonths(3),
                "Zaległe składki za dwa lata", DEMO));
        recykling.setStatus(MemberStatus.SUSPENDED);
        Member stalmet = member("stalmet");
        em.persist(new MembershipChange(stalmet, MemberStatus.ACTIVE, MemberStatus.RESIGNED, today.minusYears(1).minusMonths(1),
                "Rezygnacja z członkostwa (zmiana profilu działalności)", DEMO));
        stalmet.setStatus(MemberStatus.RESIGNED);
        stalmet.setLeftOn(today.minusYears(1).minusMonths(1));
    }

    private void people() {
        person("marek", "polimer", "Marek", "Członkowski", "Prezes zarządu", "marek@polimer-bydgoszcz.example", true);
        person("ewa", "polimer", "Ewa", "Wtryskowa", "Kierownik produkcji", "ewa.wtryskowa@polimer-bydgoszcz.example", false);
        person("malgorzata", "fordon", "Małgorzata", "Narzędziowa", "Dyrektor handlowa", "malgorzata@narzedziownia-fordon.example", true);
        person("piotr", "fordon", "Piotr", "Formiński", "Konstruktor", "piotr.forminski@narzedziownia-fordon.example", false);
        person("anna", "university", "Anna", "Badawcza", "Pełnomocnik ds. współpracy z przemysłem", "a.badawcza@utp.example", true);
        person("jan", "institute", "Jan", "Polimerowy", "Kierownik laboratorium", "j.polimerowy@ipp.example", true);
        person("urszula", "city", "Urszula", "Miejska", "Wydział Rozwoju Gospodarczego", "u.miejska@bydgoszcz.example", false);
        person("tomasz", "agency", "Tomasz", "Doradczy", "Doradca", "t.doradczy@karp.example", true);
        person("zbigniew", "metalplast", "Zbigniew", "Stalowy", "Właściciel", "zbigniew@metalplast.example", true);
        person("katarzyna", "automatyka", "Katarzyna", "Robotyczna", "Kierownik projektów", "k.robotyczna@automatyka-kujawy.example", true);
        person("jerzy", "kowalski", "Jerzy", "Kowalski", "Wspólnik", "jerzy@formy-kowalski.example", false);
        person("grzegorz", "brda", "Grzegorz", "Brdański", "Dyrektor ds. rozwoju", "g.brdanski@zm-brda.example", true);
        person("lukasz", "recykling", "Łukasz", "Gumowy", "Prezes", "lukasz@rop.example", false);
        person("zofia", "school", "Zofia", "Oświatowa", "Dyrektor szkoły", "dyrektor@zsm1.example", true);
        person("robert", "nowe", "Robert", "Nowak", "Prezes", "robert@nowe-tworzywa.example", false);
        person("helga", "leichtbau", "Helga", "Leichter", "Head of Sales", "h.leichter@leichtbau.example", true);
    }

    private void person(String key, String memberKey, String first, String last, String title, String email, boolean consent) {
        ContactPerson c = new ContactPerson(member(memberKey));
        c.setFirstName(first);
        c.setLastName(last);
        c.setJobTitle(title);
        c.setEmail(email);
        c.setPhone("+48 600 " + (100 + contacts.size() * 13) + " " + (200 + contacts.size()));
        c.setDirectoryConsent(consent);
        em.persist(c);
        contacts.put(key, c);
    }

    /** Rates for last year and this year; fees for every active member; paid, partly paid and overdue ones. */
    private void fees() {
        int thisYear = today.getYear();
        Map<SizeClass, BigDecimal> rates = Map.of(SizeClass.MICRO, new BigDecimal("600.00"), SizeClass.SMALL,
                new BigDecimal("1200.00"), SizeClass.MEDIUM, new BigDecimal("2400.00"), SizeClass.LARGE, new BigDecimal("4800.00"));
        for (int year : new int[]{thisYear - 1, thisYear}) {
            rates.forEach((size, amount) -> em.persist(new FeeRate(year, size, amount)));
        }
        for (Member m : byKey.values()) {
            if (m.getStatus() == MemberStatus.APPLIED || m.getStatus() == MemberStatus.RESIGNED) {
                continue;
            }
            for (int year : new int[]{thisYear - 1, thisYear}) {
                MemberFee fee = new MemberFee(m, year, rates.get(m.getSizeClass()), LocalDate.of(year, 3, 31));
                em.persist(fee);
                boolean unpaid = m == member("recykling")
                        || (year == thisYear && (m == member("kowalski") || m == member("agency")));
                boolean partial = year == thisYear && m == member("brda");
                if (!unpaid) {
                    BigDecimal amount = partial ? fee.getAmountDue().divide(BigDecimal.valueOf(2)) : fee.getAmountDue();
                    LocalDate paidOn = LocalDate.of(year, 3, 10).isAfter(today) ? today : LocalDate.of(year, 3, 10);
                    em.persist(new FeePayment(fee, paidOn, amount, "Przelew / bank transfer", DEMO));
                    fee.paid(amount);
                }
            }
        }
    }
}

package pl.klaster.portal.service.platform.generator;

import pl.klaster.portal.domain.validation.PolishIdentifiers;
import pl.klaster.portal.service.platform.generator.Run.Change;
import pl.klaster.portal.service.platform.generator.Run.Contact;
import pl.klaster.portal.service.platform.generator.Run.Member;
import pl.klaster.portal.service.platform.generator.Words.City;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Members with their PKD codes, capabilities and export markets, their membership history (applied, admitted by a
 * board resolution on two active members' recommendation, some suspended, reinstated, resigned or expelled), their
 * contact persons, portal accounts (the company's main contact as its admin, more users, and the cluster office's
 * staff, board and administrators), and ten years of fee rates, fees and payments.
 * <p>
 * The member row agrees with its history: status is the last change's, joined_on the admission's date, left_on
 * the date of resigning or being expelled.
 */
final class MemberRows {

    /** A PBKDF2 hash of {@value DataGenerator#PASSWORD} in the portal's format, with 1,000 iterations so signing in is quick. */
    static final String PASSWORD_HASH = "pbkdf2-sha256$1000$a2xhc3Rlci1nZW4tc2FsdA$y1jvpNZ7fdZBlyYfCnMcwgHN3MHdg3DW8qEPjuluNR0";

    private static final String[] TYPES = {"ENTERPRISE", "RD_BODY", "UNIVERSITY", "PUBLIC_BODY", "BUSINESS_SUPPORT", "OTHER"};
    private static final double[] TYPE_WEIGHTS = {88, 3, 1.5, 2.5, 3, 2};
    private static final String[] SIZES = {"MICRO", "SMALL", "MEDIUM", "LARGE"};
    private static final double[] ENTERPRISE_SIZES = {30, 36, 22, 12};
    private static final int[] FEE_BASE = {400, 800, 1600, 3200};
    private static final int[] KUJAWY_TAX_OFFICES = {554, 953, 967, 879, 956, 888, 891, 557, 562, 875};
    private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};
    private static final int[] REGON_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};

    private final Run run;
    private final Dice dice;
    private final double[] cityWeights;
    private final double[] profileWeights;

    MemberRows(Run run) {
        this.run = run;
        this.dice = run.dice;
        this.cityWeights = new double[Words.CITIES.length];
        for (int i = 0; i < cityWeights.length; i++) {
            cityWeights[i] = Words.CITIES[i].weight();
        }
        this.profileWeights = new double[Words.PROFILES.length];
        for (int i = 0; i < profileWeights.length; i++) {
            profileWeights[i] = Words.PROFILES[i].weight();
        }
    }

    void generate() throws SQLException {
        List<String[]> officeAccounts = planOffice();
        plan();
        writeMembers();
        run.commit();
        writeContacts();
        run.commit();
        writeAccounts(officeAccounts);
        run.commit();
        writeFees();
        run.commit();
    }

    // ---- the cluster office's accounts: only their names are needed before the history is written ----

    private List<String[]> planOffice() {
        int total = run.scale.accounts();
        int staff = Math.max(1, (int) Math.round(total * 0.004));
        int board = Math.max(1, (int) Math.round(total * 0.0015));
        int admins = Math.max(1, (int) Math.round(total * 0.0005));
        List<String[]> office = new ArrayList<>();
        for (int i = 0; i < staff + board + admins; i++) {
            String role = i < staff ? "STAFF" : i < staff + board ? "MANAGEMENT" : "ADMIN";
            String prefix = switch (role) {
                case "STAFF" -> "staff-";
                case "MANAGEMENT" -> "board-";
                default -> "admin-";
            };
            String username = run.nextUsername(prefix, 3);
            boolean woman = dice.chance(0.5);
            String first = dice.pick(woman ? Words.WOMEN : Words.MEN);
            String last = Words.surname(dice.pick(Words.SURNAMES), woman);
            String email = run.uniqueEmail(Words.ascii(first) + "." + Words.ascii(last), "klaster.example");
            office.add(new String[]{username, first + " " + last, email, role});
            if ("STAFF".equals(role)) {
                run.staff.add(username);
            }
        }
        return office;
    }

    // ---- members, in memory first: the history needs every member's dates ----

    private void plan() throws SQLException {
        for (int i = 0; i < run.scale.members(); i++) {
            Member m = new Member();
            m.appliedOn = dice.chance(0.12) ? dice.day(run.since, run.since.plusDays(120)) : dice.day(run.since, run.yesterday);
            if (dice.chance(0.015)) {
                foreign(m);
            } else {
                String type = TYPES[dice.weighted(TYPE_WEIGHTS)];
                if ("ENTERPRISE".equals(type)) {
                    enterprise(m);
                } else {
                    body(m, type);
                }
            }
            history(m);
            run.members.add(m);
        }
        run.members.sort(Comparator.comparing((Member m) -> m.appliedOn));
        Sequences.Ids ids = run.sequences.of("member_seq");
        for (Member m : run.members) {
            m.id = ids.next();
        }
        recommenders();
    }

    private void enterprise(Member m) {
        Words.Profile profile = Words.PROFILES[dice.weighted(profileWeights)];
        City city = Words.CITIES[dice.weighted(cityWeights)];
        m.type = "ENTERPRISE";
        m.size = SIZES[dice.weighted(ENTERPRISE_SIZES)];
        String brand = Words.brand(dice);
        String form = legalForm(m.size);
        for (int attempt = 0; m.legalName == null || !run.legalNames.add(m.legalName); attempt++) {
            if (attempt > 0) {
                brand = Words.brand(dice);
            }
            m.legalName = companyName(m, profile, brand, form, city, attempt);
        }
        m.shortName = m.ownerLast != null || dice.chance(0.25) ? null : brand;
        polishAddress(m, city);
        m.nip = nip(city);
        m.regon = regon();
        m.krs = "s.c.".equals(form) || form.isEmpty() ? null : krs();
        contactChannels(m, brand, city);
        String[] industry = dice.pick(Words.INDUSTRIES);
        m.descriptionPl = String.format(profile.descriptionPl(), industry[0]);
        m.descriptionEn = String.format(profile.descriptionEn(), industry[1]);
        m.pkd = pkd(profile.pkd());
        m.capabilities = capabilities(profile.capabilities(), 2, 6);
        if (m.capabilities.contains(51L) && dice.chance(0.5)) {
            m.descriptionPl += " Certyfikowany system zarządzania jakością ISO 9001.";
            m.descriptionEn += " ISO 9001 certified quality management.";
        }
        m.markets = dice.chance(0.65) ? exportMarkets(dice.between(1, 6), null) : List.of();
    }

    private String legalForm(String size) {
        double x = dice.unit();
        return switch (size) {
            case "MICRO" -> x < 0.35 ? "" : x < 0.5 ? "s.c." : "Sp. z o.o.";
            case "SMALL" -> x < 0.75 ? "Sp. z o.o." : x < 0.85 ? "Sp. j." : x < 0.95 ? "Sp. k." : "s.c.";
            case "MEDIUM" -> x < 0.85 ? "Sp. z o.o." : x < 0.95 ? "S.A." : "Sp. k.";
            default -> x < 0.55 ? "S.A." : "Sp. z o.o.";
        };
    }

    /** "Narzędziownia „Gryfmet” Sp. z o.o.", "Jan Nowak Usługi Narzędziowe", "Formy i Narzędzia Kowalczyk i Wspólnicy Sp. j.". */
    private String companyName(Member m, Words.Profile profile, String brand, String form, City city, int attempt) {
        String prefix = dice.pick(profile.prefixes());
        String name;
        if (form.isEmpty()) {
            m.ownerWoman = dice.chance(0.3);
            m.ownerFirst = dice.pick(m.ownerWoman ? Words.WOMEN : Words.MEN);
            m.ownerLast = Words.surname(dice.pick(Words.SURNAMES), m.ownerWoman);
            name = m.ownerFirst + " " + m.ownerLast + " " + profile.solePrefix();
        } else if ("Sp. j.".equals(form) && dice.chance(0.5)) {
            name = prefix + " " + dice.pick(Words.SURNAMES) + " i Wspólnicy " + form;
        } else {
            double x = dice.unit();
            name = x < 0.4 ? prefix + " " + brand + " " + form
                    : x < 0.65 ? prefix + " „" + brand + "” " + form
                    : brand + " " + form;
        }
        return attempt < 20 ? name : name + " – " + city.name() + " " + attempt;
    }

    private void body(Member m, String type) {
        City city = Words.CITIES[dice.weighted(cityWeights)];
        m.type = type;
        int kind = switch (type) {
            case "RD_BODY" -> 0;
            case "UNIVERSITY" -> 1;
            case "PUBLIC_BODY" -> 2;
            case "BUSINESS_SUPPORT" -> 3;
            default -> 4;
        };
        String[] templates = switch (kind) {
            case 0 -> Words.RD_NAMES;
            case 1 -> Words.UNIVERSITY_NAMES;
            case 2 -> Words.PUBLIC_NAMES;
            case 3 -> Words.SUPPORT_NAMES;
            default -> Words.OTHER_NAMES;
        };
        String brand = Words.brand(dice);
        String template = dice.pick(templates);
        for (int attempt = 0; m.legalName == null || !run.legalNames.add(m.legalName); attempt++) {
            if (attempt > 0) {
                brand = Words.brand(dice);
                city = Words.CITIES[dice.weighted(cityWeights)];
                template = dice.pick(templates);
            }
            String name = Words.fill(template, city, brand, dice.pick(Words.RD_FIELDS), dice.between(1, 12));
            m.legalName = attempt < 20 ? name : name + " " + attempt;
        }
        m.size = switch (kind) {
            case 0 -> dice.chance(0.6) ? "MEDIUM" : "SMALL";
            case 1, 2 -> dice.chance(0.7) ? "LARGE" : "MEDIUM";
            case 3 -> dice.chance(0.6) ? "MICRO" : "SMALL";
            default -> dice.chance(0.7) ? "SMALL" : "MEDIUM";
        };
        boolean registered = kind == 0 || kind == 3 || m.legalName.startsWith("Stowarzyszenie");
        polishAddress(m, city);
        m.nip = nip(city);
        m.regon = regon();
        m.krs = registered ? krs() : null;
        contactChannels(m, kind == 2 ? city.name() : brand, city);
        m.descriptionPl = Words.BODY_DESCRIPTIONS[kind][0];
        m.descriptionEn = Words.BODY_DESCRIPTIONS[kind][1];
        m.pkd = pkd(switch (kind) {
            case 0 -> new String[]{"72.19.Z", "71.20.B", "74.90.Z"};
            case 1 -> new String[]{"85.42.B", "72.19.Z"};
            case 2 -> new String[]{"84.11.Z", "84.13.Z"};
            case 3 -> new String[]{"70.22.Z", "82.30.Z", "94.11.Z", "85.59.B"};
            default -> new String[]{"85.32.A", "85.32.B", "85.41.Z", "85.60.Z", "94.12.Z"};
        });
        m.capabilities = kind == 0 ? capabilities(new long[]{15, 11, 30, 14, 52}, 1, 4)
                : kind == 1 ? capabilities(new long[]{15, 11}, 1, 2) : List.of();
        m.markets = List.of();
    }

    private void foreign(Member m) {
        Words.Abroad place = dice.pick(Words.ABROAD);
        Words.Profile profile = Words.PROFILES[dice.weighted(profileWeights)];
        m.type = "ENTERPRISE";
        m.size = dice.chance(0.6) ? "MEDIUM" : dice.chance(0.5) ? "SMALL" : "LARGE";
        String brand = Words.brand(dice);
        for (int attempt = 0; m.legalName == null || !run.legalNames.add(m.legalName); attempt++) {
            brand = attempt == 0 ? brand : Words.brand(dice);
            m.legalName = brand + " " + dice.pick(place.forms()) + (attempt < 20 ? "" : " " + attempt);
        }
        m.shortName = brand;
        m.street = dice.pick(new String[]{"Industriestraße", "Hlavní", "Via Industriale", "Rue de l'Industrie", "Industrivägen",
                "Gewerbepark"}) + " " + dice.between(1, 120);
        m.postalCode = place.postalCode();
        m.city = place.city();
        m.country = place.country();
        m.domain = domain(brand + "-" + place.country());
        m.website = "https://www." + m.domain;
        m.email = "info@" + m.domain;
        m.phone = String.format(Locale.ROOT, "%s %d %03d %04d", place.dialling(), dice.between(20, 99), dice.between(100, 999),
                dice.between(0, 9999));
        String[] industry = dice.pick(Words.INDUSTRIES);
        m.descriptionPl = String.format(profile.descriptionPl(), industry[0]) + " Członek zagraniczny klastra.";
        m.descriptionEn = String.format(profile.descriptionEn(), industry[1]) + " A foreign member of the cluster.";
        m.pkd = pkd(profile.pkd());
        m.capabilities = capabilities(profile.capabilities(), 2, 5);
        m.markets = exportMarkets(dice.between(1, 4), "PL");
    }

    private void polishAddress(Member m, City city) {
        m.street = dice.pick(Words.STREETS) + " " + dice.between(1, 250) + (dice.chance(0.12) ? "A" : "");
        m.postalCode = city.postalCode(dice);
        m.city = city.name();
        m.voivodeship = city.voivodeship();
        m.country = "PL";
    }

    private void contactChannels(Member m, String name, City city) {
        m.domain = domain(name);
        m.website = dice.chance(0.92) ? "https://www." + m.domain : null;
        m.email = dice.pick(new String[]{"biuro", "sekretariat", "info", "kontakt"}) + "@" + m.domain;
        m.phone = String.format(Locale.ROOT, "+48 %s %03d %02d %02d", city.dialling(), dice.between(200, 999),
                dice.between(0, 99), dice.between(0, 99));
    }

    private String domain(String name) {
        String base = Words.ascii(name);
        String candidate = base + ".example";
        for (int n = 2; !run.domains.add(candidate); n++) {
            candidate = base + "-" + n + ".example";
        }
        return candidate;
    }

    private String nip(City city) {
        while (true) {
            int office = "KUJAWSKO_POMORSKIE".equals(city.voivodeship()) ? dice.pick(KUJAWY_TAX_OFFICES) : dice.between(101, 998);
            String digits = String.format(Locale.ROOT, "%03d%06d", office, dice.between(0, 999_999));
            int check = weightedSum(digits, NIP_WEIGHTS) % 11;
            if (check == 10) {
                continue;
            }
            String nip = digits + check;
            if (!PolishIdentifiers.isValidNip(nip)) {
                throw new IllegalStateException("Generated an invalid NIP " + nip);
            }
            if (run.nips.add(nip)) {
                return nip;
            }
        }
    }

    private String regon() {
        while (true) {
            String digits = String.format(Locale.ROOT, "%08d", dice.between(1_000_000, 99_999_999));
            int check = weightedSum(digits, REGON_WEIGHTS) % 11;
            String regon = digits + (check == 10 ? 0 : check);
            if (run.regons.add(regon)) {
                return regon;
            }
        }
    }

    private String krs() {
        while (true) {
            String krs = String.format(Locale.ROOT, "%010d", dice.between(10_000, 1_099_999));
            if (run.krsNumbers.add(krs)) {
                return krs;
            }
        }
    }

    private static int weightedSum(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum;
    }

    /** The profile's main code, up to two more of its codes; only codes the reference table has. */
    private String[] pkd(String[] preferred) {
        Set<String> codes = new LinkedHashSet<>();
        for (int i = 0; i < preferred.length && codes.size() < 3; i++) {
            if (run.pkdCodes.contains(preferred[i]) && (i == 0 || dice.chance(0.45))) {
                codes.add(preferred[i]);
            }
        }
        if (codes.isEmpty() && !run.pkdSubclasses.isEmpty()) {
            codes.add(dice.pick(run.pkdSubclasses));
        }
        return codes.toArray(new String[0]);
    }

    private List<Long> capabilities(long[] preferred, int min, int max) {
        Set<Long> chosen = new LinkedHashSet<>();
        int wanted = dice.between(min, max);
        for (int attempt = 0; attempt < 4 * wanted && chosen.size() < wanted; attempt++) {
            long id = preferred[dice.between(0, preferred.length - 1)];
            if (run.capabilityNames.containsKey(id)) {
                chosen.add(id);
            }
        }
        if (!run.capabilityIds.isEmpty() && dice.chance(0.1)) {
            chosen.add(dice.pick(run.capabilityIds));
        }
        return new ArrayList<>(chosen);
    }

    private List<String> exportMarkets(int count, String first) {
        Set<String> markets = new LinkedHashSet<>();
        if (first != null) {
            markets.add(first);
        }
        for (int attempt = 0; attempt < 3 * count && markets.size() < count; attempt++) {
            markets.add(Words.EXPORT_COUNTRIES[dice.weighted(Words.EXPORT_WEIGHTS)]);
        }
        return new ArrayList<>(markets);
    }

    // ---- history ----

    /** Applied; then (unless still waiting or withdrawn) admitted, and perhaps suspended, reinstated, resigned or expelled. */
    private void history(Member m) {
        m.history.add(new Change(null, "APPLIED", m.appliedOn, dice.pick(Words.APPLICATION_REASONS)));
        if (m.appliedOn.isAfter(run.yesterday.minusDays(120)) && dice.chance(0.6)) {
            return;
        }
        if (dice.chance(0.015)) {
            LocalDate withdrawn = m.appliedOn.plusDays(dice.between(10, 60));
            if (!withdrawn.isAfter(run.yesterday)) {
                m.history.add(new Change("APPLIED", "RESIGNED", withdrawn, Words.WITHDRAWAL_REASON));
                m.leftOn = withdrawn;
            }
            return;
        }
        LocalDate resolution = m.appliedOn.plusDays(dice.between(20, 100));
        if (resolution.isAfter(run.yesterday)) {
            return;
        }
        Change admission = new Change("APPLIED", "ACTIVE", resolution,
                "Uchwała zarządu klastra nr " + dice.between(1, 60) + "/" + resolution.getYear() + " o przyjęciu w poczet członków");
        admission.admission = true;
        m.history.add(admission);
        m.joinedOn = resolution;
        String status = "ACTIVE";
        LocalDate day = resolution;
        while (true) {
            if ("ACTIVE".equals(status)) {
                LocalDate next = day.plusDays(1 + (long) (-Math.log(1 - dice.unit()) * 365 / 0.045));
                if (next.isAfter(run.yesterday)) {
                    return;
                }
                int event = dice.weighted(new double[]{0.025, 0.004, 0.016});
                if (event == 2) {
                    m.history.add(new Change("ACTIVE", "SUSPENDED", next, dice.pick(Words.SUSPENSION_REASONS)));
                    status = "SUSPENDED";
                    day = next;
                } else {
                    end(m, "ACTIVE", event == 0 ? "RESIGNED" : "EXPELLED", next);
                    return;
                }
            } else {
                LocalDate next = day.plusDays(dice.between(60, 300));
                if (next.isAfter(run.yesterday)) {
                    return;
                }
                int event = dice.weighted(new double[]{0.65, 0.2, 0.15});
                if (event == 0) {
                    m.history.add(new Change("SUSPENDED", "ACTIVE", next, dice.pick(Words.REINSTATEMENT_REASONS)));
                    status = "ACTIVE";
                    day = next;
                } else {
                    end(m, "SUSPENDED", event == 1 ? "EXPELLED" : "RESIGNED", next);
                    return;
                }
            }
        }
    }

    private void end(Member m, String from, String to, LocalDate on) {
        m.history.add(new Change(from, to, on, dice.pick("RESIGNED".equals(to) ? Words.RESIGNATION_REASONS : Words.EXPULSION_REASONS)));
        m.leftOn = on;
    }

    /**
     * Two members active on the day of the resolution recommend each admission: members admitted earlier in this
     * run, or members already in the database. The first ones admitted into an empty cluster are its founders.
     */
    private void recommenders() {
        List<Member> admitted = new ArrayList<>();
        for (Member m : run.members) {
            if (m.joinedOn != null) {
                admitted.add(m);
            }
        }
        admitted.sort(Comparator.comparing((Member m) -> m.joinedOn));
        int existing = run.activeBefore.size();
        for (int k = 0; k < admitted.size(); k++) {
            Member m = admitted.get(k);
            LocalDate day = m.joinedOn;
            Long first = null;
            Long second = null;
            for (int attempt = 0; attempt < 60 && second == null && k + existing > 0; attempt++) {
                int index = dice.between(0, k + existing - 1);
                Long candidate = null;
                if (index < k) {
                    Member other = admitted.get(index);
                    if (other.joinedOn.isBefore(day) && other.activeOn(day)) {
                        candidate = other.id;
                    }
                } else if (run.activeBefore.get(index - k)[1] < day.toEpochDay()) {
                    candidate = run.activeBefore.get(index - k)[0];
                }
                if (candidate != null && first == null) {
                    first = candidate;
                } else if (candidate != null && !candidate.equals(first)) {
                    second = candidate;
                }
            }
            Change admission = m.history.get(1);
            if (second != null) {
                admission.recommender1 = first;
                admission.recommender2 = second;
            } else {
                admission.reason = "Członek założyciel / founding member";
            }
        }
    }

    private void writeMembers() throws SQLException {
        Batch member = run.batch("member", "id:L, legal_name:S, short_name:S, nip:S, regon:S, krs:S, street:S, postal_code:S,"
                + " city:S, voivodeship:S, country_code:S, member_type:S, size_class:S, website:S, email:S, phone:S,"
                + " description_pl:S, description_en:S, status:S, applied_on:D, joined_on:D, left_on:D");
        for (Member m : run.members) {
            member.add(m.id, m.legalName, m.shortName, m.nip, m.regon, m.krs, m.street, m.postalCode, m.city, m.voivodeship,
                    m.country, m.type, m.size, m.website, m.email, m.phone, m.descriptionPl, m.descriptionEn, m.status(),
                    m.appliedOn, m.joinedOn, m.leftOn);
        }
        member.flush();
        Batch pkd = run.batch("member_pkd", "member_id:L, pkd_code:S", member);
        Batch capability = run.batch("member_capability", "member_id:L, capability_id:L", member);
        Batch market = run.batch("member_export_market", "member_id:L, country_code:S", member);
        Batch change = run.batch("membership_change", "id:L, member_id:L, from_status:S, to_status:S, effective_on:D, reason:S,"
                + " board_resolution_on:D, recommender1_id:L, recommender2_id:L, changed_by:S, changed_at:T", member);
        Sequences.Ids changeIds = run.sequences.of("membership_change_seq");
        for (Member m : run.members) {
            for (String code : m.pkd) {
                pkd.add(m.id, code);
            }
            for (Long id : m.capabilities) {
                capability.add(m.id, id);
            }
            for (String country : m.markets) {
                market.add(m.id, country);
            }
            for (Change c : m.history) {
                change.add(changeIds.next(), m.id, c.from, c.to, c.on, c.reason, c.admission ? c.on : null, c.recommender1,
                        c.recommender2, run.someStaff(), run.at(c.on.plusDays(dice.between(0, 2))));
            }
        }
    }

    // ---- people ----

    private void writeContacts() throws SQLException {
        int members = run.members.size();
        long total = run.scale.contacts();
        double[] weights = new double[members];
        double sum = 0;
        for (int i = 0; i < members; i++) {
            double base = switch (run.members.get(i).size) {
                case "MICRO" -> 2;
                case "SMALL" -> 3.5;
                case "MEDIUM" -> 5;
                default -> 7;
            };
            weights[i] = base * (0.6 + 0.8 * dice.unit());
            sum += weights[i];
        }
        int[] counts = new int[members];
        long assigned = 0;
        for (int i = 0; i < members; i++) {
            counts[i] = Math.max(1, (int) Math.round(weights[i] * total / sum));
            assigned += counts[i];
        }
        while (assigned != total && members > 0) {
            int i = dice.between(0, members - 1);
            if (assigned < total) {
                counts[i]++;
                assigned++;
            } else if (counts[i] > 1) {
                counts[i]--;
                assigned--;
            }
        }
        Batch contact = run.batch("contact_person", "id:L, member_id:L, first_name:S, last_name:S, job_title:S, email:S, phone:S,"
                + " directory_consent:B, directory_consent_at:T");
        Sequences.Ids ids = run.sequences.of("contact_person_seq");
        for (int i = 0; i < members; i++) {
            Member m = run.members.get(i);
            m.firstContact = run.contacts.size();
            m.contactCount = counts[i];
            for (int k = 0; k < counts[i]; k++) {
                Contact c = new Contact();
                c.id = ids.next();
                c.member = i;
                boolean woman;
                if (k == 0 && m.ownerFirst != null) {
                    woman = m.ownerWoman;
                    c.firstName = m.ownerFirst;
                    c.lastName = m.ownerLast;
                    c.jobTitle = woman ? "Właścicielka" : "Właściciel";
                } else {
                    woman = dice.chance(0.42);
                    c.firstName = dice.pick(woman ? Words.WOMEN : Words.MEN);
                    c.lastName = Words.surname(dice.pick(Words.SURNAMES), woman);
                    String[] title = Words.JOB_TITLES[k == 0 ? dice.between(0, 4) : dice.between(4, Words.JOB_TITLES.length - 1)];
                    c.jobTitle = woman ? title[1] : title[0];
                }
                String first = Words.ascii(c.firstName);
                String last = Words.ascii(c.lastName);
                double style = dice.unit();
                String local = style < 0.7 ? first + "." + last : style < 0.9 ? first.charAt(0) + "." + last : first;
                c.email = run.uniqueEmail(local, m.domain);
                c.phone = dice.chance(0.85) ? String.format(Locale.ROOT, "+48 %d %03d %03d", dice.between(500, 889),
                        dice.between(0, 999), dice.between(0, 999)) : null;
                c.consent = dice.chance(0.6);
                OffsetDateTime consentAt = c.consent ? run.at(dice.day(m.appliedOn, run.yesterday)) : null;
                contact.add(c.id, m.id, c.firstName, c.lastName, c.jobTitle, c.email, c.phone, c.consent, consentAt);
                run.contacts.add(c);
            }
        }
    }

    /**
     * The cluster office's accounts, then every admitted member's main contact as its company admin, then more users
     * of those companies until the wanted number. Accounts of members that left are inactive; about one in ten
     * invitations is still open (no password yet).
     */
    private void writeAccounts(List<String[]> office) throws SQLException {
        Batch account = run.batch("user_account", "id:L, username:S, full_name:S, email:S, role:S, member_id:L,"
                + " contact_person_id:L, company_admin:B, active:B, password_hash:S, created_at:T, activated_at:T, last_sign_in_at:T");
        Sequences.Ids ids = run.sequences.of("user_account_seq");
        for (int i = 0; i < office.size(); i++) {
            String[] o = office.get(i);
            LocalDate created = dice.day(run.since, run.since.plusDays(i == 0 ? 0 : 2500));
            long id = ids.next();
            boolean active = i < 3 || dice.chance(0.9);
            OffsetDateTime createdAt = run.at(created);
            account.add(id, o[0], o[1], o[2], o[3], null, null, false, active, PASSWORD_HASH, createdAt, createdAt,
                    active ? run.at(dice.day(run.yesterday.minusDays(60), run.yesterday)) : null);
            run.accounts.add(new Run.Account(id, o[0], o[1], o[2], o[3], -1, false, active, created, created));
        }
        int wanted = Math.max(0, run.scale.accounts() - office.size());
        List<Integer> admins = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        for (int i = 0; i < run.members.size(); i++) {
            Member m = run.members.get(i);
            if (m.joinedOn == null) {
                continue;
            }
            admins.add(m.firstContact);
            for (int k = 1; k < m.contactCount; k++) {
                others.add(m.firstContact + k);
            }
        }
        List<Integer> chosen = new ArrayList<>();
        if (admins.size() >= wanted) {
            shuffle(admins);
            chosen.addAll(admins.subList(0, wanted));
        } else {
            chosen.addAll(admins);
            shuffle(others);
            chosen.addAll(others.subList(0, Math.min(others.size(), wanted - admins.size())));
        }
        chosen.sort(null);
        for (int index : chosen) {
            Contact c = run.contacts.get(index);
            Member m = run.members.get(c.member);
            boolean companyAdmin = index == m.firstContact;
            LocalDate created = run.past(m.joinedOn.plusDays(companyAdmin ? dice.between(1, 30) : dice.between(30, 1500)));
            if (m.leftOn != null && created.isAfter(m.leftOn)) {
                created = m.leftOn;
            }
            boolean activated = dice.chance(0.9);
            LocalDate activatedOn = activated ? run.past(created.plusDays(dice.between(0, 10))) : null;
            boolean active = m.leftOn == null && dice.chance(0.98);
            String username = run.nextUsername("member-", 5);
            long id = ids.next();
            OffsetDateTime lastSignIn = activated && active && dice.chance(0.8) ? run.at(dice.day(activatedOn, run.yesterday)) : null;
            account.add(id, username, c.firstName + " " + c.lastName, c.email, "MEMBER", m.id, c.id, companyAdmin, active,
                    activated ? PASSWORD_HASH : null, run.at(created), activated ? run.at(activatedOn) : null, lastSignIn);
            run.accounts.add(new Run.Account(id, username, c.firstName + " " + c.lastName, c.email, "MEMBER", c.member, companyAdmin,
                    active, created, activatedOn));
            if (m.usernames.isEmpty() || companyAdmin) {
                m.usernames.add(companyAdmin ? 0 : m.usernames.size(), username);
                m.accountSince = m.accountSince == null || created.isBefore(m.accountSince) ? created : m.accountSince;
            } else {
                m.usernames.add(username);
            }
        }
    }

    private <T> void shuffle(List<T> list) {
        for (int i = list.size() - 1; i > 0; i--) {
            int j = dice.between(0, i);
            T t = list.get(i);
            list.set(i, list.get(j));
            list.set(j, t);
        }
    }

    // ---- fees ----

    /**
     * A rate per year and size class (those already there kept), and a fee for every year a member belonged to the
     * cluster when the year's fees were charged (mid-January, or on admission), due at the end of March. Most are
     * paid, some in two instalments, some partly or not at all; members later suspended or expelled pay worst.
     */
    private void writeFees() throws SQLException {
        Batch rate = run.batch("fee_rate", "id:L, fee_year:I, size_class:S, amount:N");
        Sequences.Ids rateIds = run.sequences.of("fee_rate_seq");
        int firstYear = run.since.getYear();
        for (int year = firstYear; year <= run.today.getYear(); year++) {
            Map<String, BigDecimal> rates = run.feeRates.computeIfAbsent(year, y -> new java.util.HashMap<>());
            for (int s = 0; s < SIZES.length; s++) {
                if (!rates.containsKey(SIZES[s])) {
                    BigDecimal amount = BigDecimal.valueOf(Math.round(FEE_BASE[s] * Math.pow(1.05, year - firstYear) / 10) * 10L)
                            .setScale(2, RoundingMode.UNNECESSARY);
                    rate.add(rateIds.next(), year, SIZES[s], amount);
                    rates.put(SIZES[s], amount);
                }
            }
        }
        Batch fee = run.batch("member_fee", "id:L, member_id:L, fee_year:I, amount_due:N, amount_paid:N, due_on:D");
        Batch payment = run.batch("fee_payment", "id:L, member_fee_id:L, paid_on:D, amount:N, note:S, recorded_by:S, recorded_at:T", fee);
        Sequences.Ids feeIds = run.sequences.of("member_fee_seq");
        Sequences.Ids paymentIds = run.sequences.of("fee_payment_seq");
        for (int i = 0; i < run.members.size(); i++) {
            Member m = run.members.get(i);
            if (m.joinedOn == null) {
                continue;
            }
            for (int year = Math.max(firstYear, m.joinedOn.getYear()); year <= run.today.getYear(); year++) {
                LocalDate charged = LocalDate.of(year, 1, 15);
                if (m.joinedOn.isAfter(charged)) {
                    charged = m.joinedOn;
                }
                String status = m.statusOn(charged);
                if (charged.getYear() != year || charged.isAfter(run.yesterday)
                        || !("ACTIVE".equals(status) || "SUSPENDED".equals(status))) {
                    continue;
                }
                LocalDate due = LocalDate.of(year, 3, 31);
                if (charged.plusDays(30).isAfter(due)) {
                    due = charged.plusDays(30);
                }
                BigDecimal amountDue = run.feeRates.get(year).get(m.size);
                List<Object[]> paid = payments(m, year, charged, due, amountDue);
                BigDecimal total = BigDecimal.ZERO.setScale(2, RoundingMode.UNNECESSARY);
                for (Object[] p : paid) {
                    total = total.add((BigDecimal) p[1]);
                }
                long feeId = feeIds.next();
                fee.add(feeId, m.id, year, amountDue, total, due);
                run.fees.add(new Run.Fee(feeId, i, year));
                for (Object[] p : paid) {
                    LocalDate paidOn = (LocalDate) p[0];
                    String by = run.someStaff();
                    payment.add(paymentIds.next(), feeId, paidOn, p[1], p[2], by, run.at(paidOn.plusDays(dice.between(0, 3))));
                    run.payments.add(new Run.Payment(feeId, i, paidOn, (BigDecimal) p[1], (String) p[2], by));
                }
            }
        }
    }

    /** The payments of one fee as (paid on, amount, note); none paid later than yesterday. */
    private List<Object[]> payments(Member m, int year, LocalDate charged, LocalDate due, BigDecimal amountDue) {
        boolean troubled = false;
        for (Change c : m.history) {
            troubled |= ("SUSPENDED".equals(c.to) || "EXPELLED".equals(c.to)) && Math.abs(c.on.getYear() - year) <= 1;
        }
        double paidShare;
        double partShare;
        if (troubled) {
            paidShare = 0.2;
            partShare = 0.1;
        } else if (year < run.today.getYear()) {
            paidShare = 0.91;
            partShare = 0.03;
        } else if (!run.today.isAfter(due)) {
            paidShare = 0.5;
            partShare = 0.1;
        } else {
            paidShare = 0.8;
            partShare = 0.06;
        }
        double x = dice.unit();
        List<Object[]> paid = new ArrayList<>();
        LocalDate from = charged.plusDays(3);
        if (x < paidShare) {
            if (dice.chance(0.15) && amountDue.signum() > 0) {
                BigDecimal half = amountDue.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
                LocalDate first = dice.day(from, due);
                LocalDate second = first.plusDays(dice.between(20, 150));
                add(paid, first, half, "Rata 1/2");
                add(paid, second, amountDue.subtract(half), "Rata 2/2");
            } else {
                add(paid, dice.day(from, due.plusDays(40)), amountDue, note(year));
            }
        } else if (x < paidShare + partShare && amountDue.compareTo(BigDecimal.TEN) > 0) {
            long tens = amountDue.longValue() / 10;
            BigDecimal part = BigDecimal.valueOf(Math.max(1, Math.round(tens * (0.3 + 0.4 * dice.unit()))) * 10L)
                    .setScale(2, RoundingMode.UNNECESSARY);
            if (part.compareTo(amountDue) >= 0) {
                part = amountDue.subtract(BigDecimal.TEN);
            }
            add(paid, dice.day(from, due.plusDays(60)), part, note(year));
        }
        return paid;
    }

    private void add(List<Object[]> paid, LocalDate on, BigDecimal amount, String note) {
        if (!on.isAfter(run.yesterday) && amount.signum() > 0) {
            paid.add(new Object[]{on, amount, note});
        }
    }

    private String note(int year) {
        if (dice.chance(0.2)) {
            return null;
        }
        String note = dice.pick(Words.PAYMENT_NOTES);
        return note.contains("%d") ? String.format(Locale.ROOT, note, dice.between(1, 400), year) : note;
    }
}

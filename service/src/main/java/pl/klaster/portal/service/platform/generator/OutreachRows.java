package pl.klaster.portal.service.platform.generator;

import pl.klaster.portal.service.platform.generator.Run.Activity;
import pl.klaster.portal.service.platform.generator.Run.Contact;
import pl.klaster.portal.service.platform.generator.Run.Market;
import pl.klaster.portal.service.platform.generator.Run.Member;
import pl.klaster.portal.service.platform.generator.Run.Partner;
import pl.klaster.portal.service.platform.generator.Run.Project;
import pl.klaster.portal.service.platform.generator.Run.Registration;
import pl.klaster.portal.service.platform.generator.Run.Step;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Target markets (only when the database has fewer than {@value #FEW_MARKETS}), outreach activities over the ten
 * years and a few planned for the coming year, members' registrations for them and the outcomes members reported.
 * <p>
 * The registrations follow the portal's rules (RegistrationService): a company registers once per activity,
 * while it is an active member, between the day the activity is published and its deadline, never after
 * yesterday. REGISTERED, CONFIRMED and ATTENDED hold a place and never exceed the capacity; the others wait in
 * the order they registered. Some cancel or are declined, and the first waiting then move up. Once an activity
 * has ended, staff record ATTENDED or ABSENT for those holding a place and cancel a waiting list that never moved.
 * Outcome reports exist only for attended registrations of ended activities.
 */
final class OutreachRows {

    /** With fewer target markets than this in the database, the generator adds those of {@link Words#MARKETS}. */
    static final int FEW_MARKETS = 4;

    private static final String[] TYPES = {"TRADE_FAIR", "TRADE_MISSION", "B2B_MATCHMAKING", "CONFERENCE", "STUDY_VISIT", "WEBINAR"};
    private static final double[] TYPE_WEIGHTS = {20, 14, 18, 14, 10, 24};
    /** How many companies an activity of each type draws, relative to the others. */
    private static final double[] DEMAND = {10, 9, 24, 30, 8, 55};
    private static final String WAITING_LIST_CLOSED = "Lista rezerwowa – miejsce się nie zwolniło";

    private final Run run;
    private final Dice dice;
    private final OffsetDateTime todayStarts;

    OutreachRows(Run run) {
        this.run = run;
        this.dice = run.dice;
        this.todayStarts = run.today.atStartOfDay(ZoneId.of("Europe/Warsaw")).toOffsetDateTime();
    }

    void generate() throws SQLException {
        writeMarkets();
        run.commit();
        writeActivities();
        run.commit();
        writeRegistrations();
        run.commit();
        writeOutcomes();
        run.commit();
    }

    // ---- target markets ----

    private void writeMarkets() throws SQLException {
        if (run.markets.size() >= FEW_MARKETS) {
            return;
        }
        Set<String> names = new HashSet<>();
        for (Market m : run.markets) {
            names.add(m.namePl);
        }
        Batch market = run.batch("target_market", "id:L, name_pl:S, name_en:S, priority:I");
        Batch country = run.batch("target_market_country", "market_id:L, country_code:S", market);
        Sequences.Ids ids = run.sequences.of("target_market_seq");
        for (Object[] words : Words.MARKETS) {
            if (!names.add((String) words[0])) {
                continue;
            }
            Market made = new Market(ids.next(), (String) words[0], (String) words[1]);
            market.add(made.id, made.namePl, made.nameEn, words[2]);
            for (String code : new TreeSet<>(List.of((String[]) words[3]))) {
                country.add(made.id, code);
                made.countries.add(code);
            }
            run.markets.add(made);
        }
    }

    // ---- activities ----

    private void writeActivities() throws SQLException {
        Map<String, List<Partner>> partnersByCountry = new HashMap<>();
        for (Partner p : run.partners) {
            partnersByCountry.computeIfAbsent(p.country(), c -> new ArrayList<>()).add(p);
        }
        List<Project> linkable = new ArrayList<>();
        for (Project p : run.projects) {
            if (("INTERNATIONALISATION".equals(p.kind) || "PROMOTION".equals(p.kind) || "EU_CONSORTIUM".equals(p.kind))
                    && ("RUNNING".equals(p.status) || "COMPLETED".equals(p.status))) {
                linkable.add(p);
            }
        }
        List<Activity> planned = new ArrayList<>();
        for (int i = 0; i < run.scale.activities(); i++) {
            Activity a = new Activity();
            a.type = TYPES[dice.weighted(TYPE_WEIGHTS)];
            a.start = dice.chance(0.05) ? dice.day(run.today, run.today.plusDays(365)) : dice.day(run.since.plusDays(60), run.yesterday);
            describe(a);
            a.markets = markets(a);
            Partner organiser = organiser(a, partnersByCountry);
            if (organiser != null) {
                a.organiserId = organiser.id();
                a.organiser = organiser.name();
            }
            Project project = linkable.isEmpty() || !dice.chance(0.3) ? null : project(a, linkable);
            if (project != null) {
                a.projectId = project.id;
                a.project = project.titlePl;
            }
            a.cost = a.costAmount == null ? "" : a.costAmount.toPlainString() + " " + a.costCurrency;
            planned.add(a);
        }
        planned.sort(Comparator.comparing((Activity a) -> a.opened).thenComparing(a -> a.start));
        Batch activity = run.batch("outreach_activity", "id:L, activity_type:S, title_pl:S, title_en:S, start_date:D, end_date:D,"
                + " online:B, city:S, country_code:S, organiser_id:L, project_id:L, capacity:I, registration_deadline:D,"
                + " cost_amount:N, cost_currency:S, description_pl:S, description_en:S");
        Batch aimed = run.batch("activity_target_market", "activity_id:L, market_id:L", activity);
        Sequences.Ids ids = run.sequences.of("outreach_activity_seq");
        for (Activity a : planned) {
            a.id = ids.next();
            activity.add(a.id, a.type, a.titlePl, a.titleEn, a.start, a.end, a.online, a.city, a.country, a.organiserId, a.projectId,
                    a.capacity, a.deadline, a.costAmount, a.costCurrency, a.descriptionPl, a.descriptionEn);
            for (Market m : a.markets) {
                aimed.add(a.id, m.id);
            }
            run.activities.add(a);
        }
    }

    /** Title, place, length, capacity, cost, deadline and publication day, by type. */
    private void describe(Activity a) {
        int year = a.start.getYear();
        String[] place;
        int extraDays;
        int lead;
        int published;
        switch (a.type) {
            case "TRADE_FAIR" -> {
                String[] fair = dice.pick(Words.FAIRS);
                a.titlePl = fair[0] + " " + year + " – wspólne stoisko klastra";
                a.titleEn = fair[1] + " " + year + " – the cluster's shared stand";
                place = new String[]{fair[2], fair[3]};
                extraDays = dice.between(2, 4);
                a.capacity = dice.between(6, 24);
                cost(a, 1500, 15000, 100, "PL".equals(fair[3]) ? 0 : 0.35);
                lead = dice.between(20, 45);
                published = dice.between(45, 120);
            }
            case "TRADE_MISSION" -> {
                String[] mission = dice.pick(Words.MISSIONS);
                a.titlePl = "Misja gospodarcza " + mission[0] + " – " + mission[2] + " " + year;
                a.titleEn = "Trade mission " + mission[1] + " – " + plain(mission[2]) + " " + year;
                place = new String[]{mission[2], mission[3]};
                extraDays = dice.between(2, 5);
                a.capacity = dice.between(6, 20);
                cost(a, 4000, 20000, 100, 0.1);
                lead = dice.between(20, 45);
                published = dice.between(45, 120);
            }
            case "B2B_MATCHMAKING" -> {
                String[] topic = dice.pick(Words.B2B_TOPICS);
                place = dice.pick(Words.B2B_PLACES);
                a.titlePl = "Spotkania B2B: " + topic[0] + " – " + place[0] + " " + year;
                a.titleEn = "B2B meetings: " + topic[1] + " – " + plain(place[0]) + " " + year;
                extraDays = dice.between(0, 1);
                a.capacity = dice.between(15, 60);
                if (dice.chance(0.5)) {
                    cost(a, 300, 3000, 50, "PL".equals(place[1]) ? 0 : 0.3);
                }
                lead = dice.between(7, 21);
                published = dice.between(21, 60);
            }
            case "CONFERENCE" -> {
                String[] conference = dice.pick(Words.CONFERENCES);
                a.titlePl = conference[0] + " " + year;
                a.titleEn = conference[1] + " " + year;
                place = new String[]{conference[2], conference[3]};
                extraDays = dice.between(0, 2);
                a.capacity = dice.chance(0.4) ? null : dice.between(30, 150);
                if (dice.chance(0.5)) {
                    cost(a, 200, 2500, 50, "PL".equals(conference[3]) ? 0 : 0.5);
                }
                lead = dice.between(3, 14);
                published = dice.between(21, 90);
            }
            case "STUDY_VISIT" -> {
                String[] visit = dice.pick(Words.STUDY_VISITS);
                a.titlePl = "Wizyta studyjna w " + visit[0] + " " + year;
                a.titleEn = "Study visit to " + visit[1] + " " + year;
                place = new String[]{visit[2], visit[3]};
                extraDays = dice.between(1, 3);
                a.capacity = dice.between(8, 20);
                if (dice.chance(0.6)) {
                    cost(a, 1000, 8000, 100, 0);
                }
                lead = dice.between(7, 21);
                published = dice.between(30, 90);
            }
            default -> {
                String[] webinar = dice.pick(Words.WEBINARS);
                a.titlePl = "Webinar: " + webinar[0];
                a.titleEn = "Webinar: " + webinar[1];
                place = null;
                extraDays = 0;
                a.capacity = dice.chance(0.7) ? null : dice.between(50, 300);
                lead = dice.between(0, 1);
                published = dice.between(10, 30);
            }
        }
        a.online = place == null;
        a.city = place == null ? null : place[0];
        a.country = place == null ? null : place[1];
        a.end = a.start.plusDays(extraDays);
        a.deadline = a.start.minusDays(lead);
        a.opened = a.deadline.minusDays(published);
        String where = a.online ? " Online, dla firm członkowskich klastra." : " Biuro klastra organizuje udział firm członkowskich,"
                + " rezerwuje miejsca i umawia spotkania.";
        String whereEn = a.online ? " Online, for the cluster's member companies." : " The cluster office organises member companies'"
                + " participation, books places and sets up meetings.";
        a.descriptionPl = a.titlePl + "." + where;
        a.descriptionEn = a.titleEn + "." + whereEn;
    }

    /** "Monachium / Munich" gives "Munich". */
    private static String plain(String city) {
        return city.contains(" / ") ? city.substring(city.indexOf(" / ") + 3) : city;
    }

    private void cost(Activity a, double low, double high, int step, double euroShare) {
        if (dice.chance(euroShare)) {
            a.costAmount = dice.money(low / 4.3, high / 4.3, Math.max(10, step / 4));
            a.costCurrency = "EUR";
        } else {
            a.costAmount = dice.money(low, high, step);
            a.costCurrency = "PLN";
        }
    }

    /** The markets covering the activity's country; an online or unmatched one aims at a market now and then. */
    private List<Market> markets(Activity a) {
        Set<Market> aimed = new LinkedHashSet<>();
        if (a.country != null) {
            for (Market m : run.markets) {
                if (m.countries.contains(a.country)) {
                    aimed.add(m);
                }
            }
        }
        if (aimed.isEmpty() && !run.markets.isEmpty() && dice.chance(a.online ? 0.6 : 0.4)) {
            aimed.add(dice.pick(run.markets));
        }
        return new ArrayList<>(aimed);
    }

    private Partner organiser(Activity a, Map<String, List<Partner>> partnersByCountry) {
        List<Partner> local = a.country == null ? null : partnersByCountry.get(a.country);
        if (local != null && dice.chance(0.6)) {
            return dice.pick(local);
        }
        return !run.partners.isEmpty() && dice.chance(0.2) ? dice.pick(run.partners) : null;
    }

    /** A running or completed internationalisation, promotion or EU project under way on the activity's first day. */
    private Project project(Activity a, List<Project> linkable) {
        for (int attempt = 0; attempt < 8; attempt++) {
            Project p = dice.pick(linkable);
            if (!a.start.isBefore(p.start) && !a.start.isAfter(p.end)) {
                return p;
            }
        }
        return null;
    }

    // ---- registrations ----

    private void writeRegistrations() throws SQLException {
        List<Activity> activities = run.activities;
        int n = activities.size();
        int[] room = new int[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            Activity a = activities.get(i);
            LocalDate last = lastRegistrationDay(a);
            int eligible = last.isBefore(first(a)) ? 0 : eligible(last).size();
            room[i] = a.capacity == null ? eligible : Math.min(eligible, a.capacity + a.capacity / 2 + 2);
            weights[i] = DEMAND[List.of(TYPES).indexOf(a.type)] * (0.4 + 1.2 * dice.unit());
        }
        int[] wanted = Run.spread(run.scale.registrations(), weights, room);

        Batch registration = run.batch("registration", "id:L, activity_id:L, member_id:L, status:S, active_key:L, registered_at:T,"
                + " registered_by:S, status_changed_at:T, status_reason:S");
        Batch person = run.batch("registration_person", "registration_id:L, contact_person_id:L", registration);
        Sequences.Ids ids = run.sequences.of("registration_seq");
        for (int i = 0; i < n; i++) {
            if (wanted[i] == 0) {
                continue;
            }
            Activity a = activities.get(i);
            LocalDate first = first(a);
            LocalDate last = lastRegistrationDay(a);
            List<Integer> eligible = eligible(last);
            List<Registration> made = new ArrayList<>();
            List<int[]> persons = new ArrayList<>();
            for (int k = 0; k < wanted[i]; k++) {
                int j = dice.between(k, eligible.size() - 1);
                int member = eligible.get(j);
                eligible.set(j, eligible.get(k));
                eligible.set(k, member);
                Member m = run.members.get(member);
                LocalDate day = dice.day(first, last);
                if (!m.activeOn(day)) {
                    day = last;
                }
                Registration r = new Registration();
                r.member = member;
                r.activity = i;
                r.registeredAt = run.at(day);
                r.by = m.actor(run, day);
                persons.add(persons(m));
                r.persons = names(persons.get(persons.size() - 1));
                made.add(r);
            }
            Integer[] order = new Integer[made.size()];
            for (int k = 0; k < order.length; k++) {
                order[k] = k;
            }
            Arrays.sort(order, Comparator.comparing((Integer k) -> made.get(k).registeredAt).thenComparing(k -> k));
            List<Registration> inOrder = new ArrayList<>();
            for (Integer k : order) {
                inOrder.add(made.get(k));
            }
            decide(a, inOrder);
            for (Integer k : order) {
                Registration r = made.get(k);
                r.id = ids.next();
                Step lastStep = r.steps.isEmpty() ? null : r.steps.get(r.steps.size() - 1);
                boolean live = !"CANCELLED".equals(r.status) && !"DECLINED".equals(r.status);
                registration.add(r.id, a.id, run.members.get(r.member).id, r.status, live ? run.members.get(r.member).id : null,
                        r.registeredAt, r.by, lastStep == null ? r.registeredAt : lastStep.at(), lastStep == null ? null : lastStep.reason());
                for (int contact : persons.get(k)) {
                    person.add(r.id, run.contacts.get(contact).id);
                }
                run.registrations.add(r);
            }
        }
    }

    /** The first day companies can register: when the activity is published, not before the data's ten years. */
    private LocalDate first(Activity a) {
        return a.opened.isBefore(run.since) ? run.since : a.opened;
    }

    private LocalDate lastRegistrationDay(Activity a) {
        return a.deadline.isAfter(run.yesterday) ? run.yesterday : a.deadline;
    }

    /** Members active on that day, by index. */
    private List<Integer> eligible(LocalDate day) {
        List<Integer> eligible = new ArrayList<>();
        for (int i = 0; i < run.members.size(); i++) {
            if (run.members.get(i).activeOn(day)) {
                eligible.add(i);
            }
        }
        return eligible;
    }

    /** One to three of the member's contact persons, by index into the run's contacts. */
    private int[] persons(Member m) {
        int count = Math.min(m.contactCount, dice.chance(0.7) ? 1 : dice.chance(0.8) ? 2 : 3);
        Set<Integer> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(m.firstContact + dice.between(0, m.contactCount - 1));
        }
        return chosen.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Full names, sorted and joined as Registration's audit state shows them. */
    private String names(int[] contacts) {
        List<String> names = new ArrayList<>();
        for (int index : contacts) {
            Contact c = run.contacts.get(index);
            names.add(c.firstName + " " + c.lastName);
        }
        names.sort(null);
        return String.join(", ", names);
    }

    /**
     * The statuses of one activity's registrations, given in the order they were made: who cancelled or was
     * declined, who holds a place (the first of the rest, up to the capacity) and who still waits; after the
     * activity, attendance; a waiting list left when the activity started is cancelled by staff.
     */
    private void decide(Activity a, List<Registration> inOrder) {
        LocalDate lastChange = lastRegistrationDay(a);
        boolean ended = !a.end.isAfter(run.yesterday);
        boolean started = !a.start.isAfter(run.yesterday);
        int capacity = a.capacity == null ? Integer.MAX_VALUE : a.capacity;
        int position = 0;
        int holders = 0;
        for (Registration r : inOrder) {
            LocalDate day = r.registeredAt.toLocalDate();
            r.firstStatus = position++ < capacity ? "REGISTERED" : "WAITING";
            r.status = r.firstStatus;
            double x = dice.unit();
            if (x < 0.07) {
                OffsetDateTime at = after(r.registeredAt, dice.day(day, lastChange));
                step(r, "CANCELLED", at, dice.chance(0.5) ? r.by : run.someStaff(), dice.chance(0.6) ? dice.pick(Words.CANCEL_REASONS) : null);
                continue;
            }
            if (x < 0.1) {
                OffsetDateTime at = after(r.registeredAt, run.past(day.plusDays(dice.between(1, 7))));
                step(r, "DECLINED", at, run.someStaff(), dice.pick(Words.DECLINE_REASONS));
                continue;
            }
            if (holders < capacity) {
                holders++;
                if ("WAITING".equals(r.status)) {
                    step(r, "REGISTERED", after(r.registeredAt, dice.day(day, lastChange)), run.someStaff(), null);
                }
                LocalDate confirmed = day.plusDays(dice.between(1, 10));
                if (dice.chance(0.65) && !confirmed.isAfter(run.yesterday) && !confirmed.isAfter(a.start)) {
                    step(r, "CONFIRMED", after(r.registeredAt, confirmed), run.someStaff(), null);
                }
                if (ended) {
                    step(r, dice.chance(0.9) ? "ATTENDED" : "ABSENT", after(r.registeredAt, run.past(a.end.plusDays(dice.between(0, 3)))),
                            run.someStaff(), null);
                }
            } else if (started) {
                step(r, "CANCELLED", after(r.registeredAt, a.start), run.someStaff(), WAITING_LIST_CLOSED);
            }
        }
    }

    private void step(Registration r, String to, OffsetDateTime at, String by, String reason) {
        Step previous = r.steps.isEmpty() ? null : r.steps.get(r.steps.size() - 1);
        OffsetDateTime when = previous != null && !at.isAfter(previous.at()) ? later(previous.at()) : at;
        r.steps.add(new Step(r.status, to, when, by, reason));
        r.status = to;
    }

    /** A moment on that day, but after {@code moment}. */
    private OffsetDateTime after(OffsetDateTime moment, LocalDate day) {
        OffsetDateTime at = run.at(day);
        return at.isAfter(moment) ? at : later(moment);
    }

    /** Minutes to hours after {@code moment}, yet still before today. */
    private OffsetDateTime later(OffsetDateTime moment) {
        OffsetDateTime at = moment.plusMinutes(dice.between(5, 240));
        return at.isBefore(todayStarts) ? at : moment.plusSeconds(1);
    }

    // ---- outcome reports ----

    private void writeOutcomes() throws SQLException {
        Batch outcome = run.batch("outcome_report", "id:L, registration_id:L, b2b_meetings:I, contacts_made:I, leads:I, agreements:I,"
                + " export_amount:N, export_currency:S, notes:S, reported_by:S, reported_at:T");
        Batch country = run.batch("outcome_country", "outcome_id:L, country_code:S", outcome);
        Sequences.Ids ids = run.sequences.of("outcome_report_seq");
        for (int index = 0; index < run.registrations.size(); index++) {
            Registration r = run.registrations.get(index);
            Activity a = run.activities.get(r.activity);
            if (!"ATTENDED".equals(r.status) || !dice.chance(0.6)) {
                continue;
            }
            LocalDate day = a.end.plusDays(dice.between(2, 45));
            if (day.isAfter(run.yesterday)) {
                continue;
            }
            int meetings = switch (a.type) {
                case "B2B_MATCHMAKING" -> dice.between(4, 16);
                case "TRADE_FAIR" -> dice.between(2, 20);
                case "TRADE_MISSION" -> dice.between(3, 12);
                case "STUDY_VISIT" -> dice.between(0, 4);
                case "CONFERENCE" -> dice.between(0, 6);
                default -> 0;
            };
            int contacts = meetings + dice.between(0, a.online ? 5 : 15);
            int leads = dice.between(0, Math.min(contacts, 8));
            int agreements = leads > 0 && dice.chance(0.3) ? dice.between(1, Math.min(leads, 2)) : 0;
            BigDecimal value = null;
            String currency = null;
            if (dice.chance(agreements > 0 ? 0.7 : 0.15)) {
                currency = dice.chance(0.65) ? "PLN" : "EUR";
                value = dice.money("PLN".equals(currency) ? 5_000 : 1_000, "PLN".equals(currency) ? 1_500_000 : 400_000, 500);
            }
            Set<String> countries = new TreeSet<>();
            if (a.country != null && !"PL".equals(a.country)) {
                countries.add(a.country);
            }
            if (!a.markets.isEmpty() && dice.chance(0.5)) {
                Market m = dice.pick(a.markets);
                if (!m.countries.isEmpty()) {
                    countries.add(dice.pick(m.countries));
                }
            }
            if (countries.isEmpty() && dice.chance(0.5)) {
                countries.add(Words.EXPORT_COUNTRIES[dice.weighted(Words.EXPORT_WEIGHTS)]);
            }
            String notes = dice.chance(0.4) ? dice.pick(Words.OUTCOME_NOTES) : null;
            Member m = run.members.get(r.member);
            String by = m.actor(run, day);
            OffsetDateTime at = after(r.steps.get(r.steps.size() - 1).at(), day);
            long id = ids.next();
            outcome.add(id, r.id, meetings, contacts, leads, agreements, value, currency, notes, by, at);
            for (String code : countries) {
                country.add(id, code);
            }
            run.outcomes.add(new Run.Outcome(id, index, r.member, at, by, meetings, contacts, leads, agreements,
                    value == null ? "" : value.toPlainString() + " " + currency, String.join(", ", countries), notes));
        }
    }
}

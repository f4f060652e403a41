package pl.klaster.portal.service.platform.generator;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One generation run: the connection, the dice, the dates, what the database already holds (reference data and
 * every value that must stay unique), and what this run has made so far, which later tables point to. Tables
 * are written through {@link #batch}; {@link #commit} sends what is pending, commits and counts the rows.
 */
final class Run {

    final Connection connection;
    final Dice dice;
    final DataGenerator.Scale scale;
    /** The last day anything has happened: generated history ends yesterday, so no time lies in the future. */
    final LocalDate yesterday;
    final LocalDate today;
    /** The first day of the ten years the data spans. */
    final LocalDate since;
    final Sequences sequences;
    final Map<String, Long> rows = new LinkedHashMap<>();
    private final List<Batch> open = new ArrayList<>();

    // ---- what the database holds ----
    final List<String> pkdSubclasses = new ArrayList<>();
    final Set<String> pkdCodes = new HashSet<>();
    final List<Long> capabilityIds = new ArrayList<>();
    final Map<Long, String> capabilityNames = new HashMap<>();
    final List<Programme> programmes = new ArrayList<>();
    final Set<String> nips = new HashSet<>();
    final Set<String> regons = new HashSet<>();
    final Set<String> krsNumbers = new HashSet<>();
    final Set<String> legalNames = new HashSet<>();
    final Set<String> domains = new HashSet<>();
    final Set<String> emails = new HashSet<>();
    final Set<String> usernames = new HashSet<>();
    final Map<String, Integer> lastUsernameNumber = new HashMap<>();
    /** Members already there and active now, with the day they joined: possible recommenders. */
    final List<long[]> activeBefore = new ArrayList<>();
    final Map<Integer, Map<String, BigDecimal>> feeRates = new HashMap<>();
    final List<Market> markets = new ArrayList<>();
    final List<Partner> partners = new ArrayList<>();

    // ---- what this run made ----
    final List<Member> members = new ArrayList<>();
    final List<Contact> contacts = new ArrayList<>();
    final List<Account> accounts = new ArrayList<>();
    final List<String> staff = new ArrayList<>();
    final List<Fee> fees = new ArrayList<>();
    final List<Payment> payments = new ArrayList<>();
    final List<Project> projects = new ArrayList<>();
    final List<Participation> participations = new ArrayList<>();
    final List<Activity> activities = new ArrayList<>();
    final List<Registration> registrations = new ArrayList<>();
    final List<Outcome> outcomes = new ArrayList<>();

    Run(Connection connection, DataGenerator.Scale scale, long seed, LocalDate today) {
        this.connection = connection;
        this.scale = scale;
        this.dice = new Dice(seed);
        this.today = today;
        this.yesterday = today.minusDays(1);
        this.since = today.minusYears(10);
        this.sequences = new Sequences(connection);
    }

    Batch batch(String table, String columns, Batch... parents) throws SQLException {
        Batch batch = new Batch(connection, table, columns, parents);
        open.add(batch);
        return batch;
    }

    /** Sends every pending row, commits, and adds the rows written to the counts. */
    void commit() throws SQLException {
        for (Batch batch : open) {
            batch.close();
            rows.merge(batch.table(), batch.rows(), Long::sum);
        }
        open.clear();
        connection.commit();
    }

    /** Never later than yesterday. */
    LocalDate past(LocalDate day) {
        return day.isAfter(yesterday) ? yesterday : day;
    }

    /** A moment in office hours of the day (or of yesterday, if the day is later). */
    OffsetDateTime at(LocalDate day) {
        return dice.officeTime(past(day));
    }

    String someStaff() {
        return dice.pick(staff);
    }

    /** The next free user name with this prefix: "member-00042", continuing after those already there. */
    String nextUsername(String prefix, int digits) {
        int number = lastUsernameNumber.getOrDefault(prefix, 0);
        String name;
        do {
            number++;
            name = prefix + String.format(Locale.ROOT, "%0" + digits + "d", number);
        } while (usernames.contains(name));
        lastUsernameNumber.put(prefix, number);
        usernames.add(name);
        return name;
    }

    /** An e-mail address not used by any contact person or account yet: "jan.nowak@x.example", then "jan.nowak2@...". */
    String uniqueEmail(String local, String domain) {
        String candidate = local + "@" + domain;
        for (int n = 2; emails.contains(candidate); n++) {
            candidate = local + n + "@" + domain;
        }
        emails.add(candidate);
        return candidate;
    }

    /**
     * Splits {@code total} into parts in proportion to the weights, none above its room; what a full one cannot
     * take goes to the others. Largest remainders round, so the parts add up to the total whenever
     * there is room for it.
     */
    static int[] spread(int total, double[] weights, int[] room) {
        int n = weights.length;
        int[] parts = new int[n];
        boolean[] full = new boolean[n];
        while (true) {
            long left = total;
            double sum = 0;
            for (int i = 0; i < n; i++) {
                if (full[i]) {
                    left -= parts[i];
                } else if (room[i] > 0) {
                    sum += weights[i];
                }
            }
            if (left <= 0 || sum == 0) {
                return parts;
            }
            boolean filled = false;
            for (int i = 0; i < n; i++) {
                if (!full[i] && room[i] > 0 && left * weights[i] / sum >= room[i]) {
                    parts[i] = room[i];
                    full[i] = true;
                    filled = true;
                }
            }
            if (filled) {
                continue;
            }
            double[] fraction = new double[n];
            long given = 0;
            for (int i = 0; i < n; i++) {
                if (!full[i] && room[i] > 0) {
                    double share = left * weights[i] / sum;
                    parts[i] = (int) Math.floor(share);
                    fraction[i] = share - parts[i];
                    given += parts[i];
                }
            }
            Integer[] byFraction = new Integer[n];
            for (int i = 0; i < n; i++) {
                byFraction[i] = i;
            }
            Arrays.sort(byFraction, Comparator.comparingDouble((Integer i) -> -fraction[i]).thenComparingInt(i -> i));
            for (int k = 0; k < n && given < left; k++) {
                int i = byFraction[k];
                if (!full[i] && room[i] > parts[i]) {
                    parts[i]++;
                    given++;
                }
            }
            return parts;
        }
    }

    // ---- reading what is there ----

    void readExisting() throws SQLException {
        try (Statement s = connection.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT code, level FROM pkd_code ORDER BY code")) {
                while (rs.next()) {
                    pkdCodes.add(rs.getString(1));
                    if ("SUBCLASS".equals(rs.getString(2))) {
                        pkdSubclasses.add(rs.getString(1));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, name FROM capability ORDER BY id")) {
                while (rs.next()) {
                    capabilityIds.add(rs.getLong(1));
                    capabilityNames.put(rs.getLong(1), rs.getString(2));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, name, private_funding FROM programme ORDER BY id")) {
                while (rs.next()) {
                    programmes.add(new Programme(rs.getLong(1), rs.getString(2), rs.getBoolean(3)));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT nip, regon, krs, legal_name, email, website FROM member")) {
                while (rs.next()) {
                    addIfPresent(nips, rs.getString(1));
                    addIfPresent(regons, rs.getString(2));
                    addIfPresent(krsNumbers, rs.getString(3));
                    legalNames.add(rs.getString(4));
                    String email = rs.getString(5);
                    if (email != null && email.contains("@")) {
                        domains.add(email.substring(email.indexOf('@') + 1).toLowerCase(Locale.ROOT));
                    }
                    String website = rs.getString(6);
                    if (website != null) {
                        domains.add(website.replaceFirst("^https?://(www\\.)?", "").replaceFirst("/.*$", "").toLowerCase(Locale.ROOT));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, joined_on FROM member WHERE status = 'ACTIVE' AND joined_on IS NOT NULL ORDER BY id")) {
                while (rs.next()) {
                    activeBefore.add(new long[]{rs.getLong(1), rs.getObject(2, LocalDate.class).toEpochDay()});
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT email FROM contact_person")) {
                while (rs.next()) {
                    addIfPresent(emails, rs.getString(1));
                }
            }
            Pattern numbered = Pattern.compile("([a-z]+-)(\\d+)");
            try (ResultSet rs = s.executeQuery("SELECT username, email FROM user_account")) {
                while (rs.next()) {
                    usernames.add(rs.getString(1));
                    addIfPresent(emails, rs.getString(2));
                    Matcher m = numbered.matcher(rs.getString(1));
                    if (m.matches() && m.group(2).length() < 9) {
                        lastUsernameNumber.merge(m.group(1), Integer.parseInt(m.group(2)), Math::max);
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT fee_year, size_class, amount FROM fee_rate")) {
                while (rs.next()) {
                    feeRates.computeIfAbsent(rs.getInt(1), y -> new HashMap<>()).put(rs.getString(2), rs.getBigDecimal(3));
                }
            }
            Map<Long, Market> byId = new LinkedHashMap<>();
            try (ResultSet rs = s.executeQuery("SELECT id, name_pl, name_en FROM target_market ORDER BY id")) {
                while (rs.next()) {
                    Market market = new Market(rs.getLong(1), rs.getString(2), rs.getString(3));
                    byId.put(market.id, market);
                    markets.add(market);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT market_id, country_code FROM target_market_country ORDER BY market_id, country_code")) {
                while (rs.next()) {
                    Market market = byId.get(rs.getLong(1));
                    if (market != null) {
                        market.countries.add(rs.getString(2));
                    }
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id, name, country_code FROM partner_organisation ORDER BY id")) {
                while (rs.next()) {
                    partners.add(new Partner(rs.getLong(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
    }

    private static void addIfPresent(Set<String> set, String value) {
        if (value != null) {
            set.add(value.toLowerCase(Locale.ROOT));
        }
    }

    // ---- the things later tables point to ----

    record Programme(long id, String name, boolean privateFunding) {
    }

    static final class Market {
        final long id;
        final String namePl;
        final String nameEn;
        final List<String> countries = new ArrayList<>();

        Market(long id, String namePl, String nameEn) {
            this.id = id;
            this.namePl = namePl;
            this.nameEn = nameEn;
        }
    }

    record Partner(long id, String name, String country) {
    }

    /** One step of a member's history. */
    static final class Change {
        final String from;
        final String to;
        final LocalDate on;
        String reason;
        Long recommender1;
        Long recommender2;
        boolean admission;

        Change(String from, String to, LocalDate on, String reason) {
            this.from = from;
            this.to = to;
            this.on = on;
            this.reason = reason;
        }
    }

    static final class Member {
        long id;
        String legalName;
        String shortName;
        String nip;
        String regon;
        String krs;
        String street;
        String postalCode;
        String city;
        String voivodeship;
        String country;
        String type;
        String size;
        String domain;
        String website;
        String email;
        String phone;
        String descriptionPl;
        String descriptionEn;
        LocalDate appliedOn;
        LocalDate joinedOn;
        LocalDate leftOn;
        String[] pkd;
        List<Long> capabilities;
        List<String> markets;
        final List<Change> history = new ArrayList<>();
        int firstContact;
        int contactCount;
        final List<String> usernames = new ArrayList<>();
        /** Since when the company's first portal user exists. */
        LocalDate accountSince;
        /** The owner's name when the company bears it (a sole proprietorship): its first contact person. */
        String ownerFirst;
        String ownerLast;
        boolean ownerWoman;

        String status() {
            return history.get(history.size() - 1).to;
        }

        /** Whether the member was ACTIVE on that day. */
        boolean activeOn(LocalDate day) {
            return "ACTIVE".equals(statusOn(day));
        }

        /** The status on that day; null before the application. */
        String statusOn(LocalDate day) {
            String status = null;
            for (Change change : history) {
                if (change.on.isAfter(day)) {
                    break;
                }
                status = change.to;
            }
            return status;
        }

        /** Who acted for the company on that day: its first portal user if it had one by then, else the cluster office. */
        String actor(Run run, LocalDate day) {
            return usernames.isEmpty() || day.isBefore(accountSince) ? run.someStaff() : usernames.get(0);
        }
    }

    static final class Contact {
        long id;
        int member;
        String firstName;
        String lastName;
        String jobTitle;
        String email;
        String phone;
        boolean consent;
    }

    /** A portal account; {@code member} is -1 for the cluster office's; {@code activated} null while the invitation is open. */
    record Account(long id, String username, String fullName, String email, String role, int member, boolean companyAdmin,
                   boolean active, LocalDate created, LocalDate activated) {
    }

    record Fee(long id, int member, int year) {
    }

    record Payment(long feeId, int member, LocalDate paidOn, BigDecimal amount, String note, String by) {
    }

    static final class Project {
        long id;
        String titlePl;
        String acronym;
        String kind;
        String status;
        LocalDate start;
        LocalDate end;
        /** The day it stopped taking part in anything: completed, cancelled, rejected; null while live. */
        LocalDate closed;
        LocalDate opened;
        boolean live;
        final List<String[]> statusChanges = new ArrayList<>();
    }

    /**
     * A participation: applied, then (unless still pending) {@code decision} on {@code decidedOn} by {@code decidedBy},
     * and, if it ended, ended on {@code endedOn}.
     */
    record Participation(long id, int member, int project, String status, LocalDate appliedOn, String appliedBy,
                         String decision, LocalDate decidedOn, String decidedBy, LocalDate endedOn) {
    }

    static final class Activity {
        long id;
        String type;
        String titlePl;
        String titleEn;
        /** The day it was published and registration opened. */
        LocalDate opened;
        LocalDate start;
        LocalDate end;
        LocalDate deadline;
        String country;
        String city;
        Integer capacity;
        List<Market> markets;
        String organiser;
        String project;
        /** The cost as the audit shows money ("6500.00 PLN"), empty if free. */
        String cost;
        boolean online;
        Long organiserId;
        Long projectId;
        BigDecimal costAmount;
        String costCurrency;
        String descriptionPl;
        String descriptionEn;
    }

    /** A registration: made with {@code firstStatus}, then its status changes in order; {@code status} is the last. */
    static final class Registration {
        long id;
        int member;
        int activity;
        String firstStatus;
        String status;
        OffsetDateTime registeredAt;
        String by;
        /** The persons' full names, sorted, joined as the entity's audit state does. */
        String persons;
        final List<Step> steps = new ArrayList<>();
    }

    /** One status change of a registration. */
    record Step(String from, String to, OffsetDateTime at, String by, String reason) {
    }

    record Outcome(long id, int registration, int member, OffsetDateTime reportedAt, String by, int meetings, int contacts,
                   int leads, int agreements, String exportValue, String countries, String notes) {
    }
}

package pl.klaster.portal.service.outreach;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.klaster.portal.domain.outreach.ActivityType;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.domain.outreach.RegistrationStatus;
import pl.klaster.portal.domain.outreach.TargetMarket;
import pl.klaster.portal.domain.partner.PartnerOrganisation;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.reference.Countries;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Outreach activities and target markets: staff plan activities and keep the markets; every signed-in user sees
 * the activities (members: the upcoming ones for their export markets first); management reads. Every change is
 * in the audit trail. Registrations and outcomes are in {@link RegistrationService}.
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
public class OutreachService {

    public static final String ENTITY = "OutreachActivity";
    private static final String COLUMNS = "SELECT a.id, a.type, a.titlePl, a.titleEn, a.startDate, a.endDate, a.online, a.city,"
            + " a.countryCode, a.capacity, a.registrationDeadline, a.cost.amount, a.cost.currency FROM OutreachActivity a ";

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Caller caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private Checks checks;

    // ---- target markets ----

    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public List<MarketRow> markets() {
        List<TargetMarket> markets = em.createQuery("SELECT m FROM TargetMarket m ORDER BY m.priority, m.namePl", TargetMarket.class)
                .getResultList();
        Map<Long, List<String>> countries = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT m.id, c FROM TargetMarket m JOIN m.countries c ORDER BY c", Object[].class).getResultList()) {
            countries.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return markets.stream().map(m -> new MarketRow(m.getId(), m.getNamePl(), m.getNameEn(), m.getPriority(),
                countries.getOrDefault(m.getId(), List.of()), m.getVersion())).toList();
    }

    /** Creates or saves a target market (its countries from ISO 3166, at least one). */
    @RolesAllowed({STAFF, ADMIN})
    public MarketRow saveMarket(Long id, long version, String namePl, String nameEn, int priority, Set<String> countryCodes) {
        for (String code : countryCodes == null ? Set.<String>of() : countryCodes) {
            if (!Countries.isKnown(code)) {
                throw BusinessException.onField("countries", "address.country.invalid");
            }
        }
        TargetMarket market = id == null ? new TargetMarket() : em.find(TargetMarket.class, id);
        if (market == null) {
            throw new NotFoundException();
        }
        if (id != null && market.getVersion() != version) {
            throw new StaleDataException();
        }
        Map<String, String> before = id == null ? null : market.auditState();
        market.setNamePl(namePl);
        market.setNameEn(nameEn);
        market.setPriority(priority);
        market.setCountries(new TreeSet<>(countryCodes == null ? Set.of() : countryCodes));
        checks.valid(market);
        if (id == null) {
            em.persist(market);
            em.flush();
            audit.created(caller.username(), "TargetMarket", market.getId(), null, market);
        } else {
            audit.changed(caller.username(), "TargetMarket", market.getId(), null, before, market.auditState());
            em.flush();
        }
        return new MarketRow(market.getId(), market.getNamePl(), market.getNameEn(), market.getPriority(),
                List.copyOf(market.getCountries()), market.getVersion());
    }

    // ---- activities ----

    /** Activities, filtered, newest first, paged in the database, with places taken and waiting. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public Page<ActivityRow> search(ActivityFilter filter, PageRequest page) {
        ActivityFilter f = filter == null ? ActivityFilter.none() : filter;
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (LOWER(a.titlePl) LIKE :t OR LOWER(a.titleEn) LIKE :t OR LOWER(a.city) LIKE :t)");
            params.put("t", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (f.type() != null) {
            where.append(" AND a.type = :type");
            params.put("type", f.type());
        }
        if (f.marketId() != null) {
            where.append(" AND EXISTS (SELECT m FROM OutreachActivity a2 JOIN a2.targetMarkets m WHERE a2 = a AND m.id = :market)");
            params.put("market", f.marketId());
        }
        if (f.from() != null) {
            where.append(" AND a.endDate >= :from");
            params.put("from", f.from());
        }
        if (f.to() != null) {
            where.append(" AND a.startDate <= :to");
            params.put("to", f.to());
        }
        boolean ascending = f.from() != null && page.sortField() == null;
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(a) FROM OutreachActivity a " + where, Long.class);
        TypedQuery<Object[]> rows = em.createQuery(COLUMNS + where + " ORDER BY a.startDate " + (ascending ? "ASC" : "DESC")
                + ", a.id", Object[].class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return new Page<>(withCounts(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList()), count.getSingleResult());
    }

    /** The activities that take place, at least in part, between two dates (the calendar). */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public List<ActivityRow> calendar(LocalDate from, LocalDate to) {
        return withCounts(em.createQuery(COLUMNS + "WHERE a.endDate >= :from AND a.startDate <= :to ORDER BY a.startDate, a.id",
                Object[].class).setParameter("from", from).setParameter("to", to).setMaxResults(2000).getResultList());
    }

    /**
     * The upcoming activities for the calling member: those for its export markets first (by how many of its
     * export countries the activity's target markets cover, plus one when it takes place in one of them), then by
     * date.
     */
    @RolesAllowed(MEMBER)
    public List<ActivityRow> upcomingForMyCompany() {
        long own = caller.requireOwnMemberId();
        @SuppressWarnings("unchecked")
        List<Object[]> ranked = em.createNativeQuery("SELECT a.id, COUNT(DISTINCT mem.country_code) + COUNT(DISTINCT here.country_code) AS score,"
                        + " a.start_date FROM outreach_activity a"
                        + " LEFT JOIN activity_target_market atm ON atm.activity_id = a.id"
                        + " LEFT JOIN target_market_country tmc ON tmc.market_id = atm.market_id"
                        + " LEFT JOIN member_export_market mem ON mem.country_code = tmc.country_code AND mem.member_id = ?1"
                        + " LEFT JOIN member_export_market here ON here.country_code = a.country_code AND here.member_id = ?1"
                        + " WHERE a.end_date >= ?2 GROUP BY a.id, a.start_date ORDER BY score DESC, a.start_date, a.id")
                .setParameter(1, own).setParameter(2, LocalDate.now()).setMaxResults(200).getResultList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ranked.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, ActivityRow> byId = new HashMap<>();
        withCounts(em.createQuery(COLUMNS + "WHERE a.id IN :ids", Object[].class).setParameter("ids", ids).getResultList())
                .forEach(r -> byId.put(r.id(), r));
        return ids.stream().map(byId::get).toList();
    }

    /** Which activities are for the calling member's export markets (aimed at them, or taking place in one). */
    @RolesAllowed(MEMBER)
    public Set<Long> activitiesForMyMarkets() {
        long own = caller.requireOwnMemberId();
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT atm.activity_id FROM activity_target_market atm"
                + " JOIN target_market_country tmc ON tmc.market_id = atm.market_id"
                + " JOIN member_export_market mem ON mem.country_code = tmc.country_code AND mem.member_id = ?1"
                + " UNION SELECT a.id FROM outreach_activity a"
                + " JOIN member_export_market mem ON mem.country_code = a.country_code AND mem.member_id = ?1").setParameter(1, own)
                .getResultList();
        Set<Long> result = new LinkedHashSet<>();
        ids.forEach(n -> result.add(n.longValue()));
        return result;
    }

    /** One activity as lists show it, with places taken and waiting. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public ActivityRow summary(long id) {
        List<ActivityRow> rows = withCounts(em.createQuery(COLUMNS + "WHERE a.id = :id", Object[].class).setParameter("id", id).getResultList());
        if (rows.isEmpty()) {
            throw new NotFoundException();
        }
        return rows.get(0);
    }

    /** One activity with its markets, organiser and project. */
    @RolesAllowed({MEMBER, STAFF, ADMIN, MANAGEMENT})
    public OutreachActivity get(long id) {
        OutreachActivity a = em.find(OutreachActivity.class, id);
        if (a == null) {
            throw new NotFoundException();
        }
        a.getTargetMarkets().size();
        a.getTargetMarkets().forEach(m -> m.getCountries().size());
        if (a.getOrganiser() != null) {
            a.getOrganiser().getName();
        }
        if (a.getProject() != null) {
            a.getProject().getTitlePl();
        }
        em.detach(a);
        return a;
    }

    /** Creates or saves an activity. */
    @RolesAllowed({STAFF, ADMIN})
    public OutreachActivity save(ActivityForm form) {
        OutreachActivity input = form.getActivity();
        if (!input.isOnline() && input.getCountryCode() != null && !Countries.isKnown(input.getCountryCode())) {
            throw BusinessException.onField("countryCode", "address.country.invalid");
        }
        OutreachActivity activity;
        Map<String, String> before = null;
        if (input.getId() == null) {
            activity = input;
        } else {
            activity = em.find(OutreachActivity.class, input.getId());
            if (activity == null) {
                throw new NotFoundException();
            }
            if (activity.getVersion() != input.getVersion()) {
                throw new StaleDataException();
            }
            before = activity.auditState();
            activity.setType(input.getType());
            activity.setTitlePl(input.getTitlePl());
            activity.setTitleEn(input.getTitleEn());
            activity.setStartDate(input.getStartDate());
            activity.setEndDate(input.getEndDate());
            activity.setOnline(input.isOnline());
            activity.setCity(input.getCity());
            activity.setCountryCode(input.getCountryCode());
            activity.setCapacity(input.getCapacity());
            activity.setRegistrationDeadline(input.getRegistrationDeadline());
            activity.setCost(input.getCost());
            activity.setDescriptionPl(input.getDescriptionPl());
            activity.setDescriptionEn(input.getDescriptionEn());
        }
        if (activity.isOnline()) {
            activity.setCity(null);
            activity.setCountryCode(null);
        }
        Set<TargetMarket> markets = new LinkedHashSet<>();
        for (Long marketId : form.getMarketIds() == null ? List.<Long>of() : form.getMarketIds()) {
            TargetMarket market = em.find(TargetMarket.class, marketId);
            if (market == null) {
                throw BusinessException.onField("targetMarkets", "validation.unknownChoice");
            }
            markets.add(market);
        }
        activity.setTargetMarkets(markets);
        activity.setOrganiser(form.getOrganiserId() == null ? null : required(em.find(PartnerOrganisation.class, form.getOrganiserId()), "organiser"));
        activity.setProject(form.getProjectId() == null ? null : required(em.find(Project.class, form.getProjectId()), "project"));
        checks.valid(activity);
        if (before == null) {
            em.persist(activity);
            em.flush();
            audit.created(caller.username(), ENTITY, activity.getId(), null, activity);
        } else {
            audit.changed(caller.username(), ENTITY, activity.getId(), null, before, activity.auditState());
            em.flush();
        }
        return get(activity.getId());
    }

    // ---- the funnel and the map ----

    /**
     * Each activity's primary target market: of the markets it aims at, the one of highest priority (then the
     * oldest). The funnel counts an activity, its participations and its outcomes in that market only, so the
     * market lines add up to the total; activities aimed at no market have a line of their own.
     */
    static final String PRIMARY_MARKET = "WITH pm AS (SELECT ranked.activity_id, ranked.market_id FROM (SELECT atm.activity_id,"
            + " atm.market_id, ROW_NUMBER() OVER (PARTITION BY atm.activity_id ORDER BY tm.priority, tm.id) AS rn"
            + " FROM activity_target_market atm JOIN target_market tm ON tm.id = atm.market_id) ranked WHERE ranked.rn = 1) ";

    /** The key of the funnel line of activities aimed at no target market. */
    public static final long NO_MARKET = -1;

    /**
     * The export funnel per primary target market for activities that start in a date range: activities →
     * member participations (registrations that took a place) → B2B meetings → leads → agreements → export value
     * (PLN and EUR apart). Markets in order of priority, then a line for activities without a market when there
     * are any. The lines add up to {@link #funnelTotal}. Three aggregate queries, whatever the number of markets.
     */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public List<FunnelRow> funnelByMarket(LocalDate from, LocalDate to) {
        Map<Long, long[]> counts = new HashMap<>();
        Map<Long, BigDecimal[]> money = new HashMap<>();
        String range = " WHERE a.start_date >= ?1 AND a.start_date <= ?2";
        for (Object[] r : nativeRows(PRIMARY_MARKET + "SELECT pm.market_id, COUNT(*) FROM outreach_activity a"
                + " LEFT JOIN pm ON pm.activity_id = a.id" + range + " GROUP BY pm.market_id", from, to)) {
            counts.computeIfAbsent(marketKey(r[0]), k -> new long[5])[0] = number(r[1]);
        }
        for (Object[] r : nativeRows(PRIMARY_MARKET + "SELECT pm.market_id, COUNT(*) FROM registration g"
                + " JOIN outreach_activity a ON a.id = g.activity_id LEFT JOIN pm ON pm.activity_id = a.id" + range
                + " AND g.status IN ('REGISTERED', 'CONFIRMED', 'ATTENDED') GROUP BY pm.market_id", from, to)) {
            counts.computeIfAbsent(marketKey(r[0]), k -> new long[5])[1] = number(r[1]);
        }
        for (Object[] r : nativeRows(PRIMARY_MARKET + "SELECT pm.market_id, SUM(o.b2b_meetings), SUM(o.leads), SUM(o.agreements),"
                + " SUM(CASE WHEN o.export_currency = 'PLN' THEN o.export_amount ELSE 0 END),"
                + " SUM(CASE WHEN o.export_currency = 'EUR' THEN o.export_amount ELSE 0 END)"
                + " FROM outcome_report o JOIN registration g ON g.id = o.registration_id JOIN outreach_activity a ON a.id = g.activity_id"
                + " LEFT JOIN pm ON pm.activity_id = a.id" + range + " GROUP BY pm.market_id", from, to)) {
            long[] c = counts.computeIfAbsent(marketKey(r[0]), k -> new long[5]);
            c[2] = number(r[1]);
            c[3] = number(r[2]);
            c[4] = number(r[3]);
            money.put(marketKey(r[0]), new BigDecimal[]{decimal(r[4]), decimal(r[5])});
        }
        List<FunnelRow> rows = new ArrayList<>();
        for (MarketRow market : markets()) {
            rows.add(funnelRow(market.id(), market.namePl(), market.nameEn(), counts, money));
        }
        if (counts.containsKey(NO_MARKET)) {
            rows.add(funnelRow(NO_MARKET, "(bez rynku docelowego)", "(no target market)", counts, money));
        }
        return rows;
    }

    private static FunnelRow funnelRow(long key, String namePl, String nameEn, Map<Long, long[]> counts, Map<Long, BigDecimal[]> money) {
        long[] c = counts.getOrDefault(key, new long[5]);
        BigDecimal[] m = money.getOrDefault(key, new BigDecimal[]{decimal(null), decimal(null)});
        return new FunnelRow(key, namePl, nameEn, c[0], c[1], c[2], c[3], c[4], m[0], m[1]);
    }

    private static long marketKey(Object value) {
        return value == null ? NO_MARKET : ((Number) value).longValue();
    }

    @SuppressWarnings("unchecked")
    private List<Object[]> nativeRows(String sql, LocalDate from, LocalDate to) {
        return em.createNativeQuery(sql).setParameter(1, from).setParameter(2, to).getResultList();
    }

    /** The funnel's totals over all activities starting in the range (each activity and outcome counted once). */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public FunnelRow funnelTotal(LocalDate from, LocalDate to) {
        long activities = em.createQuery("SELECT COUNT(a) FROM OutreachActivity a WHERE a.startDate >= :from AND a.startDate <= :to", Long.class)
                .setParameter("from", from).setParameter("to", to).getSingleResult();
        long participations = em.createQuery("SELECT COUNT(g) FROM Registration g JOIN g.activity a WHERE a.startDate >= :from"
                        + " AND a.startDate <= :to AND g.status IN :took", Long.class)
                .setParameter("from", from).setParameter("to", to).setParameter("took", RegistrationStatus.HOLDS_PLACE).getSingleResult();
        Object[] sums = em.createQuery("SELECT COUNT(o), SUM(o.b2bMeetings), SUM(o.leads), SUM(o.agreements),"
                        + " SUM(CASE WHEN o.exportValue.currency = 'PLN' THEN o.exportValue.amount ELSE 0 END),"
                        + " SUM(CASE WHEN o.exportValue.currency = 'EUR' THEN o.exportValue.amount ELSE 0 END)"
                        + " FROM OutcomeReport o JOIN o.registration g JOIN g.activity a WHERE a.startDate >= :from AND a.startDate <= :to",
                Object[].class).setParameter("from", from).setParameter("to", to).getSingleResult();
        return new FunnelRow(0, "Razem", "Total", activities, participations, number(sums[1]), number(sums[2]), number(sums[3]),
                decimal(sums[4]), decimal(sums[5]));
    }

    /** The funnel per activity starting in the range (latest first). */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public List<FunnelRow> funnelByActivity(LocalDate from, LocalDate to) {
        Map<Long, Long> participations = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT a.id, COUNT(g) FROM Registration g JOIN g.activity a WHERE a.startDate >= :from"
                        + " AND a.startDate <= :to AND g.status IN :took GROUP BY a.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).setParameter("took", RegistrationStatus.HOLDS_PLACE).getResultList()) {
            participations.put((Long) r[0], (Long) r[1]);
        }
        Map<Long, Object[]> outcomes = new HashMap<>();
        for (Object[] r : outcomeSums("a.id", "", " WHERE a.startDate >= :from AND a.startDate <= :to", from, to)) {
            outcomes.put((Long) r[0], r);
        }
        List<FunnelRow> rows = new ArrayList<>();
        for (Object[] a : em.createQuery("SELECT a.id, a.titlePl, a.titleEn FROM OutreachActivity a WHERE a.startDate >= :from"
                        + " AND a.startDate <= :to ORDER BY a.startDate DESC, a.id", Object[].class)
                .setParameter("from", from).setParameter("to", to).setMaxResults(1000).getResultList()) {
            long id = (Long) a[0];
            Object[] o = outcomes.get(id);
            rows.add(new FunnelRow(id, (String) a[1], (String) a[2], 1, participations.getOrDefault(id, 0L),
                    o == null ? 0 : number(o[1]), o == null ? 0 : number(o[2]), o == null ? 0 : number(o[3]),
                    o == null ? BigDecimal.ZERO : decimal(o[4]), o == null ? BigDecimal.ZERO : decimal(o[5])));
        }
        return rows;
    }

    /**
     * Per country: the activities held there (online ones have none) and the outcomes reported for it. An outcome
     * concerning several countries counts in each of them.
     */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public List<CountryRow> byCountry(LocalDate from, LocalDate to) {
        Map<String, long[]> counts = new HashMap<>();
        Map<String, BigDecimal[]> money = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT a.countryCode, COUNT(a) FROM OutreachActivity a WHERE a.countryCode IS NOT NULL"
                        + " AND a.startDate >= :from AND a.startDate <= :to GROUP BY a.countryCode", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            counts.computeIfAbsent((String) r[0], k -> new long[4])[0] = (Long) r[1];
        }
        for (Object[] r : em.createQuery("SELECT c, COUNT(o), SUM(o.leads), SUM(o.agreements),"
                        + " SUM(CASE WHEN o.exportValue.currency = 'PLN' THEN o.exportValue.amount ELSE 0 END),"
                        + " SUM(CASE WHEN o.exportValue.currency = 'EUR' THEN o.exportValue.amount ELSE 0 END)"
                        + " FROM OutcomeReport o JOIN o.countries c JOIN o.registration g JOIN g.activity a"
                        + " WHERE a.startDate >= :from AND a.startDate <= :to GROUP BY c", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            long[] c = counts.computeIfAbsent((String) r[0], k -> new long[4]);
            c[1] = number(r[1]);
            c[2] = number(r[2]);
            c[3] = number(r[3]);
            money.put((String) r[0], new BigDecimal[]{decimal(r[4]), decimal(r[5])});
        }
        List<CountryRow> rows = new ArrayList<>();
        counts.forEach((country, c) -> {
            BigDecimal[] m = money.getOrDefault(country, new BigDecimal[]{BigDecimal.ZERO, BigDecimal.ZERO});
            rows.add(new CountryRow(country, c[0], c[1], c[2], c[3], m[0], m[1]));
        });
        rows.sort((x, y) -> Long.compare(y.activities() + y.outcomes(), x.activities() + x.outcomes()));
        return rows;
    }

    private List<Object[]> outcomeSums(String key, String join, String where, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT " + key + ", SUM(o.b2bMeetings), SUM(o.leads), SUM(o.agreements),"
                        + " SUM(CASE WHEN o.exportValue.currency = 'PLN' THEN o.exportValue.amount ELSE 0 END),"
                        + " SUM(CASE WHEN o.exportValue.currency = 'EUR' THEN o.exportValue.amount ELSE 0 END)"
                        + " FROM OutcomeReport o JOIN o.registration g JOIN g.activity a " + join + where + " GROUP BY " + key, Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList();
    }

    // ---- helpers ----

    /** Adds to each activity how many registrations hold a place and how many wait (one grouped query). */
    private List<ActivityRow> withCounts(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(r -> (Long) r[0]).toList();
        Map<Long, long[]> counts = new HashMap<>();
        for (Object[] r : em.createQuery("SELECT g.activity.id, g.status, COUNT(g) FROM Registration g WHERE g.activity.id IN :ids"
                + " GROUP BY g.activity.id, g.status", Object[].class).setParameter("ids", ids).getResultList()) {
            long[] c = counts.computeIfAbsent((Long) r[0], k -> new long[2]);
            RegistrationStatus status = (RegistrationStatus) r[1];
            if (status.holdsPlace()) {
                c[0] += (Long) r[2];
            } else if (status == RegistrationStatus.WAITING) {
                c[1] += (Long) r[2];
            }
        }
        List<ActivityRow> result = new ArrayList<>();
        for (Object[] r : rows) {
            long[] c = counts.getOrDefault((Long) r[0], new long[2]);
            result.add(new ActivityRow((Long) r[0], (ActivityType) r[1], (String) r[2], (String) r[3], (LocalDate) r[4],
                    (LocalDate) r[5], (Boolean) r[6], (String) r[7], (String) r[8], (Integer) r[9], (LocalDate) r[10],
                    (BigDecimal) r[11], (String) r[12], c[0], c[1]));
        }
        return result;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw BusinessException.onField(field, "validation.unknownChoice");
        }
        return value;
    }

    static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO.setScale(2);
        }
        return (value instanceof BigDecimal d ? d : new BigDecimal(value.toString())).setScale(2, java.math.RoundingMode.HALF_UP);
    }
}

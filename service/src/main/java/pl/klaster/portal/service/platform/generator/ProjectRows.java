package pl.klaster.portal.service.platform.generator;

import pl.klaster.portal.service.platform.generator.Run.Member;
import pl.klaster.portal.service.platform.generator.Run.Partner;
import pl.klaster.portal.service.platform.generator.Run.Project;
import pl.klaster.portal.service.platform.generator.Run.Programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Partner organisations with their contact persons; projects over the ten years (funded by the programmes of the
 * reference table, budgets in PLN or EUR with the cluster's share within them, status history that agrees with
 * the dates, indicators, consortium); and members' participations with their history. A member has at most one
 * live (pending or approved) participation per project, and only takes part while it is an active member.
 */
final class ProjectRows {

    private static final String[] KINDS = {"RD", "TRAINING", "INTERNATIONALISATION", "PROMOTION", "EU_CONSORTIUM"};
    private static final double[] KIND_WEIGHTS = {25, 20, 20, 15, 20};
    private static final String[] PARTNER_TYPES = {"FOREIGN_CLUSTER", "RESEARCH_INSTITUTE", "CHAMBER_OF_COMMERCE", "ALLIANCE",
            "PUBLIC_BODY", "COMPANY", "OTHER"};
    private static final double[] PARTNER_TYPE_WEIGHTS = {45, 15, 12, 5, 8, 10, 5};

    private final Run run;
    private final Dice dice;
    private final List<Partner> newPartners = new ArrayList<>();

    ProjectRows(Run run) {
        this.run = run;
        this.dice = run.dice;
    }

    void generate() throws SQLException {
        writePartners();
        run.commit();
        writeProjects();
        run.commit();
        writeParticipations();
        run.commit();
    }

    // ---- partner organisations ----

    private void writePartners() throws SQLException {
        int count = Math.max(8, run.scale.members() / 40);
        Batch partner = run.batch("partner_organisation", "id:L, name:S, acronym:S, partner_type:S, country_code:S, city:S,"
                + " website:S, relation:S, relation_since:D, relation_until:D, notes:S");
        Batch contact = run.batch("partner_contact", "id:L, partner_id:L, full_name:S, job_title:S, email:S, phone:S", partner);
        Sequences.Ids ids = run.sequences.of("partner_organisation_seq");
        Sequences.Ids contactIds = run.sequences.of("partner_contact_seq");
        Set<String> names = new HashSet<>();
        for (Partner p : run.partners) {
            names.add(p.name());
        }
        for (int i = 0; i < count; i++) {
            String type = PARTNER_TYPES[dice.weighted(PARTNER_TYPE_WEIGHTS)];
            String[] place = dice.pick(Words.FOREIGN_PLACES);
            String country = place[0];
            String city = place[1];
            String plainCity = city.contains(" / ") ? city.substring(city.indexOf(" / ") + 3) : city;
            String name = switch (type) {
                case "FOREIGN_CLUSTER" -> String.format(dice.pick(Words.CLUSTER_NAMES), plainCity);
                case "RESEARCH_INSTITUTE" -> String.format(dice.pick(Words.INSTITUTE_NAMES), plainCity);
                case "CHAMBER_OF_COMMERCE" -> {
                    String[] chamber = dice.pick(Words.CHAMBERS);
                    country = "PL";
                    city = "Warszawa";
                    yield chamber[1];
                }
                case "ALLIANCE" -> String.format(dice.pick(Words.ALLIANCE_NAMES), dice.pick(Words.ALLIANCE_TOPICS));
                case "PUBLIC_BODY" -> "Invest in " + plainCity;
                case "COMPANY" -> Words.brand(dice) + " " + (country.equals("DE") || country.equals("AT") ? "GmbH" : "Ltd");
                default -> plainCity + " Manufacturing Association";
            };
            for (int n = 2; !names.add(name); n++) {
                name = name.replaceFirst(" \\(\\d+\\)$", "") + " (" + n + ")";
            }
            String acronym = acronym(name);
            String relation = dice.chance(0.2) ? null : dice.pick(new String[]{"PARTNER", "PARTNER", "PARTNER", "MOU", "MOU", "MEMBER",
                    "CO_FOUNDER"});
            LocalDate relationSince = relation == null ? null : dice.day(run.since, run.yesterday);
            LocalDate relationUntil = relationSince != null && dice.chance(0.1) ? dice.day(relationSince, run.yesterday) : null;
            String domain = Words.ascii(acronym == null ? name : acronym + "-" + plainCity) + ".example";
            long id = ids.next();
            partner.add(id, name, acronym, type, country, city, "https://" + domain, relation, relationSince, relationUntil,
                    dice.chance(0.4) ? "Współpraca przy misjach i projektach międzynarodowych." : null);
            Partner made = new Partner(id, name, country);
            newPartners.add(made);
            run.partners.add(made);
            for (int k = dice.between(1, 2); k > 0; k--) {
                String[] person = foreignPerson(country);
                contact.add(contactIds.next(), id, person[0], dice.pick(new String[]{"Project coordinator", "Cluster manager",
                        "International Desk", "Director of Partnerships", "Head of Business Development"}),
                        Words.ascii(person[0]).replace('-', '.') + "@" + domain, null);
            }
        }
    }

    private static String acronym(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
                letters.append(word.charAt(0));
            }
        }
        return letters.length() >= 2 && letters.length() <= 6 ? Words.ascii(letters.toString()).toUpperCase(Locale.ROOT) : null;
    }

    private String[] foreignPerson(String country) {
        for (String[][] people : Words.FOREIGN_PEOPLE) {
            for (String c : people[0]) {
                if (c.equals(country)) {
                    return new String[]{dice.pick(people[1]) + " " + dice.pick(people[2])};
                }
            }
        }
        boolean woman = dice.chance(0.5);
        return new String[]{dice.pick(woman ? Words.WOMEN : Words.MEN) + " " + Words.surname(dice.pick(Words.SURNAMES), woman)};
    }

    // ---- projects ----

    private void writeProjects() throws SQLException {
        Batch project = run.batch("project", "id:L, title_pl:S, title_en:S, acronym:S, kind:S, programme_id:L, call_number:S,"
                + " grant_number:S, cluster_role:S, lead_partner_id:L, start_date:D, end_date:D, status:S, budget_amount:N,"
                + " budget_currency:S, share_amount:N, share_currency:S, objectives:S, applications_open:B,"
                + " application_deadline:D, max_participants:I");
        Batch indicator = run.batch("project_indicator", "project_id:L, position:I, indicator_type:S, name:S, unit:S,"
                + " planned_value:N, achieved_value:N", project);
        Batch capability = run.batch("project_capability", "project_id:L, capability_id:L", project);
        Batch pkd = run.batch("project_pkd", "project_id:L, pkd_code:S", project);
        Batch partner = run.batch("project_partner_organisation", "project_id:L, partner_id:L", project);
        Batch consortium = run.batch("project_consortium_member", "project_id:L, member_id:L", project);
        Batch change = run.batch("project_status_change", "id:L, project_id:L, from_status:S, to_status:S, effective_on:D,"
                + " reason:S, changed_by:S, changed_at:T", project);
        Sequences.Ids ids = run.sequences.of("project_seq");
        Sequences.Ids changeIds = run.sequences.of("project_status_change_seq");
        for (int i = 0; i < run.scale.projects(); i++) {
            Project p = new Project();
            p.id = ids.next();
            p.kind = KINDS[dice.weighted(KIND_WEIGHTS)];
            Programme programme = programme(p.kind);
            boolean eu = programme.name().startsWith("Horizon") || programme.name().startsWith("Interreg");
            boolean own = programme.privateFunding();
            p.start = dice.chance(0.08) ? dice.day(run.today.plusDays(14), run.today.plusDays(365))
                    : dice.day(run.since, run.yesterday).withDayOfMonth(1);
            int months = switch (p.kind) {
                case "RD" -> dice.between(18, 48);
                case "EU_CONSORTIUM" -> dice.between(24, 48);
                case "TRAINING" -> dice.between(6, 24);
                case "PROMOTION" -> dice.between(3, 12);
                default -> dice.between(12, 36);
            };
            p.end = p.start.plusMonths(months).minusDays(1);
            String[] topic = dice.pick(Words.TOPICS);
            String[] startWords = dice.pick(Words.TITLE_STARTS[List.of(KINDS).indexOf(p.kind)]);
            p.titlePl = startWords[0] + " " + topic[0];
            String titleEn = startWords[1] + " " + topic[1];
            p.acronym = acronymOf(topic[1], p.start.getYear());
            history(p, own);
            String role = eu ? (dice.chance(0.8) ? "PARTNER" : "LEADER") : (dice.chance(0.2) ? "PARTNER" : "LEADER");
            Partner lead = "PARTNER".equals(role) && !run.partners.isEmpty() ? dice.pick(run.partners) : null;
            String currency = eu ? "EUR" : "PLN";
            BigDecimal budget;
            BigDecimal share;
            if (own) {
                budget = dice.money(20_000, 500_000, 100);
                share = budget;
            } else if (programme.name().startsWith("Horizon")) {
                budget = dice.money(1_000_000, 12_000_000, 1000);
                share = percent(budget, 3, 12);
            } else if (eu) {
                budget = dice.money(500_000, 3_000_000, 1000);
                share = percent(budget, 8, 20);
            } else if (programme.name().startsWith("FENG")) {
                budget = dice.money(1_000_000, 20_000_000, 1000);
                share = percent(budget, 5, 40);
            } else {
                budget = dice.money(200_000, 5_000_000, 1000);
                share = percent(budget, 20, 100);
            }
            boolean open = p.live && dice.chance(0.35);
            LocalDate deadline = open ? run.today.plusDays(dice.between(5, 90)) : null;
            Integer max = open && dice.chance(0.5) ? dice.between(5, 40) : null;
            String call = callNumber(programme, p.start);
            String grant = "RUNNING".equals(p.status) || "COMPLETED".equals(p.status) || "CANCELLED".equals(p.status)
                    ? grantNumber(programme, p.start) : null;
            String objectives = "Cel projektu: " + p.titlePl.substring(0, 1).toLowerCase(Locale.ROOT) + p.titlePl.substring(1)
                    + " w firmach klastra" + (eu ? " i u partnerów zagranicznych" : "") + ". Wsparcie wdrożeń, szkolenia i upowszechnianie wyników.";
            project.add(p.id, p.titlePl, titleEn, p.acronym, p.kind, programme.id(), call, grant, role,
                    lead == null ? null : lead.id(), p.start, p.end, p.status, budget, currency, share, currency, objectives,
                    open, deadline, max);
            indicators(indicator, p);
            for (Long id : distinct(run.capabilityIds, dice.between(0, 4))) {
                capability.add(p.id, id);
            }
            for (String code : distinct(run.pkdSubclasses, dice.between(0, 3))) {
                pkd.add(p.id, code);
            }
            Set<Long> partnerIds = new LinkedHashSet<>();
            if (lead != null) {
                partnerIds.add(lead.id());
            }
            for (Partner other : distinct(run.partners, eu || "EU_CONSORTIUM".equals(p.kind) ? dice.between(2, 8) : dice.between(0, 2))) {
                partnerIds.add(other.id());
            }
            for (Long id : partnerIds) {
                partner.add(p.id, id);
            }
            if ("RD".equals(p.kind) || "EU_CONSORTIUM".equals(p.kind)) {
                for (Member m : activeMembers(p.start, dice.between(0, 4))) {
                    consortium.add(p.id, m.id);
                }
            }
            String previous = null;
            for (String[] c : p.statusChanges) {
                LocalDate on = LocalDate.parse(c[1]);
                change.add(changeIds.next(), p.id, previous, c[0], on, c[2], run.someStaff(), run.at(on));
                previous = c[0];
            }
            run.projects.add(p);
        }
    }

    private Programme programme(String kind) {
        List<Programme> fitting = new ArrayList<>();
        for (Programme programme : run.programmes) {
            String name = programme.name();
            boolean fits = switch (kind) {
                case "EU_CONSORTIUM" -> name.startsWith("Horizon") || name.startsWith("Interreg");
                case "RD" -> name.startsWith("Horizon") || name.startsWith("FENG") || name.startsWith("Program regionalny");
                case "TRAINING" -> name.startsWith("Program regionalny") || name.startsWith("FENG") || programme.privateFunding();
                case "INTERNATIONALISATION" -> name.startsWith("Interreg") || name.startsWith("FENG") || name.startsWith("Inne");
                default -> programme.privateFunding() || name.startsWith("Program regionalny") || name.startsWith("Inne");
            };
            if (fits) {
                fitting.add(programme);
            }
        }
        return dice.pick(fitting.isEmpty() ? run.programmes : fitting);
    }

    /**
     * The status history, in order and never in the future: planned, then (with external funds) submitted, then
     * running from the start, completed at the end; some are rejected before they start, some cancelled.
     */
    private void history(Project p, boolean own) {
        LocalDate planned = run.past(p.start.minusDays(dice.between(180, 360)));
        if (planned.isBefore(run.since.minusYears(1))) {
            planned = run.since.minusYears(1);
        }
        p.statusChanges.add(new String[]{"PLANNED", planned.toString(), null});
        LocalDate submitted = null;
        if (!own) {
            submitted = planned.plusDays(dice.between(20, 90));
            if (submitted.isAfter(run.yesterday) || !submitted.isBefore(p.start)) {
                submitted = null;
            } else {
                p.statusChanges.add(new String[]{"SUBMITTED", submitted.toString(), "Wniosek złożony w naborze"});
            }
        }
        p.opened = planned;
        if (p.start.isAfter(run.yesterday)) {
            p.status = submitted == null ? "PLANNED" : "SUBMITTED";
            p.live = true;
            return;
        }
        if (submitted != null && dice.chance(0.1)) {
            LocalDate decided = submitted.plusDays(dice.between(30, 120));
            decided = run.past(decided.isAfter(p.start) ? p.start : decided);
            p.statusChanges.add(new String[]{"REJECTED", decided.toString(), dice.pick(Words.PROJECT_REJECTIONS)});
            p.status = "REJECTED";
            p.closed = decided;
            return;
        }
        p.statusChanges.add(new String[]{"RUNNING", p.start.toString(), dice.chance(0.5) ? "Umowa o dofinansowanie podpisana" : null});
        LocalDate last = run.past(p.end);
        if (dice.chance(0.04) && last.isAfter(p.start.plusDays(30))) {
            LocalDate cancelled = dice.day(p.start.plusDays(30), last);
            p.statusChanges.add(new String[]{"CANCELLED", cancelled.toString(), dice.pick(Words.PROJECT_CANCELLATIONS)});
            p.status = "CANCELLED";
            p.closed = cancelled;
        } else if (p.end.isBefore(run.today)) {
            p.statusChanges.add(new String[]{"COMPLETED", p.end.toString(), "Projekt zakończony – raport końcowy złożony"});
            p.status = "COMPLETED";
            p.closed = p.end;
        } else {
            p.status = "RUNNING";
            p.live = true;
        }
    }

    private BigDecimal percent(BigDecimal budget, int low, int high) {
        BigDecimal share = budget.multiply(BigDecimal.valueOf(dice.between(low, high))).divide(BigDecimal.valueOf(100), 0, RoundingMode.DOWN);
        return share.setScale(2, RoundingMode.UNNECESSARY).min(budget);
    }

    private String acronymOf(String topic, int year) {
        StringBuilder letters = new StringBuilder();
        for (String word : topic.split("[\\s-]+")) {
            if (word.length() > 3 && letters.length() < 6) {
                letters.append(word, 0, Math.min(word.length(), letters.length() == 0 ? 4 : 2));
            }
        }
        return letters.toString().toUpperCase(Locale.ROOT) + "-" + (year % 100);
    }

    private String callNumber(Programme programme, LocalDate start) {
        int year = start.minusMonths(9).getYear();
        String name = programme.name();
        if (name.startsWith("Horizon Europe")) {
            return "HORIZON-CL4-" + year + "-TWIN-TRANSITION-0" + dice.between(1, 6);
        } else if (name.startsWith("Horizon")) {
            return "H2020-DT-" + year + "-" + dice.between(1, 3);
        } else if (name.startsWith("FENG")) {
            return String.format(Locale.ROOT, "FENG.0%d.0%d-IP.0%d-%03d/%02d", dice.between(1, 2), dice.between(1, 5),
                    dice.between(1, 3), dice.between(1, 300), year % 100);
        } else if (name.startsWith("Interreg")) {
            return "INTERREG-BSR-C" + dice.between(1, 60);
        } else if (name.startsWith("Program regionalny")) {
            return String.format(Locale.ROOT, "FEKP.01.%02d-IZ.00-%03d/%02d", dice.between(1, 12), dice.between(1, 200), year % 100);
        }
        return null;
    }

    private String grantNumber(Programme programme, LocalDate start) {
        if (programme.privateFunding()) {
            return null;
        }
        return programme.name().startsWith("Horizon") ? Integer.toString(dice.between(100_000, 999_999))
                : String.format(Locale.ROOT, "UDA-%d/%03d/%d", start.getYear(), dice.between(1, 999), dice.between(1, 9));
    }

    private void indicators(Batch indicator, Project p) throws SQLException {
        int[] choices = switch (p.kind) {
            case "RD", "EU_CONSORTIUM" -> new int[]{0, 1, 5, 6, 2};
            case "TRAINING" -> new int[]{4, 2};
            case "INTERNATIONALISATION" -> new int[]{3, 2};
            default -> new int[]{2, 3, 5};
        };
        int count = dice.between(1, Math.min(4, choices.length));
        for (int position = 0; position < count; position++) {
            String[] kind = Words.INDICATORS[choices[position]];
            double typical = Double.parseDouble(kind[3]);
            BigDecimal planned = BigDecimal.valueOf(Math.max(1, Math.round(typical * (0.3 + 1.4 * dice.unit())))).setScale(2, RoundingMode.UNNECESSARY);
            BigDecimal achieved = switch (p.status) {
                case "COMPLETED" -> planned.multiply(BigDecimal.valueOf(50 + dice.between(0, 80))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                case "RUNNING" -> planned.multiply(BigDecimal.valueOf(dice.between(0, 80))).divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
                default -> null;
            };
            indicator.add(p.id, position, kind[0], kind[1], kind[2], planned, achieved);
        }
    }

    private <T> List<T> distinct(List<T> values, int count) {
        Set<Integer> chosen = new LinkedHashSet<>();
        for (int attempt = 0; attempt < 4 * count && chosen.size() < Math.min(count, values.size()); attempt++) {
            chosen.add(dice.between(0, values.size() - 1));
        }
        List<T> result = new ArrayList<>();
        for (int index : chosen) {
            result.add(values.get(index));
        }
        return result;
    }

    private List<Member> activeMembers(LocalDate day, int count) {
        Set<Member> chosen = new LinkedHashSet<>();
        for (int attempt = 0; attempt < 10 * count && chosen.size() < count && !run.members.isEmpty(); attempt++) {
            Member m = dice.pick(run.members);
            if (m.activeOn(day)) {
                chosen.add(m);
            }
        }
        return new ArrayList<>(chosen);
    }

    // ---- participations ----

    /**
     * Spreads the wanted number over the projects by kind (training and internationalisation take many companies,
     * research consortia few), then lets distinct members that were active on the day they applied take part.
     */
    private void writeParticipations() throws SQLException {
        int n = run.projects.size();
        double[] weights = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            Project p = run.projects.get(i);
            double w = switch (p.kind) {
                case "TRAINING" -> 3.0;
                case "INTERNATIONALISATION" -> 2.0;
                case "PROMOTION" -> 1.5;
                case "RD" -> 0.6;
                default -> 0.5;
            };
            if ("REJECTED".equals(p.status)) {
                w *= 0.15;
            } else if ("PLANNED".equals(p.status) || "SUBMITTED".equals(p.status)) {
                w *= 0.3;
            }
            weights[i] = w * (0.3 + 1.4 * dice.unit());
            sum += weights[i];
        }
        Batch participation = run.batch("participation", "id:L, project_id:L, member_id:L, status:S, active_key:L, role:S,"
                + " motivation:S, offered_effort:N, planned_effort:N, reported_effort:N, start_date:D, end_date:D, applied_at:T,"
                + " applied_by:S, decided_at:T, decided_by:S, decision_reason:S");
        Batch change = run.batch("participation_change", "id:L, participation_id:L, from_status:S, to_status:S, effective_on:D,"
                + " reason:S, changed_by:S, changed_at:T", participation);
        Batch capability = run.batch("participation_capability", "participation_id:L, capability_id:L", participation);
        Sequences.Ids ids = run.sequences.of("participation_seq");
        Sequences.Ids changeIds = run.sequences.of("participation_change_seq");
        int[] room = new int[n];
        Arrays.fill(room, run.members.size());
        int[] parts = Run.spread(run.scale.participations(), weights, room);
        List<Set<Integer>> taken = new ArrayList<>();
        int carry = 0;
        for (int i = 0; i < n; i++) {
            taken.add(new HashSet<>());
            int wanted = parts[i] + carry;
            carry = wanted - participate(participation, change, capability, ids, changeIds, i, wanted, taken.get(i));
        }
        for (boolean progress = true; carry > 0 && progress; ) {
            progress = false;
            for (int i = 0; i < n && carry > 0; i++) {
                if (participate(participation, change, capability, ids, changeIds, i, 1, taken.get(i)) == 1) {
                    carry--;
                    progress = true;
                }
            }
        }
    }

    /**
     * Up to {@code wanted} more members, not yet in {@code taken}, apply to the project on a day they were active;
     * returns how many did. What one project cannot take, the next ones do, so the total comes out as asked.
     */
    private int participate(Batch participation, Batch change, Batch capability, Sequences.Ids ids, Sequences.Ids changeIds,
                            int projectIndex, int wanted, Set<Integer> taken) throws SQLException {
        Project p = run.projects.get(projectIndex);
        boolean started = !p.start.isAfter(run.yesterday) && !"REJECTED".equals(p.status);
        LocalDate first = started ? p.start.minusDays(60) : run.past(p.opened.plusDays(7));
        LocalDate last = run.past(p.closed == null ? run.yesterday : p.closed.minusDays(1));
        if (last.isBefore(first)) {
            return 0;
        }
        int made = 0;
        for (int k = 0; k < wanted; k++) {
            int member = -1;
            LocalDate applied = null;
            for (int attempt = 0; attempt < 30 && member < 0; attempt++) {
                int candidate = dice.between(0, run.members.size() - 1);
                LocalDate day = dice.day(first, last);
                if (!taken.contains(candidate) && run.members.get(candidate).activeOn(day)) {
                    member = candidate;
                    applied = day;
                }
            }
            if (member < 0) {
                continue;
            }
            taken.add(member);
            participate(participation, change, capability, ids, changeIds, projectIndex, member, applied);
            made++;
        }
        return made;
    }

    private void participate(Batch participation, Batch change, Batch capability, Sequences.Ids ids, Sequences.Ids changeIds,
                             int projectIndex, int memberIndex, LocalDate applied) throws SQLException {
        Project p = run.projects.get(projectIndex);
        Member m = run.members.get(memberIndex);
        String appliedBy = dice.chance(0.75) ? m.actor(run, applied) : run.someStaff();
        LocalDate decided = applied.plusDays(dice.between(2, 21));
        boolean stillPending = p.live && (decided.isAfter(run.yesterday) || (applied.isAfter(run.yesterday.minusDays(45)) && dice.chance(0.6)));
        if (!p.live && (p.closed == null || decided.isAfter(p.closed))) {
            decided = p.closed == null ? run.yesterday : p.closed;
        }
        decided = run.past(decided);
        String status;
        if (stillPending) {
            status = "PENDING";
        } else {
            double x = dice.unit();
            status = x < 0.78 ? "APPROVED" : x < 0.9 ? "REJECTED" : "WITHDRAWN";
        }
        LocalDate ended = null;
        if ("APPROVED".equals(status)) {
            if (p.closed != null) {
                ended = p.closed.isBefore(decided) ? decided : p.closed;
            } else if (m.leftOn != null && m.leftOn.isAfter(decided)) {
                ended = m.leftOn;
            } else if (dice.chance(0.05) && decided.isBefore(run.yesterday.minusDays(30)) && p.start.isBefore(decided)) {
                ended = dice.day(decided.plusDays(30), run.yesterday);
            }
        }
        String role = null;
        BigDecimal offered = dice.chance(0.7) ? dice.effort(2, 200) : null;
        BigDecimal planned = null;
        BigDecimal reported = null;
        LocalDate startDate = null;
        if ("APPROVED".equals(status)) {
            role = role(p.kind);
            planned = offered != null && dice.chance(0.6) ? offered : dice.effort(2, 200);
            startDate = decided.isBefore(p.start) ? p.start : decided;
            if (ended != null && ended.isBefore(startDate)) {
                startDate = ended;
            }
            if (ended != null ? dice.chance(0.8) : dice.chance(0.4)) {
                reported = planned.multiply(BigDecimal.valueOf(ended != null ? 70 + dice.between(0, 60) : dice.between(5, 80)))
                        .divide(BigDecimal.valueOf(100), 1, RoundingMode.HALF_UP);
            }
        }
        String finalStatus = ended != null ? "ENDED" : status;
        boolean live = "PENDING".equals(finalStatus) || "APPROVED".equals(finalStatus);
        String reason = "REJECTED".equals(status) ? dice.pick(Words.PARTICIPATION_REJECTIONS) : null;
        boolean staffDecided = "APPROVED".equals(status) || "REJECTED".equals(status);
        String decider = staffDecided ? run.someStaff() : null;
        OffsetDateTime appliedAt = run.at(applied);
        OffsetDateTime decidedAt = staffDecided ? run.at(decided) : null;
        long id = ids.next();
        participation.add(id, p.id, m.id, finalStatus, live ? m.id : null, role,
                dice.chance(0.7) ? dice.pick(Words.MOTIVATIONS) : null, offered, planned, reported, startDate, ended, appliedAt,
                appliedBy, decidedAt, decider, reason);
        change.add(changeIds.next(), id, null, "PENDING", applied, null, appliedBy, appliedAt);
        String decisionBy = null;
        if (!"PENDING".equals(status)) {
            decisionBy = "WITHDRAWN".equals(status) ? m.actor(run, decided) : decider;
            change.add(changeIds.next(), id, "PENDING", status, decided, reason, decisionBy, run.at(decided));
        }
        if (ended != null) {
            change.add(changeIds.next(), id, "APPROVED", "ENDED", ended, null, run.someStaff(), run.at(ended));
        }
        if (!m.capabilities.isEmpty() && dice.chance(0.4)) {
            for (Long capabilityId : distinct(m.capabilities, dice.between(1, 3))) {
                capability.add(id, capabilityId);
            }
        }
        run.participations.add(new Run.Participation(id, memberIndex, projectIndex, finalStatus, applied, appliedBy,
                "PENDING".equals(status) ? null : status, "PENDING".equals(status) ? null : decided, decisionBy, ended));
    }

    private String role(String kind) {
        return switch (kind) {
            case "TRAINING" -> dice.chance(0.85) ? "TRAINEE" : "PARTNER";
            case "EU_CONSORTIUM" -> dice.pick(new String[]{"PARTNER", "PILOT_SITE", "PILOT_SITE", "OBSERVER"});
            case "RD" -> dice.pick(new String[]{"PARTNER", "PILOT_SITE", "SUBCONTRACTOR", "SUBCONTRACTOR"});
            default -> dice.pick(new String[]{"PARTNER", "PARTNER", "OBSERVER"});
        };
    }
}

package pl.klaster.portal.service.platform.generator;

import pl.klaster.portal.service.platform.generator.Run.Account;
import pl.klaster.portal.service.platform.generator.Run.Activity;
import pl.klaster.portal.service.platform.generator.Run.Change;
import pl.klaster.portal.service.platform.generator.Run.Contact;
import pl.klaster.portal.service.platform.generator.Run.Market;
import pl.klaster.portal.service.platform.generator.Run.Member;
import pl.klaster.portal.service.platform.generator.Run.Outcome;
import pl.klaster.portal.service.platform.generator.Run.Participation;
import pl.klaster.portal.service.platform.generator.Run.Payment;
import pl.klaster.portal.service.platform.generator.Run.Project;
import pl.klaster.portal.service.platform.generator.Run.Registration;
import pl.klaster.portal.service.platform.generator.Run.Step;

import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * The audit trail of what the other generators made, in the rows the portal's {@code AuditTrail} writes: a
 * creation is a CREATE row followed by one UPDATE row per non-blank field (old value empty), a change is one
 * UPDATE row per changed field, and events (ACTIVATED, PAYMENT) are single rows; entity types, field names and
 * values are those of the services and the entities' audit state.
 * <p>
 * The whole history would give several times the wanted number of rows, so the trail keeps the latest changes, as
 * if it had been switched on some years ago: the most recent whole entries (a creation with all its fields) until
 * the wanted number is reached exactly. Only fields the generator knows are written; a project's creation, for
 * instance, lists its titles and dates but not its budget.
 */
final class AuditRows {

    private static final String CREATE = "CREATE";
    private static final String UPDATE = "UPDATE";

    private final Run run;
    private final Dice dice;
    private final List<Entry> entries = new ArrayList<>();

    AuditRows(Run run) {
        this.run = run;
        this.dice = run.dice;
    }

    /** What one service call wrote: one or more rows with the same moment, actor and entity. */
    private static final class Entry {
        final OffsetDateTime at;
        final String actor;
        final String type;
        final long id;
        final Long member;
        final List<String[]> rows = new ArrayList<>();

        Entry(OffsetDateTime at, String actor, String type, long id, Long member) {
            this.at = at;
            this.actor = actor;
            this.type = type;
            this.id = id;
            this.member = member;
        }

        /** AuditTrail.created: CREATE, then each non-blank field as a change from nothing. */
        Entry created(String... fieldsAndValues) {
            rows.add(new String[]{CREATE, null, null, null});
            for (int i = 0; i < fieldsAndValues.length; i += 2) {
                String value = fieldsAndValues[i + 1];
                if (value != null && !value.isBlank()) {
                    rows.add(new String[]{UPDATE, fieldsAndValues[i], null, value});
                }
            }
            return this;
        }

        Entry changed(String field, String from, String to) {
            rows.add(new String[]{UPDATE, field, from, to});
            return this;
        }

        Entry event(String action, String detail) {
            rows.add(new String[]{action, null, null, detail});
            return this;
        }
    }

    void generate() throws SQLException {
        members();
        accounts();
        payments();
        projects();
        activities();
        registrations();
        outcomes();
        write(latest(run.scale.audits()));
        run.commit();
    }

    private Entry entry(OffsetDateTime at, String actor, String type, long id, Long member) {
        Entry e = new Entry(at, actor, type, id, member);
        entries.add(e);
        return e;
    }

    // ---- what happened ----

    private void members() {
        for (Member m : run.members) {
            entry(run.at(m.appliedOn), run.someStaff(), "Member", m.id, m.id).created("legalName", m.legalName, "shortName", m.shortName,
                    "nip", m.nip, "regon", m.regon, "krs", m.krs, "street", m.street, "postalCode", m.postalCode, "city", m.city,
                    "voivodeship", m.voivodeship, "country", m.country, "memberType", m.type, "sizeClass", m.size,
                    "website", m.website, "email", m.email, "phone", m.phone, "descriptionPl", m.descriptionPl,
                    "descriptionEn", m.descriptionEn, "status", "APPLIED", "pkdCodes", String.join(", ", new TreeSet<>(List.of(m.pkd))),
                    "capabilities", capabilityNames(m), "exportMarkets", String.join(", ", new TreeSet<>(m.markets)), "logo", "no");
            for (int k = 1; k < m.history.size(); k++) {
                Change c = m.history.get(k);
                entry(run.at(c.on), run.someStaff(), "Member", m.id, m.id).changed("status", c.from, c.to);
            }
            for (int k = 0; k < m.contactCount; k++) {
                Contact c = run.contacts.get(m.firstContact + k);
                LocalDate day = run.past(k == 0 ? m.appliedOn : dice.day(m.appliedOn, m.appliedOn.plusDays(1500)));
                entry(run.at(day), m.actor(run, day), "ContactPerson", c.id, m.id).created("firstName", c.firstName,
                        "lastName", c.lastName, "jobTitle", c.jobTitle, "email", c.email, "phone", c.phone,
                        "directoryConsent", c.consent ? "yes" : "no");
            }
        }
    }

    private String capabilityNames(Member m) {
        TreeSet<String> names = new TreeSet<>();
        for (Long id : m.capabilities) {
            names.add(run.capabilityNames.get(id));
        }
        return String.join(", ", names);
    }

    private void accounts() {
        for (Account a : run.accounts) {
            Member m = a.member() < 0 ? null : run.members.get(a.member());
            Long memberId = m == null ? null : m.id;
            String by = m != null && !a.companyAdmin() && !m.usernames.isEmpty() && !m.usernames.get(0).equals(a.username())
                    && !a.created().isBefore(m.accountSince) ? m.usernames.get(0) : run.someStaff();
            entry(run.at(a.created()), by, "UserAccount", a.id(), memberId).created("fullName", a.fullName(), "email", a.email(),
                    "role", a.role(), "companyAdmin", a.companyAdmin() ? "yes" : "no", "active", "yes", "password", "not set");
            if (a.activated() != null) {
                entry(run.at(a.activated()), a.username(), "UserAccount", a.id(), memberId).event("ACTIVATED", null);
            }
        }
    }

    private void payments() {
        for (Payment p : run.payments) {
            entry(run.at(p.paidOn()), p.by(), "MemberFee", p.feeId(), run.members.get(p.member()).id).event("PAYMENT",
                    p.amount().toPlainString() + " PLN, " + p.paidOn() + (p.note() == null ? "" : ", " + p.note()));
        }
    }

    private void projects() {
        for (Project p : run.projects) {
            entry(run.at(p.opened), run.someStaff(), "Project", p.id, null).created("titlePl", p.titlePl, "acronym", p.acronym,
                    "kind", p.kind, "startDate", p.start.toString(), "endDate", p.end.toString(), "status", "PLANNED",
                    "applicationsOpen", "no");
            String previous = null;
            for (String[] c : p.statusChanges) {
                if (previous != null) {
                    entry(run.at(LocalDate.parse(c[1])), run.someStaff(), "Project", p.id, null).changed("status", previous, c[0]);
                }
                previous = c[0];
            }
        }
        for (Participation p : run.participations) {
            long member = run.members.get(p.member()).id;
            entry(run.at(p.appliedOn()), p.appliedBy(), "Participation", p.id(), member).created("status", "PENDING");
            if (p.decision() != null) {
                entry(run.at(p.decidedOn()), p.decidedBy(), "Participation", p.id(), member).changed("status", "PENDING", p.decision());
            }
            if (p.endedOn() != null) {
                entry(run.at(p.endedOn()), run.someStaff(), "Participation", p.id(), member).changed("status", "APPROVED", "ENDED");
            }
        }
    }

    private void activities() {
        for (Activity a : run.activities) {
            TreeSet<String> markets = new TreeSet<>();
            for (Market m : a.markets) {
                markets.add(m.namePl);
            }
            entry(run.at(a.opened), run.someStaff(), "OutreachActivity", a.id, null).created("type", a.type, "titlePl", a.titlePl,
                    "titleEn", a.titleEn, "startDate", a.start.toString(), "endDate", a.end.toString(), "online", a.online ? "yes" : "no",
                    "city", a.city, "country", a.country, "targetMarkets", String.join(", ", markets), "organiser", a.organiser,
                    "project", a.project, "capacity", a.capacity == null ? null : a.capacity.toString(),
                    "registrationDeadline", a.deadline.toString(), "cost", a.cost, "descriptionPl", a.descriptionPl,
                    "descriptionEn", a.descriptionEn);
        }
    }

    private void registrations() {
        for (Registration r : run.registrations) {
            long member = run.members.get(r.member).id;
            entry(r.registeredAt, r.by, "Registration", r.id, member).created("status", r.firstStatus, "persons", r.persons);
            String reason = null;
            for (Step s : r.steps) {
                Entry e = entry(s.at(), s.by(), "Registration", r.id, member).changed("status", s.from(), s.to());
                if (s.reason() != null || reason != null) {
                    e.changed("reason", reason, s.reason());
                }
                reason = s.reason();
            }
        }
    }

    private void outcomes() {
        for (Outcome o : run.outcomes) {
            entry(o.reportedAt(), o.by(), "OutcomeReport", o.id(), run.members.get(o.member()).id).created(
                    "b2bMeetings", String.valueOf(o.meetings()), "contactsMade", String.valueOf(o.contacts()),
                    "leads", String.valueOf(o.leads()), "agreements", String.valueOf(o.agreements()), "exportValue", o.exportValue(),
                    "countries", o.countries(), "notes", o.notes());
        }
    }

    // ---- the latest of it, exactly the wanted number of rows ----

    /** Whole entries, latest first, while they fit; then single rows fill what is left. Returned oldest first. */
    private List<Entry> latest(int wanted) {
        List<Entry> byTime = new ArrayList<>(entries);
        byTime.sort(Comparator.comparing((Entry e) -> e.at).reversed());
        List<Entry> kept = new ArrayList<>();
        int left = wanted;
        for (int i = 0; i < byTime.size() && left > 0; i++) {
            Entry e = byTime.get(i);
            if (e.rows.size() <= left) {
                kept.add(e);
                left -= e.rows.size();
            }
        }
        kept.sort(Comparator.comparing((Entry e) -> e.at));
        return kept;
    }

    private void write(List<Entry> kept) throws SQLException {
        Batch audit = run.batch("audit_entry", "id:L, occurred_at:T, actor:S, entity_type:S, entity_id:L, member_id:L, action:S,"
                + " field:S, old_value:S, new_value:S");
        Sequences.Ids ids = run.sequences.of("audit_entry_seq");
        for (Entry e : kept) {
            for (String[] row : e.rows) {
                audit.add(ids.next(), e.at, e.actor, e.type, e.id, e.member, row[0], row[1], clip(row[2]), clip(row[3]));
            }
        }
    }

    /** As AuditEntry keeps values: at most 2,000 characters. */
    private static String clip(String value) {
        return value == null || value.length() <= 2000 ? value : value.substring(0, 1999) + "…";
    }
}

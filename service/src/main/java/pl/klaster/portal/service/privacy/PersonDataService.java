package pl.klaster.portal.service.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import pl.klaster.portal.domain.account.AccountToken;
import pl.klaster.portal.domain.account.ApiToken;
import pl.klaster.portal.domain.account.UserAccount;
import pl.klaster.portal.domain.audit.AuditEntry;
import pl.klaster.portal.domain.common.Lengths;
import pl.klaster.portal.domain.common.Money;
import pl.klaster.portal.domain.fee.FeePayment;
import pl.klaster.portal.domain.mail.OutboxMail;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.MembershipChange;
import pl.klaster.portal.domain.outreach.OutcomeReport;
import pl.klaster.portal.domain.outreach.OutreachActivity;
import pl.klaster.portal.domain.outreach.Registration;
import pl.klaster.portal.domain.project.Participation;
import pl.klaster.portal.domain.project.ParticipationChange;
import pl.klaster.portal.domain.project.ProjectDocument;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.account.AccountService;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.common.StaleDataTranslation;
import pl.klaster.portal.service.member.ContactService;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;

/**
 * Personal data of one contact person (GDPR), for the system administrator only.
 * <p>
 * {@link #export} gathers everything the portal holds about the person into one JSON document: the person, their
 * directory consent and its history, their portal account (never the password hash or any token hash), their API
 * tokens and link tokens (names and dates), the outreach registrations that name them or that they made, with the
 * outcomes reported, the project applications and decisions they made, other records made under their user name,
 * the audit entries about them, and the e-mails sent to them (links with tokens cut out). Each export is itself
 * recorded in the audit trail.
 * <p>
 * {@link #anonymise} replaces what says who the person was by placeholders and keeps every row: ids, company,
 * dates, registrations, outcomes and participations stay, so every count and report adds up as before. The account
 * is scrubbed, deactivated, renamed (it can never sign in again) and its tokens stop working; the user name in the
 * records the person made is replaced by the account's placeholder name; mails to the person's addresses lose their
 * address and text and are never sent. Old audit entries are not touched (the trail is append-only) and may still
 * name the person: see the README, "Dane osobowe / Personal data".
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
@RolesAllowed(ADMIN)
public class PersonDataService {

    /** What the document is, and the version of its layout: a reader checks both. */
    public static final String SCHEMA = "klaster-portal/person-data";
    public static final int SCHEMA_VERSION = 1;
    /** The audit actions this service writes. */
    public static final String EXPORTED = "PERSONAL_DATA_EXPORTED";
    public static final String ANONYMISED = "ANONYMISED";

    private static final Pattern LINK_TOKEN = Pattern.compile("token=[A-Za-z0-9_-]+");
    private static final String REMOVED_BODY = "Treść usunięta przy anonimizacji osoby (RODO).\n"
            + "Content removed when the person was anonymised (GDPR).";
    private static final String NOBODY = "";
    /** The columns that hold the user name of whoever made a record (none of them is the audit trail). */
    private static final List<String> MADE_BY_COLUMNS = List.of("registration.registered_by", "outcome_report.reported_by",
            "participation.applied_by", "participation.decided_by", "participation_change.changed_by",
            "membership_change.changed_by", "fee_payment.recorded_by", "project_document.uploaded_by");

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    /** Everything held about the contact person, as one JSON document (see the class comment for what it covers). */
    public JsonObject export(long contactId) {
        ContactPerson person = find(contactId);
        UserAccount account = accountOf(person);
        String username = account == null ? NOBODY : account.getUsername();
        long memberId = person.getMember().getId();
        JsonObject document = Json.createObjectBuilder()
                .add("schema", SCHEMA)
                .add("schemaVersion", SCHEMA_VERSION)
                .add("exportedAt", now().toString())
                .add("exportedBy", caller.username())
                .add("person", person(person))
                .add("directoryConsent", consent(person))
                .add("account", account == null ? JsonValue.NULL : account(account))
                .add("registrations", registrations(person, username))
                .add("projectParticipations", participations(username))
                .add("recordsMadeByAccount", recordsMadeBy(username))
                .add("auditEntries", auditEntries(person, account))
                .add("mails", mails(addressesOf(person, account)))
                .build();
        audit.event(caller.username(), ContactService.ENTITY, contactId, memberId, EXPORTED, null);
        return document;
    }

    /**
     * Anonymises the contact person (see the class comment). Refused when the person is already anonymised, when
     * the version is stale, and without a reason (which goes into the audit trail, so it should not name anyone).
     */
    public void anonymise(long contactId, long version, String reason) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.onField("reason", "privacy.anonymise.reasonRequired");
        }
        if (reason.length() > Lengths.REASON) {
            throw BusinessException.onField("reason", "privacy.anonymise.reasonTooLong", Lengths.REASON);
        }
        ContactPerson person = find(contactId);
        if (person.isAnonymised()) {
            throw new BusinessException("privacy.anonymise.already");
        }
        if (person.getVersion() != version) {
            throw new StaleDataException();
        }
        UserAccount account = accountOf(person);
        Set<String> addresses = addressesOf(person, account);
        long memberId = person.getMember().getId();
        OffsetDateTime now = now();
        person.anonymise(now);
        String placeholderName = ContactPerson.placeholderName(contactId);
        String placeholderEmail = ContactPerson.placeholderEmail(contactId);
        if (account != null) {
            scrub(account, placeholderName, placeholderEmail, now);
        }
        for (String address : addresses) {
            em.createNativeQuery("UPDATE outbox_mail SET recipient = ?1, body = ?2, version = version + 1,"
                            + " status = CASE WHEN status = 'PENDING' THEN 'KEPT' ELSE status END"
                            + " WHERE LOWER(recipient) = ?3")
                    .setParameter(1, placeholderEmail).setParameter(2, REMOVED_BODY).setParameter(3, address)
                    .executeUpdate();
        }
        audit.event(caller.username(), ContactService.ENTITY, contactId, memberId, ANONYMISED, reason.trim());
        if (account != null) {
            audit.event(caller.username(), AccountService.ENTITY, account.getId(), memberId, ANONYMISED, null);
        }
    }

    private void scrub(UserAccount account, String placeholderName, String placeholderEmail, OffsetDateTime now) {
        String oldUsername = account.getUsername();
        String newUsername = UserAccount.placeholderUsername(account.getId());
        account.anonymise(placeholderName, placeholderEmail);
        em.createQuery("UPDATE AccountToken t SET t.usedAt = :now WHERE t.account = :a AND t.usedAt IS NULL")
                .setParameter("now", now).setParameter("a", account).executeUpdate();
        em.createQuery("UPDATE ApiToken t SET t.revokedAt = :now WHERE t.account = :a AND t.revokedAt IS NULL")
                .setParameter("now", now).setParameter("a", account).executeUpdate();
        em.flush();
        // The user name is mapped as never updatable; this is the one place that changes it.
        em.createNativeQuery("UPDATE user_account SET username = ?1, version = version + 1 WHERE id = ?2")
                .setParameter(1, newUsername).setParameter(2, account.getId()).executeUpdate();
        for (String column : MADE_BY_COLUMNS) {
            String[] tableAndColumn = column.split("\\.");
            em.createNativeQuery("UPDATE " + tableAndColumn[0] + " SET " + tableAndColumn[1] + " = ?1 WHERE "
                            + tableAndColumn[1] + " = ?2")
                    .setParameter(1, newUsername).setParameter(2, oldUsername).executeUpdate();
        }
        em.detach(account);
    }

    // ---- the parts of the export ----------------------------------------------------------------------------

    private static JsonObject person(ContactPerson p) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", p.getId())
                .add("memberId", p.getMember().getId())
                .add("memberName", p.getMember().getLegalName());
        put(b, "firstName", p.getFirstName());
        put(b, "lastName", p.getLastName());
        put(b, "jobTitle", p.getJobTitle());
        put(b, "email", p.getEmail());
        put(b, "phone", p.getPhone());
        put(b, "anonymisedAt", p.getAnonymisedAt());
        return b.build();
    }

    /** The consent as it is now, and every recorded change of it (from the audit trail, oldest first). */
    private JsonObject consent(ContactPerson p) {
        JsonArrayBuilder history = Json.createArrayBuilder();
        em.createQuery("SELECT e FROM AuditEntry e WHERE e.entityType = :t AND e.entityId = :id AND e.field = :f"
                        + " ORDER BY e.occurredAt, e.id", AuditEntry.class)
                .setParameter("t", ContactService.ENTITY).setParameter("id", p.getId()).setParameter("f", "directoryConsent")
                .getResultList()
                .forEach(e -> {
                    JsonObjectBuilder change = Json.createObjectBuilder().add("at", e.getOccurredAt().toString());
                    put(change, "from", e.getOldValue());
                    put(change, "to", e.getNewValue());
                    change.add("by", e.getActor());
                    history.add(change);
                });
        JsonObjectBuilder b = Json.createObjectBuilder().add("given", p.isDirectoryConsent());
        put(b, "givenAt", p.getDirectoryConsentAt());
        return b.add("history", history).build();
    }

    private JsonObject account(UserAccount a) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("id", a.getId())
                .add("username", a.getUsername())
                .add("fullName", a.getFullName())
                .add("email", a.getEmail())
                .add("role", a.getRole().name())
                .add("companyAdmin", a.isCompanyAdmin())
                .add("active", a.isActive())
                .add("passwordSet", a.getPasswordHash() != null);
        put(b, "createdAt", a.getCreatedAt());
        put(b, "activatedAt", a.getActivatedAt());
        put(b, "lastSignInAt", a.getLastSignInAt());
        JsonArrayBuilder links = Json.createArrayBuilder();
        em.createQuery("SELECT t FROM AccountToken t WHERE t.account = :a ORDER BY t.id", AccountToken.class)
                .setParameter("a", a).getResultList()
                .forEach(t -> {
                    JsonObjectBuilder link = Json.createObjectBuilder().add("purpose", t.getPurpose().name());
                    put(link, "expiresAt", t.getExpiresAt());
                    put(link, "usedAt", t.getUsedAt());
                    links.add(link);
                });
        JsonArrayBuilder apiTokens = Json.createArrayBuilder();
        em.createQuery("SELECT t FROM ApiToken t WHERE t.account = :a ORDER BY t.id", ApiToken.class)
                .setParameter("a", a).getResultList()
                .forEach(t -> {
                    JsonObjectBuilder token = Json.createObjectBuilder().add("name", t.getName());
                    put(token, "createdAt", t.getCreatedAt());
                    put(token, "lastUsedAt", t.getLastUsedAt());
                    put(token, "revokedAt", t.getRevokedAt());
                    apiTokens.add(token);
                });
        return b.add("linkTokens", links).add("apiTokens", apiTokens).build();
    }

    /** Registrations that name the person, that they made, or whose outcome they reported; with the outcome. */
    private JsonArrayBuilder registrations(ContactPerson p, String username) {
        List<Registration> found = em.createQuery("SELECT DISTINCT g FROM Registration g LEFT JOIN g.persons p"
                        + " WHERE p.id = :c OR g.registeredBy = :u"
                        + " OR g.id IN (SELECT o.registration.id FROM OutcomeReport o WHERE o.reportedBy = :u)", Registration.class)
                .setParameter("c", p.getId()).setParameter("u", username).getResultList();
        Map<Long, OutcomeReport> outcomes = new HashMap<>();
        if (!found.isEmpty()) {
            em.createQuery("SELECT o FROM OutcomeReport o WHERE o.registration IN :gs", OutcomeReport.class)
                    .setParameter("gs", found).getResultList()
                    .forEach(o -> outcomes.put(o.getRegistration().getId(), o));
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        found.stream().sorted(Comparator.comparing(Registration::getRegisteredAt).thenComparing(Registration::getId))
                .forEach(g -> {
                    OutreachActivity a = g.getActivity();
                    JsonObjectBuilder activity = Json.createObjectBuilder().add("id", a.getId()).add("type", a.getType().name());
                    put(activity, "titlePl", a.getTitlePl());
                    put(activity, "titleEn", a.getTitleEn());
                    put(activity, "startDate", a.getStartDate());
                    put(activity, "endDate", a.getEndDate());
                    put(activity, "city", a.getCity());
                    put(activity, "countryCode", a.getCountryCode());
                    JsonObjectBuilder b = Json.createObjectBuilder()
                            .add("id", g.getId())
                            .add("activity", activity)
                            .add("memberId", g.getMember().getId())
                            .add("status", g.getStatus().name())
                            .add("personNamed", g.getPersons().stream().anyMatch(x -> x.getId().equals(p.getId())))
                            .add("registeredByPerson", g.getRegisteredBy().equals(username));
                    put(b, "registeredAt", g.getRegisteredAt());
                    put(b, "statusChangedAt", g.getStatusChangedAt());
                    put(b, "statusReason", g.getStatusReason());
                    OutcomeReport o = outcomes.get(g.getId());
                    b.add("outcome", o == null ? JsonValue.NULL : outcome(o, username));
                    array.add(b);
                });
        return array;
    }

    private static JsonObject outcome(OutcomeReport o, String username) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("b2bMeetings", o.getB2bMeetings())
                .add("contactsMade", o.getContactsMade())
                .add("leads", o.getLeads())
                .add("agreements", o.getAgreements());
        Money value = o.getExportValue();
        if (value != null && value.getAmount() != null) {
            b.add("exportValue", Json.createObjectBuilder().add("amount", value.getAmount()).add("currency", value.getCurrency()));
        }
        JsonArrayBuilder countries = Json.createArrayBuilder();
        o.getCountries().forEach(countries::add);
        b.add("countries", countries);
        put(b, "notes", o.getNotes());
        put(b, "reportedAt", o.getReportedAt());
        return b.add("reportedByPerson", o.getReportedBy().equals(username)).build();
    }

    /** Applications to projects the person made, and (for staff accounts) decisions they took. */
    private JsonArrayBuilder participations(String username) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        em.createQuery("SELECT p FROM Participation p WHERE p.appliedBy = :u OR p.decidedBy = :u ORDER BY p.appliedAt, p.id",
                        Participation.class)
                .setParameter("u", username).getResultList()
                .forEach(p -> {
                    JsonObjectBuilder b = Json.createObjectBuilder()
                            .add("id", p.getId())
                            .add("projectId", p.getProject().getId())
                            .add("memberId", p.getMember().getId())
                            .add("status", p.getStatus().name())
                            .add("appliedByPerson", username.equals(p.getAppliedBy()))
                            .add("decidedByPerson", username.equals(p.getDecidedBy()));
                    put(b, "projectTitle", p.getProject().getTitlePl());
                    put(b, "appliedAt", p.getAppliedAt());
                    put(b, "motivation", username.equals(p.getAppliedBy()) ? p.getMotivation() : null);
                    put(b, "decidedAt", p.getDecidedAt());
                    array.add(b);
                });
        return array;
    }

    /** Other records that carry the person's user name as whoever made them. */
    private JsonObject recordsMadeBy(String username) {
        JsonArrayBuilder participationChanges = Json.createArrayBuilder();
        em.createQuery("SELECT c FROM ParticipationChange c WHERE c.changedBy = :u ORDER BY c.changedAt, c.id", ParticipationChange.class)
                .setParameter("u", username).getResultList()
                .forEach(c -> participationChanges.add(Json.createObjectBuilder().add("participationId", c.getParticipation().getId())
                        .add("toStatus", c.getToStatus().name()).add("changedAt", c.getChangedAt().toString())));
        JsonArrayBuilder membershipChanges = Json.createArrayBuilder();
        em.createQuery("SELECT c FROM MembershipChange c WHERE c.changedBy = :u ORDER BY c.changedAt, c.id", MembershipChange.class)
                .setParameter("u", username).getResultList()
                .forEach(c -> membershipChanges.add(Json.createObjectBuilder().add("memberId", c.getMember().getId())
                        .add("toStatus", c.getToStatus().name()).add("changedAt", c.getChangedAt().toString())));
        JsonArrayBuilder payments = Json.createArrayBuilder();
        em.createQuery("SELECT f FROM FeePayment f WHERE f.recordedBy = :u ORDER BY f.recordedAt, f.id", FeePayment.class)
                .setParameter("u", username).getResultList()
                .forEach(f -> payments.add(Json.createObjectBuilder().add("feeId", f.getFee().getId())
                        .add("amount", f.getAmount()).add("recordedAt", f.getRecordedAt().toString())));
        JsonArrayBuilder documents = Json.createArrayBuilder();
        em.createQuery("SELECT d FROM ProjectDocument d WHERE d.uploadedBy = :u ORDER BY d.uploadedAt, d.id", ProjectDocument.class)
                .setParameter("u", username).getResultList()
                .forEach(d -> documents.add(Json.createObjectBuilder().add("projectId", d.getProject().getId())
                        .add("fileName", d.getFileName()).add("uploadedAt", d.getUploadedAt().toString())));
        return Json.createObjectBuilder()
                .add("participationChanges", participationChanges)
                .add("membershipChanges", membershipChanges)
                .add("feePayments", payments)
                .add("projectDocuments", documents)
                .build();
    }

    /**
     * Audit entries about the person (their contact row or account, or whose values name them by full name or
     * e-mail address), with their values; and entries of what they did themselves, without values (those may be
     * other people's data).
     */
    private JsonArrayBuilder auditEntries(ContactPerson p, UserAccount account) {
        String fullName = like(p.getFullName().trim());
        String email = like(p.getEmail().toLowerCase(Locale.ROOT));
        long accountId = account == null ? -1L : account.getId();
        String username = account == null ? NOBODY : account.getUsername();
        List<AuditEntry> entries = em.createQuery("SELECT e FROM AuditEntry e WHERE"
                        + " (e.entityType = :contactType AND e.entityId = :c) OR (e.entityType = :accountType AND e.entityId = :a)"
                        + " OR e.actor = :u"
                        + " OR e.oldValue LIKE :name ESCAPE '!' OR e.newValue LIKE :name ESCAPE '!'"
                        + " OR LOWER(e.oldValue) LIKE :mail ESCAPE '!' OR LOWER(e.newValue) LIKE :mail ESCAPE '!'"
                        + " ORDER BY e.occurredAt, e.id", AuditEntry.class)
                .setParameter("contactType", ContactService.ENTITY).setParameter("c", p.getId())
                .setParameter("accountType", AccountService.ENTITY).setParameter("a", accountId)
                .setParameter("u", username).setParameter("name", fullName).setParameter("mail", email)
                .getResultList();
        JsonArrayBuilder array = Json.createArrayBuilder();
        for (AuditEntry e : entries) {
            boolean about = (ContactService.ENTITY.equals(e.getEntityType()) && e.getEntityId() == p.getId().longValue())
                    || (AccountService.ENTITY.equals(e.getEntityType()) && e.getEntityId() == accountId)
                    || names(e.getOldValue(), p) || names(e.getNewValue(), p);
            JsonObjectBuilder b = Json.createObjectBuilder()
                    .add("at", e.getOccurredAt().toString())
                    .add("actor", e.getActor())
                    .add("entityType", e.getEntityType())
                    .add("entityId", e.getEntityId())
                    .add("action", e.getAction())
                    .add("aboutPerson", about);
            put(b, "field", e.getField());
            if (about) {
                put(b, "oldValue", e.getOldValue());
                put(b, "newValue", e.getNewValue());
            }
            array.add(b);
        }
        return array;
    }

    private JsonArrayBuilder mails(Set<String> addresses) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        em.createQuery("SELECT m FROM OutboxMail m WHERE LOWER(m.recipient) IN :r ORDER BY m.createdAt, m.id", OutboxMail.class)
                .setParameter("r", addresses).getResultList()
                .forEach(m -> {
                    JsonObjectBuilder b = Json.createObjectBuilder()
                            .add("id", m.getId())
                            .add("recipient", m.getRecipient())
                            .add("subject", m.getSubject())
                            .add("body", LINK_TOKEN.matcher(m.getBody()).replaceAll("token=(removed)"))
                            .add("status", m.getStatus().name())
                            .add("attempts", m.getAttempts());
                    put(b, "createdAt", m.getCreatedAt());
                    put(b, "sentAt", m.getSentAt());
                    array.add(b);
                });
        return array;
    }

    // ---- helpers --------------------------------------------------------------------------------------------

    private ContactPerson find(long contactId) {
        ContactPerson person = em.find(ContactPerson.class, contactId);
        if (person == null) {
            throw new NotFoundException();
        }
        return person;
    }

    private UserAccount accountOf(ContactPerson person) {
        return em.createQuery("SELECT a FROM UserAccount a WHERE a.contactPerson = :c ORDER BY a.id", UserAccount.class)
                .setParameter("c", person).getResultStream().findFirst().orElse(null);
    }

    private static Set<String> addressesOf(ContactPerson person, UserAccount account) {
        Set<String> addresses = new LinkedHashSet<>();
        addresses.add(person.getEmail().toLowerCase(Locale.ROOT));
        if (account != null) {
            addresses.add(account.getEmail().toLowerCase(Locale.ROOT));
        }
        return addresses;
    }

    private static boolean names(String value, ContactPerson p) {
        return value != null && (value.contains(p.getFullName().trim())
                || value.toLowerCase(Locale.ROOT).contains(p.getEmail().toLowerCase(Locale.ROOT)));
    }

    /** A LIKE pattern for "contains", with the wildcards of the text itself escaped by '!'. */
    private static String like(String text) {
        return "%" + text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    private static void put(JsonObjectBuilder b, String name, Object value) {
        if (value == null) {
            b.addNull(name);
        } else {
            b.add(name, value.toString());
        }
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}

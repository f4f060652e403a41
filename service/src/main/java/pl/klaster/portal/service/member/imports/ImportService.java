package pl.klaster.portal.service.member.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Validator;
import pl.klaster.portal.domain.member.Address;
import pl.klaster.portal.domain.member.ContactPerson;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MembershipChange;
import pl.klaster.portal.domain.validation.PolishIdentifiers;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.member.MemberService;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * Imports members, or contact persons of members, from a parsed file and a column mapping (staff and ADMIN).
 * <p>
 * {@link #preview} checks every row and says what committing it would do, saving nothing. A member row is
 * matched by its NIP: a NIP of an existing member updates that member (only the fields the row gives), a new
 * NIP creates a member with the status a new member gets from the member form (APPLIED, applied today). A
 * contact row belongs to the member with its NIP and is matched by its e-mail among that member's contact
 * persons. A NIP (or a member's NIP and e-mail) that an earlier row of the file already has is an error of the
 * later row. Every record is checked by the entity's own constraints, the same the forms use.
 * <p>
 * {@link #commit} checks again in its own transaction, then, {@link ImportMode#ALL_OR_NOTHING}, saves nothing
 * and refuses when any row has an error, or {@link ImportMode#GOOD_ROWS_ONLY} saves every row without one.
 * Rows are written in chunks (flushed and cleared), and each change goes to the audit trail as from the forms.
 */
@Stateless
@RolesAllowed({STAFF, ADMIN})
public class ImportService {

    private static final int CHUNK = 500;
    private static final int IN_LIST = 1000;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditTrail audit;

    @Inject
    private Checks checks;

    @Inject
    private Validator validator;

    /** What importing the file would do, row by row; saves nothing. */
    public ImportSummary preview(ImportKind kind, ParsedFile file, ColumnMapping mapping) {
        requireMapping(kind, mapping);
        List<RowResult> rows = kind == ImportKind.MEMBERS ? planMembers(file, mapping) : planContacts(file, mapping);
        em.clear();
        return new ImportSummary(rows, false);
    }

    /**
     * Saves the file's rows as the mode says; refuses (saving nothing) in {@link ImportMode#ALL_OR_NOTHING} when
     * any row has an error. The result lists every row, with the member each saved row created or updated.
     */
    public ImportSummary commit(ImportKind kind, ParsedFile file, ColumnMapping mapping, ImportMode mode) {
        ImportSummary planned = preview(kind, file, mapping);
        if (mode != ImportMode.GOOD_ROWS_ONLY && planned.getErrors() > 0) {
            throw new BusinessException("import.commit.refused", planned.getErrors());
        }
        List<RowResult> saved = kind == ImportKind.MEMBERS
                ? saveMembers(file, mapping, planned.rows()) : saveContacts(file, mapping, planned.rows());
        return new ImportSummary(saved, true);
    }

    private static void requireMapping(ImportKind kind, ColumnMapping mapping) {
        List<RowMessage> problems = mapping.problems(kind);
        if (!problems.isEmpty()) {
            RowMessage first = problems.get(0);
            throw new BusinessException(first.key(), first.field());
        }
    }

    // ---- members ------------------------------------------------------------------------------------------

    private List<RowResult> planMembers(ParsedFile file, ColumnMapping mapping) {
        Map<String, Member> existing = membersByNip(nips(file, mapping, ImportKind.MEMBERS), false);
        Map<String, Integer> firstRow = new HashMap<>();
        List<RowResult> results = new ArrayList<>(file.rows().size());
        for (ParsedFile.Row row : file.rows()) {
            String nip = RowRules.nip(mapping, row, ImportKind.MEMBERS);
            List<RowMessage> messages = new ArrayList<>();
            Integer first = nip == null ? null : firstRow.putIfAbsent(nip, row.number());
            if (first != null) {
                messages.add(RowMessage.of(ImportField.NIP, "import.row.nipDuplicateInFile", first));
            }
            Member current = nip == null ? null : existing.get(nip);
            Member target = current == null ? newMember() : copyOf(current);
            messages.addAll(RowRules.apply(mapping, row, target));
            messages.addAll(RowRules.violations(validator, target));
            if (nip == null && messages.stream().noneMatch(m -> m.field() == ImportField.NIP)) {
                messages.add(0, RowMessage.of(ImportField.NIP, "import.row.nipMissing"));
            }
            RowAction action = !messages.isEmpty() ? RowAction.ERROR : current == null ? RowAction.CREATE : RowAction.UPDATE;
            results.add(new RowResult(row.number(), action, target.getLegalName(), nip, messages,
                    current == null ? null : current.getId()));
        }
        return results;
    }

    private List<RowResult> saveMembers(ParsedFile file, ColumnMapping mapping, List<RowResult> plan) {
        String user = caller.username();
        List<RowResult> results = new ArrayList<>(plan.size());
        for (int from = 0; from < plan.size(); from += CHUNK) {
            List<RowResult> chunk = plan.subList(from, Math.min(plan.size(), from + CHUNK));
            Map<String, Member> existing = membersByNip(chunk.stream().filter(r -> r.action() == RowAction.UPDATE)
                    .map(RowResult::nip).toList(), true);
            for (int i = 0; i < chunk.size(); i++) {
                RowResult planned = chunk.get(i);
                ParsedFile.Row row = file.rows().get(from + i);
                if (planned.action() == RowAction.UPDATE) {
                    Member member = existing.get(planned.nip());
                    Map<String, String> before = member.auditState();
                    RowRules.apply(mapping, row, member);
                    checks.valid(member);
                    audit.changed(user, MemberService.ENTITY, member.getId(), member.getId(), before, member.auditState());
                    results.add(planned.saved(member.getId()));
                } else if (planned.action() == RowAction.CREATE) {
                    Member member = newMember();
                    RowRules.apply(mapping, row, member);
                    checks.valid(member);
                    em.persist(member);
                    if (member.getId() == null) {
                        em.flush();
                    }
                    em.persist(new MembershipChange(member, null, MemberStatus.APPLIED, member.getAppliedOn(), "application", user));
                    audit.created(user, MemberService.ENTITY, member.getId(), member.getId(), member);
                    results.add(planned.saved(member.getId()));
                } else {
                    results.add(planned);
                }
            }
            em.flush();
            em.clear();
        }
        return results;
    }

    private static Member newMember() {
        Member member = new Member();
        member.setStatus(MemberStatus.APPLIED);
        member.setAppliedOn(LocalDate.now());
        member.setJoinedOn(null);
        member.setLeftOn(null);
        member.setHasLogo(false);
        return member;
    }

    /** A detached copy of the fields an import can change and the constraints check (to try a row on). */
    private static Member copyOf(Member m) {
        Member copy = new Member();
        copy.setLegalName(m.getLegalName());
        copy.setShortName(m.getShortName());
        copy.setNip(m.getNip());
        copy.setRegon(m.getRegon());
        copy.setKrs(m.getKrs());
        copy.setEmail(m.getEmail());
        copy.setPhone(m.getPhone());
        copy.setWebsite(m.getWebsite());
        copy.setMemberType(m.getMemberType());
        copy.setSizeClass(m.getSizeClass());
        copy.setStatus(m.getStatus());
        copy.setAppliedOn(m.getAppliedOn());
        Address address = new Address();
        Address from = m.getAddress() == null ? new Address() : m.getAddress();
        address.setStreet(from.getStreet());
        address.setPostalCode(from.getPostalCode());
        address.setCity(from.getCity());
        address.setVoivodeship(from.getVoivodeship());
        address.setCountryCode(from.getCountryCode());
        copy.setAddress(address);
        return copy;
    }

    /** Members with these NIPs, by NIP; for a save with their collections fetched in batches (for the audit). */
    private Map<String, Member> membersByNip(Collection<String> nips, boolean forSaving) {
        Map<String, Member> found = new HashMap<>();
        List<String> all = new ArrayList<>(new LinkedHashSet<>(nips));
        for (int from = 0; from < all.size(); from += IN_LIST) {
            var query = em.createQuery("SELECT m FROM Member m WHERE m.nip IN :nips", Member.class)
                    .setParameter("nips", all.subList(from, Math.min(all.size(), from + IN_LIST)));
            if (forSaving) {
                query.setHint("eclipselink.batch.type", "IN")
                        .setHint("eclipselink.batch", "m.pkdCodes")
                        .setHint("eclipselink.batch", "m.capabilities")
                        .setHint("eclipselink.batch", "m.exportMarkets");
            }
            for (Member m : query.getResultList()) {
                found.put(m.getNip(), m);
            }
        }
        return found;
    }

    private static List<String> nips(ParsedFile file, ColumnMapping mapping, ImportKind kind) {
        return file.rows().stream().map(r -> RowRules.nip(mapping, r, kind))
                .filter(n -> n != null && n.length() <= 20).distinct().toList();
    }

    // ---- contact persons ----------------------------------------------------------------------------------

    private List<RowResult> planContacts(ParsedFile file, ColumnMapping mapping) {
        Map<String, Member> members = membersByNip(nips(file, mapping, ImportKind.CONTACTS), false);
        Map<String, ContactPerson> contacts = contactsOf(members.values());
        Map<String, Integer> firstRow = new HashMap<>();
        List<RowResult> results = new ArrayList<>(file.rows().size());
        for (ParsedFile.Row row : file.rows()) {
            String nip = RowRules.nip(mapping, row, ImportKind.CONTACTS);
            List<RowMessage> messages = new ArrayList<>();
            Member member = null;
            if (nip == null) {
                messages.add(RowMessage.of(ImportField.MEMBER_NIP, "import.row.nipMissing"));
            } else if (!PolishIdentifiers.isValidNip(nip)) {
                messages.add(RowMessage.of(ImportField.MEMBER_NIP, "member.nip.invalid"));
            } else {
                member = members.get(nip);
                if (member == null) {
                    messages.add(RowMessage.of(ImportField.MEMBER_NIP, "import.row.memberNotFound", nip));
                }
            }
            String email = email(mapping.value(row, ImportField.CONTACT_EMAIL));
            if (nip != null && email != null) {
                Integer first = firstRow.putIfAbsent(nip + "|" + email, row.number());
                if (first != null) {
                    messages.add(RowMessage.of(ImportField.CONTACT_EMAIL, "import.row.contactDuplicateInFile", first));
                }
            }
            ContactPerson current = member == null || email == null ? null : contacts.get(member.getId() + "|" + email);
            ContactPerson target = new ContactPerson(null);
            if (current != null) {
                target.setFirstName(current.getFirstName());
                target.setLastName(current.getLastName());
                target.setEmail(current.getEmail());
                target.setPhone(current.getPhone());
                target.setJobTitle(current.getJobTitle());
            }
            RowRules.apply(mapping, row, target);
            messages.addAll(RowRules.violations(validator, target));
            RowAction action = !messages.isEmpty() ? RowAction.ERROR : current == null ? RowAction.CREATE : RowAction.UPDATE;
            results.add(new RowResult(row.number(), action, target.getFullName().trim(), nip, messages,
                    member == null ? null : member.getId()));
        }
        return results;
    }

    private List<RowResult> saveContacts(ParsedFile file, ColumnMapping mapping, List<RowResult> plan) {
        String user = caller.username();
        List<RowResult> results = new ArrayList<>(plan.size());
        for (int from = 0; from < plan.size(); from += CHUNK) {
            List<RowResult> chunk = plan.subList(from, Math.min(plan.size(), from + CHUNK));
            Map<String, Member> members = membersByNip(chunk.stream().filter(r -> r.action() != RowAction.ERROR)
                    .map(RowResult::nip).toList(), false);
            Map<String, ContactPerson> contacts = contactsOf(members.values());
            for (int i = 0; i < chunk.size(); i++) {
                RowResult planned = chunk.get(i);
                ParsedFile.Row row = file.rows().get(from + i);
                if (planned.action() == RowAction.ERROR) {
                    results.add(planned);
                    continue;
                }
                Member member = members.get(planned.nip());
                String email = email(mapping.value(row, ImportField.CONTACT_EMAIL));
                ContactPerson contact = contacts.get(member.getId() + "|" + email);
                if (contact == null) {
                    contact = new ContactPerson(member);
                    RowRules.apply(mapping, row, contact);
                    checks.valid(contact);
                    em.persist(contact);
                    if (contact.getId() == null) {
                        em.flush();
                    }
                    contacts.put(member.getId() + "|" + email, contact);
                    audit.created(user, ContactService.ENTITY, contact.getId(), member.getId(), contact);
                } else {
                    Map<String, String> before = contact.auditState();
                    RowRules.apply(mapping, row, contact);
                    checks.valid(contact);
                    audit.changed(user, ContactService.ENTITY, contact.getId(), member.getId(), before, contact.auditState());
                }
                results.add(planned.saved(member.getId()));
            }
            em.flush();
            em.clear();
        }
        return results;
    }

    /** The contact persons of these members, by member id and e-mail. */
    private Map<String, ContactPerson> contactsOf(Collection<Member> members) {
        Map<String, ContactPerson> found = new HashMap<>();
        List<Long> ids = members.stream().map(Member::getId).toList();
        for (int from = 0; from < ids.size(); from += IN_LIST) {
            for (ContactPerson c : em.createQuery("SELECT c FROM ContactPerson c WHERE c.member.id IN :ids", ContactPerson.class)
                    .setParameter("ids", ids.subList(from, Math.min(ids.size(), from + IN_LIST))).getResultList()) {
                found.put(c.getMember().getId() + "|" + c.getEmail(), c);
            }
        }
        return found;
    }

    private static String email(String value) {
        return value == null ? null : value.trim().toLowerCase(Locale.ROOT);
    }
}

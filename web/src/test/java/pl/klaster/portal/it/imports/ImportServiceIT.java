package pl.klaster.portal.it.imports;

import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;
import pl.klaster.portal.it.support.AsAdmin;
import pl.klaster.portal.it.support.AsBoard;
import pl.klaster.portal.it.support.AsMember;
import pl.klaster.portal.it.support.AsStaff;
import pl.klaster.portal.it.support.Deployments;
import pl.klaster.portal.it.support.TestData;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditRow;
import pl.klaster.portal.service.audit.AuditService;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.member.ContactRow;
import pl.klaster.portal.service.member.ContactService;
import pl.klaster.portal.service.member.HistoryRow;
import pl.klaster.portal.service.member.MemberFilter;
import pl.klaster.portal.service.member.MemberRow;
import pl.klaster.portal.service.member.MemberService;
import pl.klaster.portal.service.member.imports.ColumnMapping;
import pl.klaster.portal.service.member.imports.ImportFiles;
import pl.klaster.portal.service.member.imports.ImportKind;
import pl.klaster.portal.service.member.imports.ImportMode;
import pl.klaster.portal.service.member.imports.ImportService;
import pl.klaster.portal.service.member.imports.ImportSummary;
import pl.klaster.portal.service.member.imports.ParsedFile;
import pl.klaster.portal.service.member.imports.RowAction;
import pl.klaster.portal.service.member.imports.RowMessage;
import pl.klaster.portal.service.member.imports.RowResult;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The member import in the real container and database: a preview saves nothing and says per row what would
 * happen (create, update, or the errors: bad NIP, missing name, a NIP twice in the file); "all or nothing"
 * refuses a file with any error and saves nothing; "good rows only" creates applicants and updates existing
 * members with an audit trail; contact persons are added and updated by e-mail; only staff and the
 * administrator may import. Also measures 5,000 rows (printed, not asserted).
 */
@ExtendWith(ArquillianExtension.class)
class ImportServiceIT {

    private static final String HEADER = "NIP;Pełna nazwa;Ulica i numer;Kod pocztowy;Miejscowość;Województwo;Rodzaj członka;Wielkość;E-mail";

    @Deployment
    static WebArchive deployment() {
        return Deployments.portalWith(ImportServiceIT.class);
    }

    @Inject
    ImportService imports;
    @Inject
    MemberService members;
    @Inject
    ContactService contacts;
    @Inject
    AuditService audit;
    @Inject
    AsStaff asStaff;
    @Inject
    AsAdmin asAdmin;
    @Inject
    AsBoard asBoard;
    @Inject
    AsMember asMember;

    private static ParsedFile csv(String... lines) {
        return ImportFiles.parse("import.csv", String.join("\r\n", lines).getBytes(StandardCharsets.UTF_8));
    }

    private static String line(String nip, String name, String city) {
        return nip + ";" + name + ";ul. Importowa 1;85-001;" + city + ";kujawsko-pomorskie;Przedsiębiorstwo;Małe;biuro@example.org";
    }

    private static ColumnMapping mapping(ParsedFile file) {
        return ColumnMapping.propose(ImportKind.MEMBERS, file.headers());
    }

    private Optional<MemberRow> byNip(String nip) throws Exception {
        return asStaff.call(() -> members.search(new MemberFilter(nip, null, null, null, null, null, null, null, null),
                PageRequest.first(5))).rows().stream().filter(r -> nip.equals(r.nip())).findFirst();
    }

    private Member existing(String name) throws Exception {
        Member m = TestData.member(name);
        return asStaff.call(() -> members.save(m, List.of(), List.of()));
    }

    private static List<String> keys(RowResult row) {
        return row.messages().stream().map(m -> m.field() + " " + m.key()).toList();
    }

    @Test
    void thePreviewSaysWhatEachRowWouldDoAndSavesNothing() throws Exception {
        Member old = existing(TestData.unique("Istniejąca Sp. z o.o."));
        String fresh = TestData.nip();
        String twice = TestData.nip();
        ParsedFile file = csv(HEADER,
                line(TestData.dashed(fresh), "Nowa Importowana", "Bydgoszcz"),
                line(old.getNip(), old.getLegalName(), "Toruń"),
                line("123-456-32-19", "Zły NIP", "Bydgoszcz"),
                line(TestData.nip(), "", "Bydgoszcz"),
                line(twice, "Pierwsza", "Bydgoszcz"),
                line("PL" + twice, "Druga", "Bydgoszcz"));

        ImportSummary preview = asStaff.call(() -> imports.preview(ImportKind.MEMBERS, file, mapping(file)));

        List<RowResult> rows = preview.rows();
        assertEquals(List.of(2, 3, 4, 5, 6, 7), rows.stream().map(RowResult::row).toList());
        assertEquals(List.of(RowAction.CREATE, RowAction.UPDATE, RowAction.ERROR, RowAction.ERROR, RowAction.CREATE, RowAction.ERROR),
                rows.stream().map(RowResult::action).toList());
        assertEquals(fresh, rows.get(0).nip());
        assertEquals(old.getId(), rows.get(1).memberId());
        assertEquals(List.of("NIP member.nip.invalid"), keys(rows.get(2)));
        assertEquals(List.of("LEGAL_NAME validation.required"), keys(rows.get(3)));
        assertEquals(List.of("NIP import.row.nipDuplicateInFile"), keys(rows.get(5)));
        assertEquals(List.of("6"), rows.get(5).messages().get(0).arguments());
        assertEquals(2, preview.getCreated());
        assertEquals(1, preview.getUpdated());
        assertEquals(3, preview.getErrors());

        assertTrue(byNip(fresh).isEmpty(), "a preview saves nothing");
        assertEquals("Bydgoszcz", asStaff.call(() -> members.get(old.getId())).getAddress().getCity());
    }

    @Test
    void allOrNothingRefusesAFileWithAnyErrorAndSavesNothing() throws Exception {
        String good = TestData.nip();
        ParsedFile file = csv(HEADER, line(good, "Dobra", "Bydgoszcz"), line(TestData.nip(), "Bez miasta", ""));

        BusinessException refused = assertThrows(BusinessException.class,
                () -> asStaff.call(() -> imports.commit(ImportKind.MEMBERS, file, mapping(file), ImportMode.ALL_OR_NOTHING)));

        assertEquals("import.commit.refused", refused.getKey());
        assertEquals(1L, refused.getArguments()[0]);
        assertTrue(byNip(good).isEmpty(), "nothing saved");
    }

    @Test
    void allOrNothingSavesAFileWithoutErrors() throws Exception {
        String a = TestData.nip();
        String b = TestData.nip();
        ParsedFile file = csv(HEADER, line(a, TestData.unique("Alfa"), "Bydgoszcz"), line(b, TestData.unique("Beta"), "Toruń"));

        ImportSummary saved = asStaff.call(() -> imports.commit(ImportKind.MEMBERS, file, mapping(file), ImportMode.ALL_OR_NOTHING));

        assertTrue(saved.saved());
        assertEquals(2, saved.getCreated());
        assertTrue(byNip(a).isPresent());
        assertTrue(byNip(b).isPresent());
    }

    @Test
    void goodRowsOnlyCreatesApplicantsUpdatesExistingMembersAndKeepsTheAuditTrail() throws Exception {
        Member old = existing(TestData.unique("Aktualizowana Sp. z o.o."));
        String fresh = TestData.nip();
        String name = TestData.unique("Zaimportowana Sp. z o.o.");
        String bad = TestData.nip();
        ParsedFile file = csv("NIP;Nazwa;Miasto;Województwo;Typ;Wielkość;Telefon",
                TestData.dashed(fresh) + ";" + name + ";Grudziądz;kujawsko-pomorskie;Uczelnia;Duże;+48 52 000 00 00",
                old.getNip() + ";;Toruń;;;;",
                bad + ";Zła Wielkość;Bydgoszcz;kujawsko-pomorskie;firma;ogromna;");

        ImportSummary result = asStaff.call(() -> imports.commit(ImportKind.MEMBERS, file,
                ColumnMapping.propose(ImportKind.MEMBERS, file.headers()), ImportMode.GOOD_ROWS_ONLY));

        assertEquals(List.of(RowAction.CREATE, RowAction.UPDATE, RowAction.ERROR), result.rows().stream().map(RowResult::action).toList());
        long createdId = result.rows().get(0).memberId();
        Member created = asStaff.call(() -> members.get(createdId));
        assertEquals(name, created.getLegalName());
        assertEquals(fresh, created.getNip());
        assertEquals(MemberStatus.APPLIED, created.getStatus());
        assertEquals(MemberType.UNIVERSITY, created.getMemberType());
        assertEquals(SizeClass.LARGE, created.getSizeClass());
        assertEquals(Voivodeship.KUJAWSKO_POMORSKIE, created.getAddress().getVoivodeship());
        List<HistoryRow> history = asStaff.call(() -> members.history(createdId));
        assertEquals(MemberStatus.APPLIED, history.get(0).toStatus());

        Member updated = asStaff.call(() -> members.get(old.getId()));
        assertEquals("Toruń", updated.getAddress().getCity());
        assertEquals(old.getLegalName(), updated.getLegalName(), "a blank cell leaves the field as it was");
        assertEquals(old.getAddress().getStreet(), updated.getAddress().getStreet(), "an unmapped column leaves the field as it was");

        assertTrue(byNip(bad).isEmpty(), "the row with an error is skipped");
        List<AuditRow> createdTrail = asStaff.call(() -> audit.forMember(createdId, PageRequest.first(100))).rows();
        assertTrue(createdTrail.stream().anyMatch(r -> "CREATE".equals(r.action()) && "staff".equals(r.actor())));
        List<AuditRow> updatedTrail = asStaff.call(() -> audit.forMember(old.getId(), PageRequest.first(100))).rows();
        AuditRow city = updatedTrail.stream().filter(r -> "city".equals(r.field())).findFirst().orElseThrow();
        assertEquals("Bydgoszcz", city.oldValue());
        assertEquals("Toruń", city.newValue());
    }

    @Test
    void contactPersonsAreAddedToTheirMemberAndUpdatedByEmail() throws Exception {
        Member member = existing(TestData.unique("Kontaktowa Sp. z o.o."));
        String email = TestData.unique("anna").toLowerCase() + "@example.org";
        String header = "NIP członka;Imię;Nazwisko;E-mail;Stanowisko";
        ParsedFile first = csv(header,
                TestData.dashed(member.getNip()) + ";Anna;Importowa;" + email + ";Prezes",
                member.getNip() + ";Anna;Powtórzona;" + email.toUpperCase() + ";",
                TestData.nip() + ";Jan;Bezfirmowy;jan@example.org;",
                member.getNip() + ";Ewa;;ewa@example.org;");
        ColumnMapping mapping = ColumnMapping.propose(ImportKind.CONTACTS, first.headers());

        ImportSummary preview = asStaff.call(() -> imports.preview(ImportKind.CONTACTS, first, mapping));
        assertEquals(List.of(RowAction.CREATE, RowAction.ERROR, RowAction.ERROR, RowAction.ERROR),
                preview.rows().stream().map(RowResult::action).toList());
        assertEquals(List.of("CONTACT_EMAIL import.row.contactDuplicateInFile"), keys(preview.rows().get(1)));
        assertEquals(List.of("MEMBER_NIP import.row.memberNotFound"), keys(preview.rows().get(2)));
        assertEquals(List.of("LAST_NAME validation.required"), keys(preview.rows().get(3)));

        asStaff.call(() -> imports.commit(ImportKind.CONTACTS, first, mapping, ImportMode.GOOD_ROWS_ONLY));
        ParsedFile second = csv(header, member.getNip() + ";Anna;Zmieniona;" + email + ";Członek zarządu");
        ImportSummary again = asStaff.call(() -> imports.commit(ImportKind.CONTACTS, second, mapping, ImportMode.ALL_OR_NOTHING));
        assertEquals(RowAction.UPDATE, again.rows().get(0).action());

        List<ContactRow> people = asStaff.call(() -> contacts.contactsOf(member.getId()));
        assertEquals(1, people.size());
        assertEquals("Zmieniona", people.get(0).lastName());
        assertEquals("Członek zarządu", people.get(0).jobTitle());
    }

    @Test
    void aMappingWithoutTheKeyColumnIsRefused() throws Exception {
        ParsedFile file = csv("Nazwa;Miasto", "Bez NIP;Bydgoszcz");
        BusinessException refused = assertThrows(BusinessException.class,
                () -> asStaff.call(() -> imports.preview(ImportKind.MEMBERS, file, mapping(file))));
        assertEquals("import.mapping.keyMissing", refused.getKey());
    }

    @Test
    void onlyStaffAndTheAdministratorMayImport() throws Exception {
        ParsedFile file = csv(HEADER, line(TestData.nip(), "Odmowa", "Bydgoszcz"));
        assertThrows(EJBAccessException.class, () -> asMember.call(() -> imports.preview(ImportKind.MEMBERS, file, mapping(file))));
        assertThrows(EJBAccessException.class, () -> asBoard.call(() -> imports.preview(ImportKind.MEMBERS, file, mapping(file))));
        assertThrows(EJBAccessException.class,
                () -> asBoard.call(() -> imports.commit(ImportKind.MEMBERS, file, mapping(file), ImportMode.GOOD_ROWS_ONLY)));
        assertEquals(1, asAdmin.call(() -> imports.preview(ImportKind.MEMBERS, file, mapping(file))).getCreated());
    }

    @Test
    void fiveThousandRowsArePreviewedAndCommittedWellUnderAMinute() throws Exception {
        Set<String> nips = new LinkedHashSet<>();
        while (nips.size() < 5000) {
            nips.add(TestData.nip());
        }
        StringBuilder text = new StringBuilder(HEADER).append("\r\n");
        int i = 0;
        for (String nip : nips) {
            text.append(line(nip, "Masowa " + (i++) + " Sp. z o.o.", "Bydgoszcz")).append("\r\n");
        }
        byte[] data = text.toString().getBytes(StandardCharsets.UTF_8);

        long t0 = System.nanoTime();
        ParsedFile file = ImportFiles.parse("duzy.csv", data);
        long t1 = System.nanoTime();
        ImportSummary preview = asStaff.call(() -> imports.preview(ImportKind.MEMBERS, file, mapping(file)));
        long t2 = System.nanoTime();
        ImportSummary saved = asStaff.call(() -> imports.commit(ImportKind.MEMBERS, file, mapping(file), ImportMode.ALL_OR_NOTHING));
        long t3 = System.nanoTime();
        // the same file again: every row now updates its member
        ImportSummary updated = asStaff.call(() -> imports.commit(ImportKind.MEMBERS, file, mapping(file), ImportMode.ALL_OR_NOTHING));
        long t4 = System.nanoTime();

        System.out.printf("IMPORT TIMING 5000 rows (%d bytes): parse %d ms, preview %d ms, commit (create) %d ms,"
                        + " commit again (update) %d ms%n", data.length, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000, (t4 - t3) / 1_000_000);
        assertEquals(5000, preview.getCreated());
        assertEquals(5000, saved.getCreated());
        assertEquals(5000, updated.getUpdated());
        String last = nips.stream().reduce((x, y) -> y).orElseThrow();
        assertTrue(byNip(last).isPresent());
        assertNotNull(saved.rows().get(4999).memberId());
        assertFalse(saved.rows().stream().anyMatch(RowResult::hasErrors));
        assertTrue(saved.rows().stream().flatMap(r -> r.messages().stream()).map(RowMessage::key).findAny().isEmpty());
    }
}

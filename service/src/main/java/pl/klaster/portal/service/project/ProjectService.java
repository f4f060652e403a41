package pl.klaster.portal.service.project;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import pl.klaster.portal.domain.member.Capability;
import pl.klaster.portal.domain.member.Member;
import pl.klaster.portal.domain.member.PkdCode;
import pl.klaster.portal.domain.partner.PartnerOrganisation;
import pl.klaster.portal.domain.project.Programme;
import pl.klaster.portal.domain.project.Project;
import pl.klaster.portal.domain.project.ProjectDocument;
import pl.klaster.portal.domain.project.ProjectLifecycle;
import pl.klaster.portal.domain.project.ProjectStatus;
import pl.klaster.portal.domain.project.ProjectStatusChange;
import pl.klaster.portal.service.BusinessException;
import pl.klaster.portal.service.audit.AuditTrail;
import pl.klaster.portal.service.common.Caller;
import pl.klaster.portal.service.common.Checks;
import pl.klaster.portal.service.common.NotFoundException;
import pl.klaster.portal.service.common.Page;
import pl.klaster.portal.service.common.PageRequest;
import pl.klaster.portal.service.common.StaleDataException;
import pl.klaster.portal.service.common.StaleDataTranslation;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static pl.klaster.portal.domain.account.Role.Names.ADMIN;
import static pl.klaster.portal.domain.account.Role.Names.MANAGEMENT;
import static pl.klaster.portal.domain.account.Role.Names.MEMBER;
import static pl.klaster.portal.domain.account.Role.Names.STAFF;

/**
 * The project registry. Staff keep projects, their status history, documents and the opening of applications;
 * management reads everything; a member company sees the projects open for applications and those it takes part
 * in (any other is "not found"), and which projects fit it best. Every change is in the audit trail.
 */
@Stateless
@Interceptors(StaleDataTranslation.class)
public class ProjectService {

    public static final String ENTITY = "Project";
    private static final String ROW = "SELECT new pl.klaster.portal.service.project.ProjectRow(p.id, p.titlePl, p.titleEn,"
            + " p.acronym, p.kind, g.name, p.clusterRole, p.status, p.startDate, p.endDate, p.totalBudget.amount,"
            + " p.totalBudget.currency, p.applicationsOpen, p.applicationDeadline) FROM Project p JOIN p.programme g ";
    private static final Map<String, String> SORTS = Map.of("title", "p.titlePl", "acronym", "p.acronym", "kind", "p.kind",
            "status", "p.status", "startDate", "p.startDate", "endDate", "p.endDate", "programme", "g.name",
            "applicationDeadline", "p.applicationDeadline");

    @PersistenceContext
    private EntityManager em;
    @Inject
    private Caller caller;
    @Inject
    private AuditTrail audit;
    @Inject
    private Checks checks;

    // ---- the registry ----

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public Page<ProjectRow> search(ProjectFilter filter, PageRequest page) {
        ProjectFilter f = filter == null ? ProjectFilter.none() : filter;
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (f.text() != null && !f.text().isBlank()) {
            where.append(" AND (LOWER(p.titlePl) LIKE :t OR LOWER(p.titleEn) LIKE :t OR LOWER(p.acronym) LIKE :t)");
            params.put("t", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (f.status() != null) {
            where.append(" AND p.status = :status");
            params.put("status", f.status());
        }
        if (f.kind() != null) {
            where.append(" AND p.kind = :kind");
            params.put("kind", f.kind());
        }
        if (f.programmeId() != null) {
            where.append(" AND g.id = :programme");
            params.put("programme", f.programmeId());
        }
        if (Boolean.TRUE.equals(f.openOnly())) {
            where.append(" AND p.applicationsOpen = :open AND p.applicationDeadline >= :today");
            params.put("open", Boolean.TRUE);
            params.put("today", LocalDate.now());
        }
        String sort = page.sortField() == null ? null : SORTS.get(page.sortField());
        String order = " ORDER BY " + (sort == null ? "p.startDate DESC" : sort + (page.ascending() ? " ASC" : " DESC")) + ", p.id";
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(p) FROM Project p JOIN p.programme g " + where, Long.class);
        TypedQuery<ProjectRow> rows = em.createQuery(ROW + where + order, ProjectRow.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            rows.setParameter(k, v);
        });
        return new Page<>(rows.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList(), count.getSingleResult());
    }

    /** A project with all it refers to. Staff and management any; a member only one open to it or it takes part in. */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public Project get(long id) {
        requireVisible(id);
        Project p = em.find(Project.class, id);
        if (p == null) {
            throw new NotFoundException();
        }
        p.getProgramme().getName();
        if (p.getLeadPartner() != null) {
            p.getLeadPartner().getName();
        }
        p.getIndicators().size();
        p.getRequiredCapabilities().size();
        p.getRequiredPkdCodes().size();
        p.getPartnerOrganisations().size();
        p.getConsortiumMembers().size();
        em.detach(p);
        return p;
    }

    /** Whether the caller may see this project (members: open for applications, or taking part in it). */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public boolean isVisible(long projectId) {
        if (!caller.isMember()) {
            return true;
        }
        Long own = caller.memberId();
        if (own == null) {
            return false;
        }
        return em.createQuery("SELECT COUNT(p) FROM Project p WHERE p.id = :id AND ((p.applicationsOpen = :open"
                        + " AND p.applicationDeadline >= :today) OR EXISTS (SELECT x FROM Participation x"
                        + " WHERE x.project = p AND x.member.id = :member))", Long.class)
                .setParameter("id", projectId).setParameter("open", Boolean.TRUE).setParameter("today", LocalDate.now())
                .setParameter("member", own).getSingleResult() > 0;
    }

    void requireVisible(long projectId) {
        if (caller.isMember() && !isVisible(projectId)) {
            throw new NotFoundException();
        }
    }

    /** Creates (status PLANNED) or saves a project; refuses a save based on a stale copy. */
    @RolesAllowed({STAFF, ADMIN})
    public Project save(ProjectForm form) {
        Project input = form.getProject();
        Project project;
        Map<String, String> before;
        if (input.getId() == null) {
            project = input;
            project.setStatus(ProjectStatus.PLANNED);
            before = null;
        } else {
            project = em.find(Project.class, input.getId());
            if (project == null) {
                throw new NotFoundException();
            }
            if (project.getVersion() != input.getVersion()) {
                throw new StaleDataException();
            }
            before = project.auditState();
            project.setTitlePl(input.getTitlePl());
            project.setTitleEn(input.getTitleEn());
            project.setAcronym(input.getAcronym());
            project.setKind(input.getKind());
            project.setCallNumber(input.getCallNumber());
            project.setGrantNumber(input.getGrantNumber());
            project.setClusterRole(input.getClusterRole());
            project.setStartDate(input.getStartDate());
            project.setEndDate(input.getEndDate());
            project.setTotalBudget(input.getTotalBudget());
            project.setClusterShare(input.getClusterShare());
            project.setObjectives(input.getObjectives());
            project.setIndicators(new ArrayList<>(input.getIndicators()));
        }
        project.setProgramme(form.getProgrammeId() == null ? null : find(Programme.class, form.getProgrammeId(), "programme"));
        project.setLeadPartner(form.getLeadPartnerId() == null ? null : find(PartnerOrganisation.class, form.getLeadPartnerId(), "leadPartner"));
        project.setRequiredCapabilities(all(Capability.class, form.getCapabilityIds(), "requiredCapabilities"));
        project.setRequiredPkdCodes(all(PkdCode.class, form.getPkdCodes(), "requiredPkdCodes"));
        project.setPartnerOrganisations(all(PartnerOrganisation.class, form.getPartnerIds(), "partnerOrganisations"));
        project.setConsortiumMembers(all(Member.class, form.getMemberIds(), "consortiumMembers"));
        checks.valid(project);
        if (before == null) {
            em.persist(project);
            em.flush();
            em.persist(new ProjectStatusChange(project, null, ProjectStatus.PLANNED, LocalDate.now(), null, caller.username()));
            audit.created(caller.username(), ENTITY, project.getId(), null, project);
        } else {
            audit.changed(caller.username(), ENTITY, project.getId(), null, before, project.auditState());
        }
        em.flush();
        return get(project.getId());
    }

    /** Moves the project to another status as the lifecycle allows, dated and with a reason. */
    @RolesAllowed({STAFF, ADMIN})
    public void changeStatus(long projectId, long version, ProjectStatus to, LocalDate effectiveOn, String reason) {
        Project project = current(projectId, version);
        if (!ProjectLifecycle.canChange(project.getStatus(), to)) {
            throw BusinessException.onField("status", "project.status.notAllowed", project.getStatus(), to);
        }
        if (effectiveOn == null || effectiveOn.isAfter(LocalDate.now().plusYears(1))) {
            throw BusinessException.onField("effectiveOn", "project.status.dateInvalid");
        }
        Map<String, String> before = project.auditState();
        em.persist(new ProjectStatusChange(project, project.getStatus(), to, effectiveOn, reason, caller.username()));
        project.setStatus(to);
        if (!ProjectLifecycle.isLive(to)) {
            project.setApplicationsOpen(false);
        }
        audit.changed(caller.username(), ENTITY, projectId, null, before, project.auditState());
    }

    /** Opens the project for applications until a deadline (today or later), with an optional maximum of participants. */
    @RolesAllowed({STAFF, ADMIN})
    public void openApplications(long projectId, long version, LocalDate deadline, Integer maxParticipants) {
        Project project = current(projectId, version);
        if (!ProjectLifecycle.isLive(project.getStatus())) {
            throw new BusinessException("project.applications.notLive");
        }
        if (deadline == null || deadline.isBefore(LocalDate.now())) {
            throw BusinessException.onField("deadline", "project.applications.deadlinePast");
        }
        if (maxParticipants != null && maxParticipants < 1) {
            throw BusinessException.onField("maxParticipants", "validation.positive");
        }
        Map<String, String> before = project.auditState();
        project.setApplicationsOpen(true);
        project.setApplicationDeadline(deadline);
        project.setMaxParticipants(maxParticipants);
        checks.valid(project);
        audit.changed(caller.username(), ENTITY, projectId, null, before, project.auditState());
    }

    @RolesAllowed({STAFF, ADMIN})
    public void closeApplications(long projectId, long version) {
        Project project = current(projectId, version);
        Map<String, String> before = project.auditState();
        project.setApplicationsOpen(false);
        audit.changed(caller.username(), ENTITY, projectId, null, before, project.auditState());
    }

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public List<StatusChangeRow> statusHistory(long projectId) {
        requireVisible(projectId);
        return em.createQuery("SELECT c FROM ProjectStatusChange c WHERE c.project.id = :p"
                        + " ORDER BY c.effectiveOn, c.changedAt, c.id", ProjectStatusChange.class)
                .setParameter("p", projectId).getResultStream()
                .map(c -> new StatusChangeRow(c.getFromStatus() == null ? null : c.getFromStatus().name(), c.getToStatus().name(),
                        c.getEffectiveOn(), c.getReason(), c.getChangedBy(), c.getChangedAt()))
                .toList();
    }

    // ---- programmes ----

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public List<Programme> programmes() {
        List<Programme> all = em.createQuery("SELECT g FROM Programme g ORDER BY g.name", Programme.class).getResultList();
        all.forEach(em::detach);
        return all;
    }

    /** Adds a programme or funding source (staff); a name that exists, in any letter case, is refused. */
    @RolesAllowed({STAFF, ADMIN})
    public Programme addProgramme(String name, boolean privateFunding) {
        Programme programme = checks.valid(new Programme(name, privateFunding));
        long same = em.createQuery("SELECT COUNT(g) FROM Programme g WHERE LOWER(g.name) = :n", Long.class)
                .setParameter("n", programme.getName().toLowerCase(Locale.ROOT)).getSingleResult();
        if (same > 0) {
            throw BusinessException.onField("name", "programme.exists", programme.getName());
        }
        em.persist(programme);
        em.flush();
        audit.event(caller.username(), "Programme", programme.getId(), null, AuditTrail.CREATE, programme.getName());
        return programme;
    }

    // ---- documents ----

    /** Attaches a document (PDF, DOCX, XLSX, ODT, PNG, JPG by its content; at most 20 MB) with its SHA-256. */
    @RolesAllowed({STAFF, ADMIN})
    public DocumentRow upload(long projectId, String fileName, byte[] data) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new NotFoundException();
        }
        if (data == null || data.length == 0) {
            throw BusinessException.onField("document", "validation.required");
        }
        if (data.length > ProjectDocument.MAX_BYTES) {
            throw BusinessException.onField("document", "project.document.tooLarge", ProjectDocument.MAX_BYTES / (1024 * 1024));
        }
        String type = DocumentType.of(data).orElseThrow(() -> BusinessException.onField("document", "project.document.typeRefused"));
        String name = safeName(fileName, type);
        ProjectDocument document = new ProjectDocument(project, name, type, data, sha256(data), caller.username());
        em.persist(document);
        em.flush();
        audit.event(caller.username(), ENTITY, projectId, null, "DOCUMENT", name + " (" + data.length + " B, sha256 " + document.getSha256() + ")");
        return new DocumentRow(document.getId(), name, type, data.length, document.getSha256(), document.getUploadedBy(), document.getUploadedAt());
    }

    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public List<DocumentRow> documents(long projectId) {
        requireVisible(projectId);
        return em.createQuery("SELECT new pl.klaster.portal.service.project.DocumentRow(d.id, d.fileName, d.contentType,"
                + " d.sizeBytes, d.sha256, d.uploadedBy, d.uploadedAt) FROM ProjectDocument d WHERE d.project.id = :p"
                + " ORDER BY d.uploadedAt DESC, d.id DESC", DocumentRow.class).setParameter("p", projectId).getResultList();
    }

    /** A document to download, for those who may see its project. */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT, MEMBER})
    public Optional<ProjectDocument> document(long documentId) {
        Long projectId = em.createQuery("SELECT d.project.id FROM ProjectDocument d WHERE d.id = :id", Long.class)
                .setParameter("id", documentId).getResultStream().findFirst().orElse(null);
        if (projectId == null || (caller.isMember() && !isVisible(projectId))) {
            return Optional.empty();
        }
        ProjectDocument document = em.find(ProjectDocument.class, documentId);
        document.getData();
        em.detach(document);
        return Optional.of(document);
    }

    // ---- matching ----

    /**
     * The active members that fit a project best: ranked by how many of its required capabilities and PKD codes
     * they have (ties by name), with the matching ones. One aggregate query for the ranking, one for the details.
     */
    @RolesAllowed({STAFF, ADMIN, MANAGEMENT})
    public List<MatchRow> matchingMembers(long projectId, int limit) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new NotFoundException();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> ranked = em.createNativeQuery(
                        "SELECT m.id, m.legal_name, COUNT(DISTINCT mc.capability_id) + COUNT(DISTINCT mp.pkd_code) AS score"
                                + " FROM member m"
                                + " LEFT JOIN member_capability mc ON mc.member_id = m.id AND mc.capability_id IN"
                                + "   (SELECT pc.capability_id FROM project_capability pc WHERE pc.project_id = ?1)"
                                + " LEFT JOIN member_pkd mp ON mp.member_id = m.id AND mp.pkd_code IN"
                                + "   (SELECT pp.pkd_code FROM project_pkd pp WHERE pp.project_id = ?1)"
                                + " WHERE m.status = 'ACTIVE'"
                                + " GROUP BY m.id, m.legal_name"
                                + " HAVING COUNT(DISTINCT mc.capability_id) + COUNT(DISTINCT mp.pkd_code) > 0"
                                + " ORDER BY score DESC, m.legal_name, m.id")
                .setParameter(1, projectId).setMaxResults(Math.max(1, Math.min(limit, 100))).getResultList();
        if (ranked.isEmpty()) {
            return List.of();
        }
        List<Long> ids = ranked.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<String>> capabilities = matched("SELECT m.id, c.name FROM Member m JOIN m.capabilities c,"
                + " Project p JOIN p.requiredCapabilities rc WHERE p.id = :project AND rc = c AND m.id IN :ids ORDER BY c.name", ids, projectId);
        Map<Long, List<String>> codes = matched("SELECT m.id, c.code FROM Member m JOIN m.pkdCodes c,"
                + " Project p JOIN p.requiredPkdCodes rc WHERE p.id = :project AND rc = c AND m.id IN :ids ORDER BY c.code", ids, projectId);
        List<MatchRow> rows = new ArrayList<>();
        for (Object[] r : ranked) {
            long id = ((Number) r[0]).longValue();
            rows.add(new MatchRow(id, (String) r[1], projectId, project.getTitlePl(), project.getTitleEn(),
                    ((Number) r[2]).intValue(), capabilities.getOrDefault(id, List.of()), codes.getOrDefault(id, List.of())));
        }
        return rows;
    }

    /**
     * The projects open for applications today, for the calling member: those that fit its capabilities and PKD
     * codes best first (then by deadline), with the matching ones.
     */
    @RolesAllowed(MEMBER)
    public List<MatchRow> openForMyCompany() {
        long own = caller.requireOwnMemberId();
        @SuppressWarnings("unchecked")
        List<Object[]> ranked = em.createNativeQuery(
                        "SELECT p.id, p.title_pl, p.title_en, COUNT(DISTINCT mc.capability_id) + COUNT(DISTINCT mp.pkd_code) AS score,"
                                + " p.application_deadline"
                                + " FROM project p"
                                + " LEFT JOIN project_capability pc ON pc.project_id = p.id"
                                + " LEFT JOIN member_capability mc ON mc.capability_id = pc.capability_id AND mc.member_id = ?1"
                                + " LEFT JOIN project_pkd pp ON pp.project_id = p.id"
                                + " LEFT JOIN member_pkd mp ON mp.pkd_code = pp.pkd_code AND mp.member_id = ?1"
                                + " WHERE p.applications_open = ?2 AND p.application_deadline >= ?3"
                                + " GROUP BY p.id, p.title_pl, p.title_en, p.application_deadline"
                                + " ORDER BY score DESC, p.application_deadline, p.id")
                .setParameter(1, own).setParameter(2, Boolean.TRUE).setParameter(3, LocalDate.now())
                .setMaxResults(200).getResultList();
        Member member = em.find(Member.class, own);
        Set<String> memberCapabilities = new LinkedHashSet<>();
        member.getCapabilities().forEach(c -> memberCapabilities.add(c.getName()));
        Set<String> memberCodes = new LinkedHashSet<>();
        member.getPkdCodes().forEach(p -> memberCodes.add(p.getCode()));
        List<Long> ids = ranked.stream().map(r -> ((Number) r[0]).longValue()).toList();
        Map<Long, List<String>> required = new LinkedHashMap<>();
        Map<Long, List<String>> requiredCodes = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            for (Object[] r : em.createQuery("SELECT p.id, c.name FROM Project p JOIN p.requiredCapabilities c WHERE p.id IN :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                required.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
            }
            for (Object[] r : em.createQuery("SELECT p.id, c.code FROM Project p JOIN p.requiredPkdCodes c WHERE p.id IN :ids",
                    Object[].class).setParameter("ids", ids).getResultList()) {
                requiredCodes.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
            }
        }
        List<MatchRow> rows = new ArrayList<>();
        for (Object[] r : ranked) {
            long id = ((Number) r[0]).longValue();
            rows.add(new MatchRow(own, member.getDisplayName(), id, (String) r[1], (String) r[2], ((Number) r[3]).intValue(),
                    required.getOrDefault(id, List.of()).stream().filter(memberCapabilities::contains).sorted().toList(),
                    requiredCodes.getOrDefault(id, List.of()).stream().filter(memberCodes::contains).sorted().toList()));
        }
        return rows;
    }

    private Map<Long, List<String>> matched(String jpql, List<Long> ids, long projectId) {
        Map<Long, List<String>> result = new HashMap<>();
        for (Object[] r : em.createQuery(jpql, Object[].class).setParameter("ids", ids).setParameter("project", projectId).getResultList()) {
            result.computeIfAbsent((Long) r[0], k -> new ArrayList<>()).add((String) r[1]);
        }
        return result;
    }

    // ---- helpers ----

    private Project current(long projectId, long version) {
        Project project = em.find(Project.class, projectId);
        if (project == null) {
            throw new NotFoundException();
        }
        if (project.getVersion() != version) {
            throw new StaleDataException();
        }
        return project;
    }

    private <T> T find(Class<T> type, Object id, String field) {
        T found = em.find(type, id);
        if (found == null) {
            throw BusinessException.onField(field, "validation.unknownChoice");
        }
        return found;
    }

    private <T> Set<T> all(Class<T> type, Collection<?> ids, String field) {
        Set<T> result = new LinkedHashSet<>();
        for (Object id : ids == null ? List.of() : ids) {
            result.add(find(type, id, field));
        }
        return result;
    }

    static String safeName(String fileName, String contentType) {
        String base = fileName == null ? "" : fileName.replaceAll(".*[/\\\\]", "").replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").trim();
        if (base.isEmpty()) {
            base = "document";
        }
        if (base.length() > 200) {
            base = base.substring(0, 200);
        }
        String extension = "." + DocumentType.extension(contentType);
        return base.toLowerCase(Locale.ROOT).endsWith(extension) ? base : base + extension;
    }

    private static String sha256(byte[] data) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package pl.klaster.portal.architecture;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import org.junit.jupiter.api.Test;
import pl.klaster.portal.domain.account.Role;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Management reads; it never edits. The services are the security boundary, so this walks every public method
 * of every service and checks that each one MANAGEMENT may call (by its own or its class's roles, or because
 * anyone may) is a read: one of the names below. A new method open to management fails here until it is
 * looked at and, if it only reads, named in this list. The pages are checked by the access browser test.
 */
class ManagementReadsOnlyTest {

    /** Methods open to management that only read. */
    private static final Set<String> READS = Set.of(
            "LogoService.logo", "DirectoryService.search", "DirectoryService.entry", "ContactService.contactsOf",
            "MemberService.search", "MemberService.get", "MemberService.history", "MemberService.countByStatus",
            "FeeService.rates", "FeeService.feesOf", "FeeService.paymentsOf", "FeeService.overdue",
            "ReportService.columns", "ReportService.rows", "ReportService.list", "ReportService.dataRowCount",
            "DashboardService.dashboard", "AccountService.currentAccount", "AccountService.isActive",
            "AccountService.isSignedInStill", "AccountService.sessionEpoch",
            "OutreachService.markets", "OutreachService.search", "OutreachService.calendar", "OutreachService.summary",
            "OutreachService.get", "OutreachService.funnelByMarket", "OutreachService.funnelTotal", "OutreachService.funnelByActivity",
            "OutreachService.byCountry", "CalendarExport.activity", "CalendarExport.upcoming",
            "RegistrationService.ofActivity", "RegistrationService.waitingList", "RegistrationService.outcome", "RegistrationService.outcomesOf",
            "ParticipationService.ofMember", "ParticipationService.get", "RegistrationService.get", "ParticipationService.history", "ParticipationService.participants",
            "ProjectService.search", "ProjectService.get", "ProjectService.isVisible", "ProjectService.statusHistory",
            "ProjectService.programmes", "ProjectService.documents", "ProjectService.document", "ProjectService.matchingMembers",
            "ReferenceDataService.findPkd", "ReferenceDataService.pkd", "ReferenceDataService.capabilities",
            "PartnerService.search", "PartnerService.all", "PartnerService.get", "PartnerService.contacts");

    /**
     * Open to anyone, so also to management, and changing only the caller's own account through a token mailed to
     * them (or nothing at all): signing in (and the failed-sign-in count behind it), asking for a password reset,
     * setting one's password with the token, and one's own personal API tokens (made, listed, revoked, and checked
     * when a program presents one).
     */
    private static final Set<String> OWN_ACCOUNT = Set.of("AccountService.signIn", "AccountService.tokenOwner",
            "AccountService.setPassword", "AccountService.requestPasswordReset",
            "SignInGuard.isLocked", "SignInGuard.failed", "SignInGuard.succeeded",
            "ApiTokenService.create", "ApiTokenService.mine", "ApiTokenService.revoke", "ApiTokenService.authenticate");

    /**
     * Beans the services use inside themselves, never the pages: {@code Caller} only reads who is calling;
     * {@code MailStore} is the outbox's worker, called by the mail timer, and {@code JobRuns} the clustered jobs'
     * record of runs, called by their scheduler (the pages may touch neither, below).
     */
    private static final Set<String> INTERNAL = Set.of("Caller", "MailStore", "JobRuns");

    @Test
    void thePagesNeverCallTheOutboxWorkerOrTheJobRecord() {
        noClasses().that().resideInAPackage("pl.klaster.portal.web..").should().dependOnClassesThat().haveSimpleName("MailStore")
                .orShould().dependOnClassesThat().haveSimpleName("JobRuns")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("pl.klaster.portal"));
    }

    @Test
    void everyServiceMethodManagementMayCallOnlyReads() throws ClassNotFoundException {
        List<String> open = new ArrayList<>();
        for (JavaClass type : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pl.klaster.portal.service")) {
            if (!type.isAnnotatedWith(Stateless.class) || INTERNAL.contains(type.getSimpleName())) {
                continue;
            }
            Class<?> service = Class.forName(type.getName());
            for (Method method : service.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !method.isSynthetic() && managementMayCall(service, method)) {
                    open.add(service.getSimpleName() + "." + method.getName());
                }
            }
        }
        assertThat(open).as("service methods open to management").isNotEmpty();
        List<String> writes = open.stream().filter(m -> !READS.contains(m) && !OWN_ACCOUNT.contains(m)).distinct().sorted().toList();
        assertThat(writes).as("methods open to management that are not known reads").isEmpty();
    }

    private static boolean managementMayCall(Class<?> service, Method method) {
        if (method.isAnnotationPresent(PermitAll.class)) {
            return true;
        }
        RolesAllowed roles = method.getAnnotation(RolesAllowed.class);
        if (roles == null) {
            if (service.isAnnotationPresent(PermitAll.class)) {
                return true;
            }
            roles = service.getAnnotation(RolesAllowed.class);
        }
        // a method with no roles at all would be open to every signed-in user: count it as open
        return roles == null || Arrays.asList(roles.value()).contains(Role.Names.MANAGEMENT);
    }
}

package pl.klaster.portal.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The rules of HOUSE-STYLE.md that a compiler does not check: modules depend only downward
 * (web -> service -> domain), the web module never touches JPA, and neither service nor domain knows Faces.
 * The web module's test class path holds all three modules, so the rules see all of them here.
 */
class ArchitectureTest {

    private static JavaClasses portal;

    @BeforeAll
    static void importPortal() {
        portal = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("pl.klaster.portal");
    }

    @Test
    void modulesDependOnlyDownward() {
        ArchRule domainStandsAlone = noClasses().that().resideInAPackage("pl.klaster.portal.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("pl.klaster.portal.service..", "pl.klaster.portal.web..");
        ArchRule serviceDoesNotKnowWeb = noClasses().that().resideInAPackage("pl.klaster.portal.service..")
                .should().dependOnClassesThat().resideInAPackage("pl.klaster.portal.web..");
        domainStandsAlone.check(portal);
        serviceDoesNotKnowWeb.check(portal);
    }

    @Test
    void webNeverUsesJpa() {
        noClasses().that().resideInAPackage("pl.klaster.portal.web..")
                .should().dependOnClassesThat().resideInAPackage("jakarta.persistence..")
                .because("pages call services; queries and the EntityManager live in the service module")
                .check(portal);
    }

    @Test
    void serviceAndDomainNeverUseFaces() {
        noClasses().that().resideInAnyPackage("pl.klaster.portal.service..", "pl.klaster.portal.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.faces..", "org.primefaces..", "org.omnifaces..")
                .because("services are the same for pages, the REST API and tests")
                .check(portal);
    }

    @Test
    void packagesOfAModuleHaveNoCycles() {
        slices().matching("pl.klaster.portal.(*).(*)..").should().beFreeOfCycles().check(portal);
    }

    /**
     * The audit trail is append-only from the application (OWASP ASVS 7.3.3): only {@code AuditTrail} makes entries,
     * the entry has no setters, and no query of the application updates or deletes one. The pages and the API read
     * it through {@code AuditService}, which has only reads.
     */
    @Test
    void theAuditTrailIsAppendOnly() throws java.io.IOException {
        noClasses().that().doNotHaveFullyQualifiedName("pl.klaster.portal.service.audit.AuditTrail")
                .should().callConstructorWhere(com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                        com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                com.tngtech.archunit.base.DescribedPredicate.equalTo(portal.get("pl.klaster.portal.domain.audit.AuditEntry")))))
                .check(portal);
        org.assertj.core.api.Assertions.assertThat(portal.get("pl.klaster.portal.domain.audit.AuditEntry").getMethods())
                .noneMatch(m -> m.getName().startsWith("set"));
        java.util.regex.Pattern change = java.util.regex.Pattern.compile("(?i)(update\\s+(audit_entry|AuditEntry)\\b|delete\\s+from\\s+(audit_entry|AuditEntry)\\b)");
        java.util.List<String> offenders = new java.util.ArrayList<>();
        for (String module : java.util.List.of("../domain/src/main/java", "../service/src/main/java", "src/main/java", "src/main/webapp")) {
            try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.walk(java.nio.file.Path.of(module))) {
                for (java.nio.file.Path file : files.filter(java.nio.file.Files::isRegularFile).toList()) {
                    if (change.matcher(java.nio.file.Files.readString(file)).find()) {
                        offenders.add(file.toString());
                    }
                }
            }
        }
        org.assertj.core.api.Assertions.assertThat(offenders).as("code that changes or deletes audit entries").isEmpty();
        org.assertj.core.api.Assertions.assertThat(portal.get("pl.klaster.portal.service.audit.AuditService").getMethods().stream()
                .filter(m -> m.getModifiers().contains(com.tngtech.archunit.core.domain.JavaModifier.PUBLIC))
                .map(m -> m.getName())).allMatch(name -> name.startsWith("for") || name.equals("all"));
    }
}

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
}

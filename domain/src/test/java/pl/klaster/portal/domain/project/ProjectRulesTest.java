package pl.klaster.portal.domain.project;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import pl.klaster.portal.domain.common.Money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.klaster.portal.domain.project.ParticipationStatus.APPROVED;
import static pl.klaster.portal.domain.project.ParticipationStatus.ENDED;
import static pl.klaster.portal.domain.project.ParticipationStatus.PENDING;
import static pl.klaster.portal.domain.project.ParticipationStatus.REJECTED;
import static pl.klaster.portal.domain.project.ParticipationStatus.WITHDRAWN;

class ProjectRulesTest {

    private static Validator validator;

    @BeforeAll
    static void validator() {
        Locale.setDefault(Locale.ENGLISH);
        validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    private static Project valid() {
        Project p = new Project();
        p.setTitlePl("Projekt");
        p.setTitleEn("Project");
        p.setKind(ProjectKind.RD);
        p.setProgramme(new Programme("Horizon Europe", false));
        p.setClusterRole(ClusterRole.LEADER);
        p.setStartDate(LocalDate.of(2026, 1, 1));
        p.setEndDate(LocalDate.of(2027, 12, 31));
        p.setTotalBudget(Money.eur("1000000.00"));
        p.setClusterShare(Money.eur("150000.00"));
        return p;
    }

    private static Set<String> problems(Project p) {
        return validator.validate(p).stream().map(v -> v.getPropertyPath().toString()).collect(Collectors.toSet());
    }

    @Test
    void aCompleteProjectIsValid() {
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void theEndIsNotBeforeTheStart() {
        Project p = valid();
        p.setEndDate(p.getStartDate().minusDays(1));
        assertThat(problems(p)).containsExactly("endNotBeforeStart");
        p.setEndDate(p.getStartDate());
        assertThat(problems(p)).isEmpty();
    }

    @Test
    void theClustersShareIsNotAboveTheBudgetAndInItsCurrency() {
        Project above = valid();
        above.setClusterShare(Money.eur("1000000.01"));
        assertThat(problems(above)).containsExactly("shareWithinBudget");

        Project otherCurrency = valid();
        otherCurrency.setClusterShare(Money.pln("1.00"));
        assertThat(problems(otherCurrency)).containsExactly("shareWithinBudget");

        Project noBudget = valid();
        noBudget.setTotalBudget(new Money());
        assertThat(problems(noBudget)).containsExactly("shareWithinBudget");

        Project dollars = valid();
        dollars.setTotalBudget(new Money(new BigDecimal("10.00"), "USD"));
        dollars.setClusterShare(new Money());
        assertThat(problems(dollars)).containsExactly("currencyKnown");
    }

    @Test
    void moneyIsExactWithTwoDecimals() {
        assertThat(Money.pln("0.1").getAmount()).isEqualByComparingTo("0.10");
        assertThat(Money.pln("0.10")).isEqualTo(Money.pln("0.1"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Money.pln("0.005")).isInstanceOf(ArithmeticException.class);
    }

    @Test
    void openApplicationsNeedADeadlineAndAcceptUntilIt() {
        Project p = valid();
        p.setApplicationsOpen(true);
        assertThat(problems(p)).containsExactly("deadlineGivenWhenOpen");
        p.setApplicationDeadline(LocalDate.of(2026, 5, 31));
        assertThat(p.acceptsApplications(LocalDate.of(2026, 5, 31))).isTrue();
        assertThat(p.acceptsApplications(LocalDate.of(2026, 6, 1))).isFalse();
        p.setApplicationsOpen(false);
        assertThat(p.acceptsApplications(LocalDate.of(2026, 5, 1))).isFalse();
    }

    @Test
    void projectStatusesFollowTheLifecycle() {
        assertThat(ProjectLifecycle.next(ProjectStatus.PLANNED)).containsExactlyInAnyOrder(
                ProjectStatus.SUBMITTED, ProjectStatus.RUNNING, ProjectStatus.CANCELLED);
        assertThat(ProjectLifecycle.canChange(ProjectStatus.SUBMITTED, ProjectStatus.REJECTED)).isTrue();
        assertThat(ProjectLifecycle.canChange(ProjectStatus.RUNNING, ProjectStatus.PLANNED)).isFalse();
        assertThat(ProjectLifecycle.isLive(ProjectStatus.COMPLETED)).isFalse();
        assertThat(ProjectLifecycle.isLive(ProjectStatus.RUNNING)).isTrue();
    }

    @Test
    void participationStatusesFollowTheLifecycle() {
        assertThat(ProjectLifecycle.canChange(PENDING, APPROVED)).isTrue();
        assertThat(ProjectLifecycle.canChange(PENDING, REJECTED)).isTrue();
        assertThat(ProjectLifecycle.canChange(PENDING, WITHDRAWN)).isTrue();
        assertThat(ProjectLifecycle.canChange(APPROVED, ENDED)).isTrue();
        assertThat(ProjectLifecycle.canChange(APPROVED, WITHDRAWN)).isFalse();
        assertThat(ProjectLifecycle.canChange(REJECTED, APPROVED)).isFalse();
        assertThat(ProjectLifecycle.canChange(ENDED, APPROVED)).isFalse();
    }
}

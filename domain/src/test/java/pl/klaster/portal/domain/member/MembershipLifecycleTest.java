package pl.klaster.portal.domain.member;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static pl.klaster.portal.domain.member.MemberStatus.ACTIVE;
import static pl.klaster.portal.domain.member.MemberStatus.APPLIED;
import static pl.klaster.portal.domain.member.MemberStatus.EXPELLED;
import static pl.klaster.portal.domain.member.MemberStatus.RESIGNED;
import static pl.klaster.portal.domain.member.MemberStatus.SUSPENDED;

class MembershipLifecycleTest {

    @Test
    void anApplicantIsAdmittedOrWithdraws() {
        assertThat(MembershipLifecycle.next(APPLIED)).containsExactlyInAnyOrder(ACTIVE, RESIGNED);
        assertThat(MembershipLifecycle.isAdmission(APPLIED, ACTIVE)).isTrue();
        assertThat(MembershipLifecycle.canChange(APPLIED, SUSPENDED)).isFalse();
        assertThat(MembershipLifecycle.canChange(APPLIED, EXPELLED)).isFalse();
    }

    @Test
    void anActiveMemberCanBeSuspendedReinstatedOrLeave() {
        assertThat(MembershipLifecycle.next(ACTIVE)).containsExactlyInAnyOrder(SUSPENDED, RESIGNED, EXPELLED);
        assertThat(MembershipLifecycle.next(SUSPENDED)).containsExactlyInAnyOrder(ACTIVE, RESIGNED, EXPELLED);
        assertThat(MembershipLifecycle.isAdmission(SUSPENDED, ACTIVE)).isFalse();
        assertThat(MembershipLifecycle.canChange(ACTIVE, APPLIED)).isFalse();
        assertThat(MembershipLifecycle.canChange(ACTIVE, ACTIVE)).isFalse();
    }

    @Test
    void leavingIsFinal() {
        for (MemberStatus end : new MemberStatus[]{RESIGNED, EXPELLED}) {
            assertThat(MembershipLifecycle.isFinal(end)).isTrue();
            assertThat(MembershipLifecycle.next(end)).isEmpty();
            for (MemberStatus any : MemberStatus.values()) {
                assertThat(MembershipLifecycle.canChange(end, any)).isFalse();
            }
        }
    }

    @Test
    void aChangeIsDatedNeitherInTheFutureNorBeforeTheApplication() {
        LocalDate today = LocalDate.of(2026, 11, 26);
        LocalDate applied = LocalDate.of(2025, 3, 1);
        assertThat(MembershipLifecycle.isValidDate(today, applied, today)).isTrue();
        assertThat(MembershipLifecycle.isValidDate(applied, applied, today)).isTrue();
        assertThat(MembershipLifecycle.isValidDate(today.plusDays(1), applied, today)).isFalse();
        assertThat(MembershipLifecycle.isValidDate(applied.minusDays(1), applied, today)).isFalse();
        assertThat(MembershipLifecycle.isValidDate(null, applied, today)).isFalse();
    }
}

package pl.klaster.portal.web.view;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import pl.klaster.portal.domain.account.Role;
import pl.klaster.portal.domain.fee.FeeStatus;
import pl.klaster.portal.domain.member.CapabilityCategory;
import pl.klaster.portal.domain.member.MemberStatus;
import pl.klaster.portal.domain.member.MemberType;
import pl.klaster.portal.domain.member.SizeClass;
import pl.klaster.portal.domain.member.Voivodeship;
import pl.klaster.portal.domain.outreach.ActivityType;
import pl.klaster.portal.domain.partner.PartnerRelation;
import pl.klaster.portal.domain.partner.PartnerType;
import pl.klaster.portal.domain.project.ClusterRole;
import pl.klaster.portal.domain.project.IndicatorType;
import pl.klaster.portal.domain.project.ParticipationRole;
import pl.klaster.portal.domain.project.ProjectKind;
import pl.klaster.portal.domain.project.ProjectStatus;

import java.util.List;

/**
 * The values of the enums that forms offer; pages label them with {@code msg['enum.<Enum>.<VALUE>']}.
 */
@Named
@ApplicationScoped
public class Options {

    public List<MemberStatus> getMemberStatuses() {
        return List.of(MemberStatus.values());
    }

    public List<MemberType> getMemberTypes() {
        return List.of(MemberType.values());
    }

    public List<SizeClass> getSizeClasses() {
        return List.of(SizeClass.values());
    }

    public List<Voivodeship> getVoivodeships() {
        return List.of(Voivodeship.values());
    }

    public List<FeeStatus> getFeeStatuses() {
        return List.of(FeeStatus.values());
    }

    public List<CapabilityCategory> getCapabilityCategories() {
        return List.of(CapabilityCategory.values());
    }

    public List<Role> getRoles() {
        return List.of(Role.values());
    }

    public List<ProjectStatus> getProjectStatuses() {
        return List.of(ProjectStatus.values());
    }

    public List<ProjectKind> getProjectKinds() {
        return List.of(ProjectKind.values());
    }

    public List<ClusterRole> getClusterRoles() {
        return List.of(ClusterRole.values());
    }

    public List<ParticipationRole> getParticipationRoles() {
        return List.of(ParticipationRole.values());
    }

    public List<IndicatorType> getIndicatorTypes() {
        return List.of(IndicatorType.values());
    }

    public List<PartnerType> getPartnerTypes() {
        return List.of(PartnerType.values());
    }

    public List<PartnerRelation> getPartnerRelations() {
        return List.of(PartnerRelation.values());
    }

    /** The roles an administrator gives by invitation (member accounts come from contact persons). */
    public List<Role> getStaffRoles() {
        return List.of(Role.STAFF, Role.MANAGEMENT, Role.ADMIN);
    }

    public List<ActivityType> getActivityTypes() {
        return List.of(ActivityType.values());
    }
}

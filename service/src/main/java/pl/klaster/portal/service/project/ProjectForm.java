package pl.klaster.portal.service.project;

import pl.klaster.portal.domain.project.Project;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A project form: the project's own fields (on a detached {@link Project}) and its references as ids, so the
 * service resolves and checks each of them.
 */
public class ProjectForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Project project;
    private Long programmeId;
    private Long leadPartnerId;
    private List<Long> capabilityIds = new ArrayList<>();
    private List<String> pkdCodes = new ArrayList<>();
    private List<Long> partnerIds = new ArrayList<>();
    private List<Long> memberIds = new ArrayList<>();

    public ProjectForm() {
        this(new Project());
    }

    public ProjectForm(Project project) {
        this.project = project;
        if (project.getProgramme() != null) {
            programmeId = project.getProgramme().getId();
        }
        if (project.getLeadPartner() != null) {
            leadPartnerId = project.getLeadPartner().getId();
        }
        project.getRequiredCapabilities().forEach(c -> capabilityIds.add(c.getId()));
        project.getRequiredPkdCodes().forEach(p -> pkdCodes.add(p.getCode()));
        project.getPartnerOrganisations().forEach(p -> partnerIds.add(p.getId()));
        project.getConsortiumMembers().forEach(m -> memberIds.add(m.getId()));
    }

    public Project getProject() {
        return project;
    }

    public Long getProgrammeId() {
        return programmeId;
    }

    public void setProgrammeId(Long programmeId) {
        this.programmeId = programmeId;
    }

    public Long getLeadPartnerId() {
        return leadPartnerId;
    }

    public void setLeadPartnerId(Long leadPartnerId) {
        this.leadPartnerId = leadPartnerId;
    }

    public List<Long> getCapabilityIds() {
        return capabilityIds;
    }

    public void setCapabilityIds(List<Long> capabilityIds) {
        this.capabilityIds = capabilityIds;
    }

    public List<String> getPkdCodes() {
        return pkdCodes;
    }

    public void setPkdCodes(List<String> pkdCodes) {
        this.pkdCodes = pkdCodes;
    }

    public List<Long> getPartnerIds() {
        return partnerIds;
    }

    public void setPartnerIds(List<Long> partnerIds) {
        this.partnerIds = partnerIds;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds;
    }
}

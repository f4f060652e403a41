package pl.klaster.portal.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;

/**
 * A member of the cluster. Staff create and administer members; a member company's own users may edit
 * its contact data and profile, never its legal identifiers, type, size or status.
 */
@Entity
@Table(name = "member")
public class Member extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "member_seq", sequenceName = "member_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "member_seq")
    private Long id;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.LEGAL_NAME, message = "{validation.tooLong}")
    @Column(name = "legal_name", nullable = false, length = Lengths.LEGAL_NAME)
    private String legalName;

    @Size(max = Lengths.SHORT_NAME, message = "{validation.tooLong}")
    @Column(name = "short_name", length = Lengths.SHORT_NAME)
    private String shortName;

    @NotNull
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private MemberStatus status = MemberStatus.APPLIED;

    @Override
    public Long getId() {
        return id;
    }

    public String getLegalName() {
        return legalName;
    }

    public void setLegalName(String legalName) {
        this.legalName = legalName;
    }

    public String getShortName() {
        return shortName;
    }

    public void setShortName(String shortName) {
        this.shortName = shortName;
    }

    /** The name to show: the short name where there is one. */
    public String getDisplayName() {
        return shortName == null || shortName.isBlank() ? legalName : shortName;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }
}

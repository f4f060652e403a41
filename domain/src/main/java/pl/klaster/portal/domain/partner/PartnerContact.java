package pl.klaster.portal.domain.partner;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.common.BaseEntity;
import pl.klaster.portal.domain.common.Lengths;

/** A contact person at a partner organisation. */
@Entity
@Table(name = "partner_contact")
public class PartnerContact extends BaseEntity {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "partner_contact_seq", sequenceName = "partner_contact_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "partner_contact_seq")
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "partner_id", nullable = false, updatable = false)
    private PartnerOrganisation partner;

    @NotBlank(message = "{validation.required}")
    @Size(max = Lengths.PERSON_NAME, message = "{validation.tooLong}")
    @Column(name = "full_name", nullable = false, length = Lengths.PERSON_NAME)
    private String fullName;

    @Size(max = 150, message = "{validation.tooLong}")
    @Column(name = "job_title", length = 150)
    private String jobTitle;

    @Email(message = "{validation.email}")
    @Size(max = Lengths.EMAIL, message = "{validation.tooLong}")
    @Column(name = "email", length = Lengths.EMAIL)
    private String email;

    @Pattern(regexp = "[0-9 +()\\-]{6,40}", message = "{validation.phone}")
    @Column(name = "phone", length = Lengths.PHONE)
    private String phone;

    protected PartnerContact() {
    }

    public PartnerContact(PartnerOrganisation partner) {
        this.partner = partner;
    }

    @Override
    public Long getId() {
        return id;
    }

    public PartnerOrganisation getPartner() {
        return partner;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null || fullName.isBlank() ? null : fullName.trim();
    }

    public String getJobTitle() {
        return jobTitle;
    }

    public void setJobTitle(String jobTitle) {
        this.jobTitle = jobTitle == null || jobTitle.isBlank() ? null : jobTitle.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null || email.isBlank() ? null : email.trim().toLowerCase(java.util.Locale.ROOT);
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone == null || phone.isBlank() ? null : phone.trim();
    }
}

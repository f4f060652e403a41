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

/**
 * A capability tag (a process, material, machine or certification such as "injection moulding", "PA6",
 * "5-axis CNC", "IATF 16949"). Staff extend the list; members pick from it for their profile. The name is
 * unique regardless of letter case; tags are proper names and are not translated.
 */
@Entity
@Table(name = "capability")
public class Capability extends BaseEntity {

    public static final int NAME_LENGTH = 100;
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "capability_seq", sequenceName = "capability_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "capability_seq")
    private Long id;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_LENGTH, message = "{validation.tooLong}")
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false, length = 20)
    private CapabilityCategory category;

    protected Capability() {
    }

    public Capability(String name, CapabilityCategory category) {
        this.name = name == null ? null : name.trim();
        this.category = category;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CapabilityCategory getCategory() {
        return category;
    }

    @Override
    public String toString() {
        return name;
    }
}

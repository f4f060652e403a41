package pl.klaster.portal.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.common.BaseEntity;

/**
 * A programme or funding source (Horizon Europe, FENG, Interreg, a regional programme, own funds...). Reference
 * data that staff extend; a name is a proper name and is not translated.
 */
@Entity
@Table(name = "programme")
public class Programme extends BaseEntity {

    public static final int NAME_LENGTH = 150;
    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "programme_seq", sequenceName = "programme_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "programme_seq")
    private Long id;

    @NotBlank(message = "{validation.required}")
    @Size(max = NAME_LENGTH, message = "{validation.tooLong}")
    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    /** Private funding (own funds) as opposed to public programmes; the ESCA sheet counts the share of each. */
    @Column(name = "private_funding", nullable = false)
    private boolean privateFunding;

    protected Programme() {
    }

    public Programme(String name, boolean privateFunding) {
        this.name = name == null ? null : name.trim();
        this.privateFunding = privateFunding;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public boolean isPrivateFunding() {
        return privateFunding;
    }

    @Override
    public String toString() {
        return name;
    }
}

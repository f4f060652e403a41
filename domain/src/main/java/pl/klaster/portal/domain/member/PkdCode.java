package pl.klaster.portal.domain.member;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

/**
 * A code of the Polish classification of activities (PKD 2007 = NACE Rev. 2): a division ("22") or a subclass
 * ("22.21.Z"), with its Polish and English name. Reference data, loaded by a migration.
 */
@Entity
@Table(name = "pkd_code")
public class PkdCode implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @Column(name = "code", length = 10)
    private String code;

    @Column(name = "name_pl", nullable = false, length = 300)
    private String namePl;

    @Column(name = "name_en", nullable = false, length = 300)
    private String nameEn;

    @Column(name = "level", nullable = false, length = 10)
    private String level;

    protected PkdCode() {
    }

    public String getCode() {
        return code;
    }

    public String getNamePl() {
        return namePl;
    }

    public String getNameEn() {
        return nameEn;
    }

    public String getLevel() {
        return level;
    }

    /** The name in the given language (Polish unless English is asked for). */
    public String name(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage()) ? nameEn : namePl;
    }

    /** The division a code belongs to ("22" for "22.21.Z"). */
    public String getDivision() {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PkdCode other && Objects.equals(code, other.code);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }

    @Override
    public String toString() {
        return code;
    }
}

package pl.klaster.portal.domain.outreach;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import pl.klaster.portal.domain.audit.Auditable;
import pl.klaster.portal.domain.common.BaseEntity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A market the cluster and its members aim at: one country ("USA") or a region made of countries ("Latin
 * America"), named in Polish and English, with a priority (1 highest to 5).
 */
@Entity
@Table(name = "target_market")
public class TargetMarket extends BaseEntity implements Auditable {

    private static final long serialVersionUID = 1L;

    @Id
    @SequenceGenerator(name = "target_market_seq", sequenceName = "target_market_seq", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "target_market_seq")
    private Long id;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "name_pl", nullable = false, length = 100)
    private String namePl;

    @NotBlank(message = "{validation.required}")
    @Size(max = 100, message = "{validation.tooLong}")
    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Min(value = 1, message = "{market.priority.invalid}")
    @Max(value = 5, message = "{market.priority.invalid}")
    @Column(name = "priority", nullable = false)
    private int priority = 3;

    @Size(min = 1, message = "{market.countries.required}")
    @ElementCollection
    @CollectionTable(name = "target_market_country", joinColumns = @JoinColumn(name = "market_id"))
    @Column(name = "country_code", length = 2)
    private Set<String> countries = new TreeSet<>();

    public String name(String language) {
        return "en".equals(language) ? nameEn : namePl;
    }

    @Override
    public Map<String, String> auditState() {
        Map<String, String> s = new LinkedHashMap<>();
        s.put("namePl", namePl);
        s.put("nameEn", nameEn);
        s.put("priority", String.valueOf(priority));
        s.put("countries", String.join(", ", new TreeSet<>(countries)));
        return s;
    }

    @Override
    public Long getId() {
        return id;
    }

    public String getNamePl() {
        return namePl;
    }

    public void setNamePl(String namePl) {
        this.namePl = namePl == null || namePl.isBlank() ? null : namePl.trim();
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn == null || nameEn.isBlank() ? null : nameEn.trim();
    }

    public int getPriority() {
        return priority;
    }

    public void setPriority(int priority) {
        this.priority = priority;
    }

    public Set<String> getCountries() {
        return countries;
    }

    public void setCountries(Set<String> countries) {
        this.countries = countries;
    }
}

package pl.klaster.portal.domain.project;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A target indicator of a project: what it measures (for adding up over projects), its name, its unit
 * ("t CO₂ avoided", "% recycled content", "SMEs supported"), the planned and the achieved value.
 */
@Embeddable
public class Indicator implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotNull(message = "{validation.required}")
    @Enumerated(EnumType.STRING)
    @Column(name = "indicator_type", nullable = false, length = 30)
    private IndicatorType type = IndicatorType.OTHER;

    @NotBlank(message = "{validation.required}")
    @Size(max = 200, message = "{validation.tooLong}")
    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @NotBlank(message = "{validation.required}")
    @Size(max = 40, message = "{validation.tooLong}")
    @Column(name = "unit", nullable = false, length = 40)
    private String unit;

    @NotNull(message = "{validation.required}")
    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{validation.decimal}")
    @Column(name = "planned_value", nullable = false, precision = 14, scale = 2)
    private BigDecimal planned;

    @DecimalMin(value = "0", message = "{validation.notNegative}")
    @Digits(integer = 12, fraction = 2, message = "{validation.decimal}")
    @Column(name = "achieved_value", precision = 14, scale = 2)
    private BigDecimal achieved;

    public Indicator() {
    }

    public Indicator(IndicatorType type, String name, String unit, BigDecimal planned, BigDecimal achieved) {
        this.type = type;
        this.name = name;
        this.unit = unit;
        this.planned = planned;
        this.achieved = achieved;
    }

    public IndicatorType getType() {
        return type;
    }

    public void setType(IndicatorType type) {
        this.type = type;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null || name.isBlank() ? null : name.trim();
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit == null || unit.isBlank() ? null : unit.trim();
    }

    public BigDecimal getPlanned() {
        return planned;
    }

    public void setPlanned(BigDecimal planned) {
        this.planned = planned;
    }

    public BigDecimal getAchieved() {
        return achieved;
    }

    public void setAchieved(BigDecimal achieved) {
        this.achieved = achieved;
    }

    @Override
    public String toString() {
        return name + ": " + planned + (achieved == null ? "" : " / " + achieved) + " " + unit;
    }
}

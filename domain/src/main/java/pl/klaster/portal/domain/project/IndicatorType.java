package pl.klaster.portal.domain.project;

/** What a target indicator measures, so reports can add the same kind up over projects (by unit). */
public enum IndicatorType {
    CO2_REDUCTION,
    RECYCLED_CONTENT,
    SMES_SUPPORTED,
    NEW_MARKETS,
    TRAINED_PEOPLE,
    OTHER
}

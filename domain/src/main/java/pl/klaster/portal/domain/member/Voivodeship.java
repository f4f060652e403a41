package pl.klaster.portal.domain.member;

/** The 16 Polish voivodeships, with their TERYT codes. A foreign member has none. */
public enum Voivodeship {
    DOLNOSLASKIE("02"),
    KUJAWSKO_POMORSKIE("04"),
    LUBELSKIE("06"),
    LUBUSKIE("08"),
    LODZKIE("10"),
    MALOPOLSKIE("12"),
    MAZOWIECKIE("14"),
    OPOLSKIE("16"),
    PODKARPACKIE("18"),
    PODLASKIE("20"),
    POMORSKIE("22"),
    SLASKIE("24"),
    SWIETOKRZYSKIE("26"),
    WARMINSKO_MAZURSKIE("28"),
    WIELKOPOLSKIE("30"),
    ZACHODNIOPOMORSKIE("32");

    private final String terytCode;

    Voivodeship(String terytCode) {
        this.terytCode = terytCode;
    }

    public String getTerytCode() {
        return terytCode;
    }
}

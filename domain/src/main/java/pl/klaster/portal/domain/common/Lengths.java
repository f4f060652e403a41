package pl.klaster.portal.domain.common;

/**
 * Column lengths shared by the migrations, the {@code @Column} mappings and the {@code @Size} constraints,
 * so the database, the validation and the form agree.
 */
public final class Lengths {
    public static final int USERNAME = 64;
    public static final int PERSON_NAME = 200;
    public static final int EMAIL = 254;
    public static final int PHONE = 40;
    public static final int LEGAL_NAME = 300;
    public static final int SHORT_NAME = 100;
    public static final int STREET = 200;
    public static final int CITY = 100;
    public static final int URL = 500;
    public static final int REASON = 1000;
    public static final int DESCRIPTION = 4000;
    public static final int TITLE = 300;
    public static final int CODE = 40;

    private Lengths() {
    }
}

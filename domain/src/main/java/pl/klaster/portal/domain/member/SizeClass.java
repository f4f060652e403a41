package pl.klaster.portal.domain.member;

/** Size class by the EU SME definition; micro, small and medium are SMEs. */
public enum SizeClass {
    MICRO,
    SMALL,
    MEDIUM,
    LARGE;

    public boolean isSme() {
        return this != LARGE;
    }
}

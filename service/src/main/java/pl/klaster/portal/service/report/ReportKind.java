package pl.klaster.portal.service.report;

/**
 * The six management reports: the European Cluster Collaboration Platform profile, the ESCA indicator sheet,
 * the National Key Cluster (KKK) indicator sheet, members with their fee status, the participation matrix, and
 * the export funnel by target market.
 */
public enum ReportKind {
    ECCP,
    ESCA,
    KKK,
    FEES,
    PARTICIPATION,
    FUNNEL
}

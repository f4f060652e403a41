/**
 * Membership fees: the yearly rate per size class, each member's fee due per year, and the payments against it.
 * Money is always {@link java.math.BigDecimal} with two decimals, in PLN.
 */
package pl.klaster.portal.domain.fee;

/**
 * Rules for Polish identifiers (NIP, REGON, KRS) and postal codes, as plain functions and as Bean Validation
 * constraints. Identifiers are accepted as people write them (dashes, spaces, a "PL" prefix) and stored normalised.
 */
package pl.klaster.portal.domain.validation;

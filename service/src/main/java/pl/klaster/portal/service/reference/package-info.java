/**
 * Reference data: PKD codes, capability tags, countries (ISO 3166, from the JDK, with Polish and English names).
 */
package pl.klaster.portal.service.reference;

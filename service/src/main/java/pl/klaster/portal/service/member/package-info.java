/**
 * Member companies: the registry that staff keep, the member's own company page, membership lifecycle and fees.
 */
package pl.klaster.portal.service.member;

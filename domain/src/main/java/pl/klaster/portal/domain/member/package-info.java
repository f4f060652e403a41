/**
 * Member companies of the cluster (companies, research bodies, schools, local authorities), their identifiers,
 * contact persons, membership lifecycle and fees.
 */
package pl.klaster.portal.domain.member;

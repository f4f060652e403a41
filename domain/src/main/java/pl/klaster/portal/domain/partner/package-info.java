/**
 * Partner organisations: bodies outside the cluster (foreign clusters, alliances, research institutes, chambers of
 * commerce...), with the cluster's relation to them and their contact persons. Projects name them as lead
 * organisation or consortium partners; outreach activities as organisers.
 */
package pl.klaster.portal.domain.partner;

/**
 * Building blocks shared by every entity: the base class with id and optimistic-lock version, and shared lengths.
 */
package pl.klaster.portal.domain.common;

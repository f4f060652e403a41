/**
 * The portal's domain model: JPA entities, embeddable value objects, enums and Bean Validation constraints.
 * <p>
 * Nothing here knows about transactions, security or pages: entities guard their own invariants
 * (lengths, formats, allowed state changes) and the services in {@code pl.klaster.portal.service}
 * decide who may call what. Lengths are constants shared by the column and its constraint.
 * The schema itself is made only by the Flyway migrations in the service module; EclipseLink never generates it.
 */
package pl.klaster.portal.domain;

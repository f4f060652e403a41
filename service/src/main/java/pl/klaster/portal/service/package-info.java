/**
 * Business services: {@code @Stateless} EJBs whose public methods are the only transaction and security
 * boundary of the portal ({@code @RolesAllowed} on every public method; a member's data is filtered by the
 * caller's company here, never only in a page). Services take and return entities or small row/summary classes
 * and report expected failures as {@link pl.klaster.portal.service.BusinessException}s carrying a bundle key.
 * Nothing here may use Faces or PrimeFaces.
 */
package pl.klaster.portal.service;

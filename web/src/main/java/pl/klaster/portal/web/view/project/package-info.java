/**
 * Backing beans of the project pages: the staff's registry, project page, form and application queue; the
 * read-only pages of management; the member's open projects and applications; partner organisations.
 */
package pl.klaster.portal.web.view.project;

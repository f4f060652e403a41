/**
 * Backing beans of the pages, one per page and named after it ({@code staff/home.xhtml} is
 * {@code view.staff.StaffHomeBacking}); the navigation of each role.
 */
package pl.klaster.portal.web.view;

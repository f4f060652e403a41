/**
 * Projects and participation: the registry staff keep, documents, matching members to a project, applications
 * from members and their approval by staff.
 */
package pl.klaster.portal.service.project;

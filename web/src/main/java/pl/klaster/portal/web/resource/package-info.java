/**
 * Binary resources served outside Faces: members' logos, project documents, calendar files, report exports and
 * personal-data exports.
 */
package pl.klaster.portal.web.resource;

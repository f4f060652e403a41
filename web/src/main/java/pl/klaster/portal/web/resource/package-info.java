/** Binary resources served outside Faces: members' logos. */
package pl.klaster.portal.web.resource;

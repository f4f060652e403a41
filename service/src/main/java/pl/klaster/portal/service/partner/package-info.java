/** Partner organisations and their contact persons, kept by staff. */
package pl.klaster.portal.service.partner;

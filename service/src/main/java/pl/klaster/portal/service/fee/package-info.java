/** Membership fees: rates per year and size class, fees due per member and year, payments, overdue fees. */
package pl.klaster.portal.service.fee;

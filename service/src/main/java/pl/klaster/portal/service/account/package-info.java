/**
 * Accounts: signing in, the signed-in account's summary, and (with issue 3) inviting, activating and
 * administering accounts.
 */
package pl.klaster.portal.service.account;

/**
 * Passwords and sign-in: PBKDF2 hashing and the account checks that the web module's identity store calls.
 */
package pl.klaster.portal.service.security;

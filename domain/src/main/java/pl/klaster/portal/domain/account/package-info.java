/**
 * User accounts and roles. An account signs in with a user name and a password (stored only as a PBKDF2 hash);
 * a {@link pl.klaster.portal.domain.account.Role#MEMBER MEMBER} account belongs to exactly one member company.
 */
package pl.klaster.portal.domain.account;

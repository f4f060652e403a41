/**
 * Sign-in with Jakarta Security: a form of the portal's own design (login.xhtml), an identity store over the
 * portal's accounts, the signed-in user, sign-out, and where each role lands.
 */
package pl.klaster.portal.web.security;

/**
 * Expression Language support the pages need beyond what Payara 6's EL 5.0 gives.
 */
package pl.klaster.portal.web.el;

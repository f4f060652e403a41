/**
 * Language: Polish or English, chosen on the first visit from the browser's languages (Polish when neither
 * fits), switchable on every page and remembered in a cookie; and the helpers that turn bundle keys into text.
 * Bundle: {@code pl/klaster/portal/web/messages_{pl,en}.properties}, whose header says how keys are named.
 */
package pl.klaster.portal.web.i18n;

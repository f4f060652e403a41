/** Chart configurations for the pages' pictures (Chart.js through PrimeFaces' {@code p:chart}). */
package pl.klaster.portal.web.view.charts;

/**
 * How backing beans call services: {@link pl.klaster.portal.web.faces.ServiceCalls} runs a call and turns every
 * expected failure into a message in the user's language next to the right field; lazy table models; converters.
 */
package pl.klaster.portal.web.faces;

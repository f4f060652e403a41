/**
 * What container tests share: the one helper that builds the test deployment (the real WAR plus this package
 * and the test class), and callers that run code as a given demo account ({@code @RunAs} beans, whose
 * principals WEB-INF/glassfish-ejb-jar.xml of the test deployment names).
 */
package pl.klaster.portal.it.support;

package pl.klaster.portal.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * Builds every container-test deployment the same way: the WAR that {@code mvn package} made (so tests run
 * exactly what production runs), plus the test support package (run-as callers, the test mail server,
 * test data), the test's own package, GreenMail, and the run-as descriptors. Built from packages, never from
 * lists of classes.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The jar a class of the test class path comes from (to put a test library into the deployment). */
    private static File jarOf(Class<?> type) {
        try {
            return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static WebArchive portalWith(Class<?> testClass) {
        File war = new File(System.getProperty("portal.war", "target/klaster-portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addAsLibraries(jarOf(com.icegreen.greenmail.util.GreenMail.class), jarOf(org.slf4j.LoggerFactory.class))
                .addPackages(true, Deployments.class.getPackage())
                .addPackage(testClass.getPackage())
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("it/payara-web.xml", "payara-web.xml");
    }
}

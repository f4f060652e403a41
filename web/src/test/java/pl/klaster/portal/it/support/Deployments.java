package pl.klaster.portal.it.support;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * Builds every container-test deployment the same way: the WAR that {@code mvn package} made (so tests run
 * exactly what production runs), plus the test support package, the test's own package and the run-as
 * descriptor. Built from packages, never from lists of classes.
 */
public final class Deployments {

    private Deployments() {
    }

    public static WebArchive portalWith(Class<?> testClass) {
        File war = new File(System.getProperty("portal.war", "target/klaster-portal.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("Build the WAR first (mvn package): " + war.getAbsolutePath());
        }
        return ShrinkWrap.createFromZipFile(WebArchive.class, war)
                .addPackages(true, Deployments.class.getPackage())
                .addPackage(testClass.getPackage())
                .addAsWebInfResource("it/glassfish-ejb-jar.xml", "glassfish-ejb-jar.xml")
                .addAsWebInfResource("it/glassfish-web.xml", "glassfish-web.xml");
    }
}

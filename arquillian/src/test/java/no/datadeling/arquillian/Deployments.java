package no.datadeling.arquillian;

import java.io.File;
import no.datadeling.infra.security.TestCallContexts;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** Client side only: the deployment every test class uses. */
final class Deployments {

    private Deployments() {
    }

    /**
     * The real application WAR as built by the web module (failsafe passes its path as {@code arq.war}), plus the
     * in-container test helpers and the given test class. Arquillian adds its Servlet protocol and JUnit 5 runner.
     */
    static WebArchive app(Class<?> testClass) {
        File war = new File(System.getProperty("arq.war", "target/datadeling.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("the application WAR is missing: " + war.getAbsolutePath());
        }
        return ShrinkWrap.create(ZipImporter.class, "datadeling.war").importFrom(war).as(WebArchive.class)
                .addClasses(testClass, ArquillianPayaraTest.class, EmbeddedPostgresExtension.class,
                        ScopeProbe.class, ThrowingEjb.class, Listeners.class, TestCallContexts.class);
    }
}

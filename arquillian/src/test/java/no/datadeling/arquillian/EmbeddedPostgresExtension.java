package no.datadeling.arquillian;

import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts the embedded PostgreSQL once per test JVM, before Arquillian deploys the first class, on the port failsafe
 * passes as {@code arq.db.port} (the same property arquillian.xml hands to Payara Micro). Stopped when the test run ends.
 * Inside the container (Arquillian re-runs the test class there) it does nothing: zonky is not in the deployment,
 * which is why the PostgreSQL code lives in {@link TestDatabase}, a class loaded only on the client.
 */
public class EmbeddedPostgresExtension implements BeforeAllCallback {

    private static final ExtensionContext.Namespace NS = ExtensionContext.Namespace.create(EmbeddedPostgresExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        if (Boolean.parseBoolean(context.getConfigurationParameter(ArquillianExtension.RUNNING_INSIDE_ARQUILLIAN).orElse("false"))) {
            return;
        }
        // the root store outlives every class and closes its AutoCloseable values at the end of the run
        context.getRoot().getStore(NS).getOrComputeIfAbsent("database", key -> TestDatabase.start(), TestDatabase.class);
    }
}

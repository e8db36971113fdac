package no.datadeling.launcher.it;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import no.datadeling.launcher.Server;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Starts ONE Datadeling per test JVM through the launcher's own code (embedded PostgreSQL, synthetic population,
 * Payara Micro on loopback), shared by every IT class and stopped when the JVM's test run ends.
 */
public final class DatadelingServer implements BeforeAllCallback {

    private static Server server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(DatadelingServer.class.getName(), k -> start(), Handle.class);
    }

    public static Server server() {
        if (server == null) {
            throw new IllegalStateException("the server is not started; annotate the test with @ExtendWith(DatadelingServer.class)");
        }
        return server;
    }

    /** The Payara Micro log of this run, for the log-hygiene test. */
    public static Path payaraLog() {
        return target().resolve("it-payara.log");
    }

    private static Path target() {
        return Path.of(System.getProperty("datadeling.home", "target"));
    }

    private static Handle start() {
        try {
            Files.deleteIfExists(payaraLog());
            // a free port unless one is given: parallel builds on one machine must not meet each other's server
            Integer fixed = Integer.getInteger("it.port");
            int port = fixed != null ? fixed : freePort();
            server = Server.start(new Server.Settings(target(), target().resolve("it-data"), port, true, Optional.empty(), true,
                    Map.of(), Server.DEV_JVM_FLAGS, payaraLog()));
            return new Handle();
        } catch (Exception e) {
            throw new IllegalStateException("could not start Datadeling for the integration tests (see " + payaraLog() + ")", e);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (var s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    static final class Handle implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            server.close();
        }
    }
}

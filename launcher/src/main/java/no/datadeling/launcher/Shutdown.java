package no.datadeling.launcher;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the launcher has started, stopped in reverse order. It exists before anything starts, so a SIGTERM that
 * arrives while PostgreSQL or Payara is still starting stops what is already up instead of orphaning it.
 */
final class Shutdown {

    private static final Logger LOG = Logger.getLogger(Shutdown.class.getName());

    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private boolean closed;

    /** Takes {@code resource} to stop later; if stopping has already begun, stops it at once and refuses. */
    synchronized <T extends AutoCloseable> T register(T resource) {
        if (closed) {
            closeQuietly(resource);
            throw new IllegalStateException("stopping: " + resource.getClass().getSimpleName() + " not kept");
        }
        started.push(resource);
        return resource;
    }

    synchronized void closeAll() {
        closed = true;
        while (!started.isEmpty()) {
            closeQuietly(started.pop());
        }
    }

    private static void closeQuietly(AutoCloseable resource) {
        try {
            resource.close();
        } catch (Exception e) {
            LOG.log(Level.WARNING, "could not stop " + resource.getClass().getSimpleName(), e);
        }
    }
}

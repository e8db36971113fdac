package no.datadeling.infra.error;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLTransientConnectionException;
import org.junit.jupiter.api.Test;

/** Which failures are "backend" (code 002) and which are "unexpected" (001); EJB wrapping never hides the cause. */
class ThrowableMapperTest {

    @Test
    void database_failures_anywhere_in_the_chain_are_backend_failures() {
        assertTrue(ThrowableMapper.isBackendFailure(new PersistenceException(new SQLTransientConnectionException("down"))));
        assertTrue(ThrowableMapper.isBackendFailure(new RuntimeException(new SQLTransientConnectionException("down"))));
        assertTrue(ThrowableMapper.isBackendFailure(new EJBException(new PersistenceException("x"))));
    }

    @Test
    void programming_errors_are_unexpected() {
        assertFalse(ThrowableMapper.isBackendFailure(new NullPointerException()));
        assertFalse(ThrowableMapper.isBackendFailure(new IllegalStateException("x", new ArithmeticException())));
    }

    @Test
    void unwraps_nested_ejb_exceptions_to_the_real_cause() {
        ApiException api = ApiException.invalidInput("x");
        assertSame(api, ThrowableMapper.unwrap(new EJBException(new EJBException(api))));
    }
}

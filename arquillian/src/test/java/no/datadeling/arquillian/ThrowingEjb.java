package no.datadeling.arquillian;

import jakarta.ejb.Stateless;
import no.datadeling.infra.error.ApiException;

/** In-container test EJB: what a caller sees when an EJB business method throws. */
@Stateless
public class ThrowingEjb {

    /** An application exception ({@code @ApplicationException} on ApiException): must reach the caller unwrapped. */
    public void rejectInput() {
        throw ApiException.invalidInput("Ugyldig inndata fra test-EJB.");
    }

    /** A system exception: the container wraps it (EJBException) and discards the instance. */
    public void fail() {
        throw new IllegalStateException("system failure from the test EJB");
    }
}

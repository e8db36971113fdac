package no.datadeling.infra.error;

import jakarta.ejb.EJBException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.datadeling.infra.log.LogSafe;
import no.datadeling.infra.security.CallContext;

/**
 * Everything not thrown on purpose. Unwraps EJB wrapping (an application exception must keep its status), classifies
 * database failures as backend errors, logs the scrubbed chain with the correlation id, and answers without details.
 */
@Provider
@ApplicationScoped
public class ThrowableMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ThrowableMapper.class.getName());

    @Context
    UriInfo uriInfo;
    @Context
    HttpHeaders headers;
    @Inject
    ErrorResponses errors;
    @Inject
    CallContext callContext;

    @Override
    public Response toResponse(Throwable t) {
        Throwable cause = unwrap(t);
        if (cause instanceof ApiException api) {
            return errors.render(uriInfo.getPath(), api, headers);
        }
        if (cause instanceof WebApplicationException web) {
            return WebApplicationExceptionMapper.map(web, errors, uriInfo.getPath(), headers);
        }
        boolean backend = isBackendFailure(cause);
        LOG.log(Level.SEVERE, () -> "korrelasjonsid=" + callContext.korrelasjonsid() + " " + (backend ? "backend" : "unexpected")
                + " failure: " + LogSafe.describe(cause));
        ErrorKind kind = backend ? ErrorKind.BACKEND : ErrorKind.UNEXPECTED;
        String melding = backend ? "Uventet feil i et bakenforliggende system." : "Uventet feil på tjenesten.";
        return errors.render(uriInfo.getPath(), kind, null, kind.status(), melding, headers);
    }

    static Throwable unwrap(Throwable t) {
        Throwable c = t;
        while (c instanceof EJBException && c.getCause() != null) {
            c = c.getCause();
        }
        return c;
    }

    static boolean isBackendFailure(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause()) {
            String name = c.getClass().getName();
            if (c instanceof SQLException || name.startsWith("jakarta.persistence.") || name.startsWith("jakarta.resource.")
                    || name.startsWith("org.hibernate.exception.") || name.startsWith("jakarta.transaction.")) {
                return true;
            }
        }
        return false;
    }
}

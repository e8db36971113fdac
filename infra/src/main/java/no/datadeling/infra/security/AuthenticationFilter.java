package no.datadeling.infra.security;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.EnumSet;
import java.util.Set;
import java.util.logging.Logger;
import no.datadeling.infra.error.ApiException;

/**
 * Verifies the bearer token of every request to a matched resource. A request without Authorization passes on
 * unauthenticated (the method's {@link RequiresScope} then answers 401); a present but bad token is a 401 here.
 * The rejection reason goes to the log (never the token), the client only learns that the token was not accepted.
 */
@Provider
@Priority(Priorities.AUTHENTICATION)
@ApplicationScoped
public class AuthenticationFilter implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String KORRELASJONSID_HEADER = "Korrelasjonsid";
    private static final Logger LOG = Logger.getLogger(AuthenticationFilter.class.getName());
    private static final Set<IssuerKind> BEARER_KINDS = EnumSet.of(IssuerKind.MASKINPORTEN, IssuerKind.IDPORTEN, IssuerKind.HELSEID);

    @Inject
    Tokens tokens;
    @Inject
    CallContext callContext;

    @Override
    public void filter(ContainerRequestContext request) {
        String authorization = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (authorization == null) {
            return;
        }
        if (authorization.length() < 8 || !authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            reject("Authorization is not a Bearer token");
        }
        try {
            callContext.authenticated(tokens.validate(authorization.substring(7).trim(), BEARER_KINDS));
        } catch (TokenRejectedException e) {
            reject(e.getMessage());
        }
    }

    private void reject(String reason) {
        LOG.info(() -> "korrelasjonsid=" + callContext.korrelasjonsid() + " token rejected: "
                + no.datadeling.infra.log.LogSafe.scrub(reason));
        throw ApiException.unauthenticated("Feil i forbindelse med autentisering: token er ikke gyldig.");
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        response.getHeaders().putSingle(KORRELASJONSID_HEADER, callContext.korrelasjonsid());
        // Personal data: no shared cache may keep an answer (ASVS 14.3.2)
        response.getHeaders().putSingle(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}

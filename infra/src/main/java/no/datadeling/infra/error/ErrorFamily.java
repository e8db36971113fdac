package no.datadeling.infra.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;

/**
 * An API family's error format (Skatteetaten, Folkeregisteret, NAV, Helsenorge). Each bounded context contributes
 * one as an {@code @ApplicationScoped} bean; the mappers pick the family whose base path the request is under,
 * so even an unknown URL below a base path answers in that API's own format.
 */
public interface ErrorFamily {

    /** Path prefixes (without leading slash) this family answers for, e.g. "arbeidsforholdioppdrag/". */
    java.util.List<String> basePaths();

    /** Builds the full response: status, body in the family's format, media type chosen from the request's Accept. */
    Response render(ApiError error, HttpHeaders headers);
}

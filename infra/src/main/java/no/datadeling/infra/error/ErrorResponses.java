package no.datadeling.infra.error;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.datadeling.infra.security.CallContext;

/** Chooses the API family for a request path (longest base path wins) and renders errors in its format. */
@ApplicationScoped
public class ErrorResponses {

    private final Map<String, ErrorFamily> byBasePath = new TreeMap<>(Comparator.comparing(String::length).reversed()
            .thenComparing(Comparator.naturalOrder()));
    private final ErrorFamily fallback = new GenericErrorFamily();
    private CallContext callContext;

    @Inject
    ErrorResponses(Instance<ErrorFamily> families, CallContext callContext) {
        this.callContext = callContext;
        for (ErrorFamily family : families) {
            family.basePaths().forEach(p -> byBasePath.put(p, family));
        }
    }

    ErrorResponses() {
        // CDI proxy
    }

    public ErrorFamily familyFor(String path) {
        String p = path.startsWith("/") ? path.substring(1) : path;
        for (Map.Entry<String, ErrorFamily> e : byBasePath.entrySet()) {
            if (p.startsWith(e.getKey()) || (p + "/").equals(e.getKey())) {
                return e.getValue();
            }
        }
        return fallback;
    }

    public Response render(String path, ErrorKind kind, String code, int status, String melding, HttpHeaders headers) {
        ApiError error = new ApiError(kind, code, status, melding, callContext.korrelasjonsid());
        Response response = familyFor(path).render(error, headers);
        if (status == 401) {
            // RFC 6750 §3: tell the client which scheme failed, never why in detail
            return Response.fromResponse(response).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"").build();
        }
        return response;
    }

    /** Renders a thrown {@link ApiException}, with the headers it carries. */
    public Response render(String path, ApiException e, HttpHeaders headers) {
        Response r = render(path, e.kind(), e.code().orElse(null), e.status(), e.melding(), headers);
        if (e.headers().isEmpty()) {
            return r;
        }
        Response.ResponseBuilder b = Response.fromResponse(r);
        e.headers().forEach(b::header);
        return b.build();
    }

    public List<String> basePaths() {
        return List.copyOf(byBasePath.keySet());
    }
}

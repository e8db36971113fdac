package no.datadeling.infra.error;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * NAV's error body. NAV's published specs (uføreopplysninger, samordning, vedtaksinformasjon) define no error schema;
 * their services are Spring Boot applications whose default error body is {@code {timestamp, status, error, message}}.
 * We answer in that shape, always JSON, plus {@code callId} (NAV's name for the correlation id, as in its
 * {@code Nav-Call-Id} header) so a consumer can quote it to support:
 * <pre>{"timestamp":"2026-01-15T10:00:00.123Z","status":403,"error":"Forbidden","message":"...","callId":"..."}</pre>
 * A family-specific code, when the thrower set one, is added as {@code "kode"}.
 */
public abstract class NavErrorFamily implements ErrorFamily {

    /** Made once: Json.createObjectBuilder looks its provider up through the ServiceLoader on every call. */
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private final List<String> basePaths;
    private final Clock clock;

    protected NavErrorFamily(List<String> basePaths) {
        this(basePaths, Clock.systemUTC());
    }

    protected NavErrorFamily(List<String> basePaths, Clock clock) {
        this.basePaths = List.copyOf(basePaths);
        this.clock = clock;
    }

    @Override
    public List<String> basePaths() {
        return basePaths;
    }

    @Override
    public Response render(ApiError error, HttpHeaders headers) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(json(error, Instant.now(clock))).build();
    }

    static String json(ApiError error, Instant now) {
        JsonObjectBuilder b = JSON.createObjectBuilder()
                .add("timestamp", now.truncatedTo(ChronoUnit.MILLIS).toString())
                .add("status", error.status())
                .add("error", reasonPhrase(error.status()))
                .add("message", error.melding());
        if (error.code() != null) {
            b.add("kode", error.code());
        }
        if (error.korrelasjonsid() != null) {
            b.add("callId", error.korrelasjonsid());
        }
        return b.build().toString();
    }

    static String reasonPhrase(int status) {
        Response.Status s = Response.Status.fromStatusCode(status);
        return s != null ? s.getReasonPhrase() : status >= 500 ? "Internal Server Error" : "Error";
    }
}

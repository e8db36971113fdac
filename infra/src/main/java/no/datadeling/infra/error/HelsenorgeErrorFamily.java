package no.datadeling.infra.error;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Helsenorge's error body, in the shape of the API documentation's error table (Kode, HttpStatus, Beskrivelse), always
 * JSON, plus the correlation id so a consumer can quote it:
 * <pre>{"Kode":"VER-000205","HttpStatus":400,"Beskrivelse":"Søkeord er en tom streng eller null","Korrelasjonsid":"..."}</pre>
 * The thrower sets the catalogue code (VER-, VK-, PVF-, PVS-). Conditions the catalogue does not name (no token, no
 * scope, unknown URL, a validation the documentation lists without a code) get the API's mapped code for the
 * {@link ErrorKind}, else {@code HTTP-<status>}: never a number that could collide with one of Helsenorge's.
 */
public abstract class HelsenorgeErrorFamily implements ErrorFamily {

    private final List<String> basePaths;
    private final Map<ErrorKind, String> codes;

    protected HelsenorgeErrorFamily(List<String> basePaths, Map<ErrorKind, String> codes) {
        this.basePaths = List.copyOf(basePaths);
        this.codes = Map.copyOf(codes);
    }

    @Override
    public List<String> basePaths() {
        return basePaths;
    }

    public String codeFor(ErrorKind kind, int status) {
        return codes.getOrDefault(kind, "HTTP-" + status);
    }

    @Override
    public Response render(ApiError error, HttpHeaders headers) {
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(json(error.code() != null ? error.code() : codeFor(error.kind(), error.status()), error)).build();
    }

    static String json(String kode, ApiError error) {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("Kode", kode)
                .add("HttpStatus", error.status())
                .add("Beskrivelse", error.melding());
        if (error.korrelasjonsid() != null) {
            b.add("Korrelasjonsid", error.korrelasjonsid());
        }
        return b.build().toString();
    }
}

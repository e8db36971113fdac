package no.datadeling.infra.error;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jakarta.ws.rs.core.Response;

/** Errors for paths outside every API family (e.g. a typo in the first path segment). */
final class GenericErrorFamily implements ErrorFamily {

    @Override
    public List<String> basePaths() {
        return List.of();
    }

    @Override
    public Response render(ApiError error, HttpHeaders headers) {
        JsonObjectBuilder body = Json.createObjectBuilder()
                .add("status", error.status())
                .add("kode", error.code() != null ? error.code() : error.kind().name())
                .add("melding", error.melding());
        if (error.korrelasjonsid() != null) {
            body.add("korrelasjonsid", error.korrelasjonsid());
        }
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8"))
                .entity(body.build().toString()).build();
    }
}

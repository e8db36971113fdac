package no.datadeling.simulering.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import no.datadeling.infra.error.ApiError;
import no.datadeling.infra.error.NavErrorFamily;
import no.datadeling.simulering.control.Avslag;

/**
 * Errors of Pensjon Simuler Alderspensjon: a 400 is the spec's Error schema exactly, {@code {"code": ..., "message": ...}}
 * with code one of its variants (IkkelopendeYtelse, FodtFor1943, GammeltRegelverk, LavtTidligUttak, KortTrygdetid,
 * SimuleringsGrunnlag, Annet; a 400 from JAX-RS itself is Annet); 401, 403 and the rest as every NAV API here.
 */
@ApplicationScoped
public class SimuleringFeil extends NavErrorFamily {

    public static final String BASE = "simuler/alderspensjon/";
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    public SimuleringFeil() {
        super(List.of(BASE));
    }

    @Override
    public Response render(ApiError error, HttpHeaders headers) {
        if (error.status() != 400) {
            return super.render(error, headers);
        }
        String body = JSON.createObjectBuilder()
                .add("code", error.code() != null ? error.code() : Avslag.Annet.name())
                .add("message", error.melding())
                .build().toString();
        return Response.status(400).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}

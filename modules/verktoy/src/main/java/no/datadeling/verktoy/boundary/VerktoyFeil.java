package no.datadeling.verktoy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.error.HelsenorgeErrorFamily;

/**
 * Errors below {@code verktoy/} in Helsenorge's format. The catalogue codes are set by the thrower (Feilkode); an
 * unexpected failure is the catalogue's PVS-000204 "Feil ved underliggende tjeneste".
 */
@ApplicationScoped
public class VerktoyFeil extends HelsenorgeErrorFamily {

    public static final String BASE_PATH = "verktoy/";

    public VerktoyFeil() {
        super(List.of(BASE_PATH), Map.of(
                ErrorKind.UNEXPECTED, "PVS-000204",
                ErrorKind.BACKEND, "PVS-000204"));
    }
}

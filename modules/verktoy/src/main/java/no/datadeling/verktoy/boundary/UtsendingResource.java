package no.datadeling.verktoy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.verktoy.control.JsonKropp;
import no.datadeling.verktoy.control.Utsending;
import no.datadeling.verktoy.control.UtsendingService;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/**
 * Sende verktøy til innbygger: the new service (system/verktoy/v2, from August 2025) and the old one (v1/Verktoy).
 * The body is read as JSON whatever its Content-Type says, with property names in any case (as the real service binds).
 */
@RequestScoped
@Path(VerktoyFeil.BASE_PATH)
@Produces(MediaType.APPLICATION_JSON)
public class UtsendingResource {

    private static final String FELLES = " Verktøyet må tilhøre API-klientens organisasjon og innbygger være digitalt aktiv på Helsenorge. "
            + "FristDato (valgfri; bare datoen teller) settes ellers to uker frem; oppgaven kan gjøres i tre måneder etter fristen. "
            + "Melding: høyst 1500 tegn. Svaret er innbyggerens PseudoId for API-klienten.";

    private UtsendingService service;

    @Inject
    UtsendingResource(UtsendingService service) {
        this.service = service;
    }

    UtsendingResource() {
        // CDI proxy
    }

    @POST
    @Path("system/verktoy/v2")
    @RequiresScope(UtsendingService.SCOPE)
    @Timed(name = "verktoy_send", absolute = true, description = "Sende verktøy til innbygger")
    @Operation(summary = "Sende verktøy til innbygger", description = "Body: {VerktoyId, InnbyggerFnr, AvsenderOrgNummer, AvsenderNavn, "
            + "FristDato, Melding}." + FELLES)
    @SecurityRequirement(name = "helseid", scopes = UtsendingService.SCOPE)
    @APIResponse(responseCode = "200", description = "{\"PseudoId\": ...}")
    @APIResponse(responseCode = "400", description = "VER-000202 request er null; VER-000209 ugyldig id; VER-000207 ukjent verktøy; "
            + "VER-000228 ikke digitalt aktiv; VER-000232 allerede sendt")
    @APIResponse(responseCode = "403", description = "Mangler scope, eller verktøyet tilhører en annen organisasjon")
    public Svar.Sendt sendV2(String body) {
        return new Svar.Sendt(service.send(Utsending.v2(JsonKropp.les(body))));
    }

    @POST
    @Path("v1/Verktoy")
    @RequiresScope(UtsendingService.SCOPE)
    @Timed(name = "verktoy_send_v1", absolute = true, description = "Sende verktøy til innbygger (gammel tjeneste)")
    @Operation(summary = "Sende verktøy til innbygger (gammel tjeneste)", description = "Body: {VerktoyId, InnbyggerFnr, BehandlerHpr "
            + "eller BehandlerFnr, FristDato, Melding}; behandleren må finnes i HPR." + FELLES)
    @SecurityRequirement(name = "helseid", scopes = UtsendingService.SCOPE)
    @APIResponse(responseCode = "200", description = "{\"PseudoId\": ...}")
    @APIResponse(responseCode = "400", description = "VER-000202, VER-000209, VER-000207, VER-000228; PVF-000239 ukjent HPR-nummer; "
            + "VER-000218 allerede sendt av samme behandler; VER-000232 allerede sendt")
    @APIResponse(responseCode = "403", description = "Mangler scope, eller verktøyet tilhører en annen organisasjon")
    public Svar.Sendt sendV1(String body) {
        return new Svar.Sendt(service.send(Utsending.v1(JsonKropp.les(body))));
    }
}

package no.datadeling.verktoy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.datadeling.domain.verktoy.VerktoyOppgave;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.verktoy.control.BehandlerService;
import no.datadeling.verktoy.control.Guid;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Behandlerinformasjon: for the logged-in citizen, who sent them this tool (Innbygger OIDC). */
@RequestScoped
@Path(VerktoyFeil.BASE_PATH + "v1/Behandler")
@Produces(MediaType.APPLICATION_JSON)
public class BehandlerResource {

    private BehandlerService service;

    @Inject
    BehandlerResource(BehandlerService service) {
        this.service = service;
    }

    BehandlerResource() {
        // CDI proxy
    }

    @GET
    @RequiresScope(BehandlerService.SCOPE)
    @Timed(name = "verktoy_behandler", absolute = true, description = "Behandlerinformasjon")
    @Operation(summary = "Behandlerinformasjon", description = "Behandleren som sendte verktøyet til den innloggede innbyggeren "
            + "(ID-porten-token med pid), fra den nyeste oppgaven som ennå kan utføres.")
    @SecurityRequirement(name = "idporten", scopes = BehandlerService.SCOPE)
    @APIResponse(responseCode = "200", description = "{Id, IdType (HPR eller FNR), Navn}")
    @APIResponse(responseCode = "400", description = "VER-000209 ugyldig VerktoyId; VER-000260 ikke sendt fra en behandler; "
            + "VER-000261 ingen kobling mellom verktøy og innbygger")
    @APIResponse(responseCode = "403", description = "Ikke et innbyggertoken (ID-porten med pid)")
    public Svar.Behandler behandler(@QueryParam("VerktoyId") String verktoyId) {
        VerktoyOppgave.Behandler b = service.behandler(Guid.kreve(verktoyId, "VerktoyId"));
        return new Svar.Behandler(b.id(), b.idType().name(), b.navn());
    }
}

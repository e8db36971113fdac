package no.datadeling.verktoy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.datadeling.domain.verktoy.Veiledningstjeneste;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.verktoy.control.Guid;
import no.datadeling.verktoy.control.JsonKropp;
import no.datadeling.verktoy.control.VeiledningstjenesteService;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Veiledningstjeneste: its owner updates the contact metadata. */
@RequestScoped
@Path(VerktoyFeil.BASE_PATH + "v1/Veiledningstjeneste")
@Produces(MediaType.APPLICATION_JSON)
public class VeiledningstjenesteResource {

    private VeiledningstjenesteService service;

    @Inject
    VeiledningstjenesteResource(VeiledningstjenesteService service) {
        this.service = service;
    }

    VeiledningstjenesteResource() {
        // CDI proxy
    }

    @PUT
    @Path("{id}")
    @RequiresScope(VeiledningstjenesteService.SCOPE)
    @Timed(name = "verktoy_veiledningstjeneste", absolute = true, description = "Oppdatere veiledningstjeneste")
    @Operation(summary = "Oppdatere veiledningstjeneste", description = "Body: {Id (ignoreres: id-en hentes fra URL-en), Telefon, Url, "
            + "Apningstider: [1 hverdager 08-16, 2 hverdager 16-22, 3 lørdag, 4 søndag og helligdager, 5 døgnåpen]}.")
    @SecurityRequirement(name = "helseid", scopes = VeiledningstjenesteService.SCOPE)
    @APIResponse(responseCode = "200", description = "Veiledningstjenesten slik den nå er lagret")
    @APIResponse(responseCode = "400", description = "VER-000202 request er null; VER-000209 ugyldig id; VER-000204 udefinert åpningstid; "
            + "HTTP-400 ugyldig Telefon, Url eller tom Apningstider")
    @APIResponse(responseCode = "403", description = "Mangler scope, eller tjenesten tilhører en annen organisasjon")
    @APIResponse(responseCode = "404", description = "Fant ingen veiledningstjeneste med angitt id")
    public Svar.Veiledningstjeneste oppdater(@PathParam("id") String id, String body) {
        var uuid = Guid.kreve(id, "id");
        Veiledningstjeneste v = service.oppdater(uuid, VeiledningstjenesteService.valider(JsonKropp.les(body)));
        return new Svar.Veiledningstjeneste(v.id().toString(), v.telefon(), v.url(), v.apningstider());
    }
}

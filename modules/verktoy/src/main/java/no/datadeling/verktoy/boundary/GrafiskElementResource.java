package no.datadeling.verktoy.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.verktoy.control.Feilkode;
import no.datadeling.verktoy.control.KatalogService;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;

/** Grafisk element: the image file of a tool's icon or illustration, with its own Content-Type. */
@RequestScoped
@Path(VerktoyFeil.BASE_PATH + "v1/GrafiskElement")
public class GrafiskElementResource {

    private KatalogService katalog;

    @Inject
    GrafiskElementResource(KatalogService katalog) {
        this.katalog = katalog;
    }

    GrafiskElementResource() {
        // CDI proxy
    }

    @GET
    @Path("{id}")
    @Produces({"image/png", "image/svg+xml", "*/*"})
    @RequiresScope(SelvstendigVerktoyResource.SCOPE)
    @Timed(name = "verktoy_grafisk_element", absolute = true, description = "Grafisk element")
    @Operation(summary = "Grafisk element", description = "Bildefilen (PNG eller SVG) for et grafisk element.")
    @SecurityRequirement(name = "helseid", scopes = SelvstendigVerktoyResource.SCOPE)
    @APIResponse(responseCode = "200", description = "Bildet")
    @APIResponse(responseCode = "400", description = "VER-000209 ugyldig id")
    @APIResponse(responseCode = "404", description = "Fant ikke grafisk element")
    public Response hent(@PathParam("id") String id) {
        int elementId;
        try {
            elementId = Integer.parseInt(id.trim());
        } catch (NumberFormatException e) {
            throw Feilkode.UGYLDIG_ID.feil("id");
        }
        var bilde = katalog.grafiskElement(elementId)
                .orElseThrow(() -> ApiException.notFound("Fant ikke grafisk element med angitt id."));
        return Response.ok(bilde.innhold(), bilde.medietype()).build();
    }
}

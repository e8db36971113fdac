package no.datadeling.pensjon.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.pensjon.control.VedtaksinformasjonService;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pensjon Vedtaksinformasjon exactly as nav-vedtaksinformasjon.yaml: {@code GET {server}/pensjon/vedtak/informasjon}
 * (NAV: https://pensjon-gw.nav.no/pensjon/vedtak/informasjon) with headers {@code fnr}, {@code tp-nr},
 * {@code x-request-id} and query {@code fom}; every disclosure is audited.
 */
@RequestScoped
@Path(NavPensjonFeil.VEDTAK + "informasjon")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pensjon Vedtaksinformasjon", description = "NAV: samordningspliktig informasjon om en brukers vedtak")
public class VedtaksinformasjonResource {

    private VedtaksinformasjonService service;

    @Inject
    VedtaksinformasjonResource(VedtaksinformasjonService service) {
        this.service = service;
    }

    VedtaksinformasjonResource() {
        // CDI proxy
    }

    @GET
    @RequiresScope({VedtaksinformasjonService.SCOPE, VedtaksinformasjonService.SCOPE_LEGACY})
    @Timed(name = "vedtaksinformasjon_oppslag", absolute = true, description = "Vedtaksinformasjon for én person (logget)")
    @Operation(operationId = "hentVedtaksinformasjonForSamordning", summary = "hentVedtaksinformasjonForSamordning",
            description = "Utleverer informasjon om en brukers vedtak etter ett gitt tidspunkt. Scope "
                    + VedtaksinformasjonService.SCOPE + " (eller " + VedtaksinformasjonService.SCOPE_LEGACY + ").")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Ugyldig input i forespørselen.")
    @APIResponse(responseCode = "401", description = "Ugyldig aksesstoken til tjenesten.")
    @APIResponse(responseCode = "403", description = "Scope mangler, eller konsumentens organisasjon eier ikke tp-nr.")
    @APIResponse(responseCode = "404", description = "Person ikke funnet (ikke medlem av ordningen tp-nr).")
    @APIResponse(responseCode = "500", description = "Intern feil i tjenesten.")
    public Vedtaksinformasjon hent(
            @Parameter(description = "Brukers fnr/dnr.", required = true) @HeaderParam("fnr") String fnr,
            @Parameter(description = "TP-Nummer", required = true) @HeaderParam("tp-nr") String tpnr,
            @Parameter(description = "UUID for å spore kallet", required = true) @HeaderParam("x-request-id") String requestId,
            @Parameter(description = "Dato i ISO-8601 format, uten klokkeslett. Angir fomDato for perioden man ønsker opplysninger for.",
                    required = true) @QueryParam("fom") String fom) {
        var person = Parameterverdier.ident(fnr, "header fnr");
        String tp = Parametre.tpnr(tpnr, "header tp-nr");
        Parametre.uuid(requestId, "header x-request-id");
        var fra = Parametre.dato(fom, "fom");
        return Vedtaksinformasjon.fra(service.hent(person, tp, fra));
    }
}

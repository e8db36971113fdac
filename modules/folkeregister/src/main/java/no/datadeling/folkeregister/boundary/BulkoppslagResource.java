package no.datadeling.folkeregister.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.folkeregister.control.FolkeregisterService;
import no.datadeling.folkeregister.control.Formattering;
import no.datadeling.folkeregister.control.Tilgang;
import no.datadeling.folkeregister.control.Utsnitt;
import no.datadeling.folkeregister.entity.Persondokumentidentifikator;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ratelimit.Ratebegrenset;
import no.datadeling.infra.security.RequiresScope;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Bulk lookups (offentlig-med-hjemmel only; under the other packages the resource does not exist): up to 1 000
 * identifiers in a JSON or XML body (XML when Content-Type is missing), one answer per distinct identifier in request
 * order, {@code folkeregisterperson} absent where the register has none. A repeated identifier is answered once, where
 * it first occurs; one malformed identifier makes the whole request a 400 naming its position.
 */
@ApplicationScoped
@Path(FolkeregisterFeil.BASE_PATH + "{rettighetspakke: " + Rettighetspakke.STIMOENSTER + "}/api/v1/personer/bulkoppslag")
@Ratebegrenset
@Tag(name = "Folkeregisteret")
@SecurityRequirement(name = "maskinporten")
public class BulkoppslagResource {

    private FolkeregisterService service;
    private Tilgang tilgang;
    private Formattering formattering;

    @Inject
    BulkoppslagResource(FolkeregisterService service, Tilgang tilgang, Formattering formattering) {
        this.service = service;
        this.tilgang = tilgang;
        this.formattering = formattering;
    }

    BulkoppslagResource() {
        // CDI proxy
    }

    @POST
    // any package's scope gets this far, so another package's URL answers 404 (not there), not 403
    @RequiresScope({Rettighetspakke.SCOPE_OFFENTLIG_MED_HJEMMEL, Rettighetspakke.SCOPE_OFFENTLIG_UTEN_HJEMMEL, Rettighetspakke.SCOPE_FINANS})
    @Timed(name = "folkeregister_bulkoppslag", absolute = true, description = "Bulkoppslag av personer")
    @Operation(summary = "Siste versjon av et sett med personer",
            description = "Kropp {\"foedselsEllerDNummer\": [...]} (JSON) eller <personBulkoppslagRequest> (XML); opp mot 1000.")
    @APIResponse(responseCode = "200", description = "{\"oppslag\": [{\"foedselsEllerDNummer\", \"folkeregisterperson\"}]}")
    @APIResponse(responseCode = "400", description = "FREG-006: ugyldig kropp, ugyldig nummer, over 1000 nummer, XML med DOCTYPE")
    @APIResponse(responseCode = "404", description = "FREG-003: bare i rettighetspakken offentlig-med-hjemmel")
    public Response personer(@PathParam("rettighetspakke") String rettighetspakke,
                             @Parameter(description = PersonResource.PART) @QueryParam("part") List<String> part,
                             @HeaderParam(HttpHeaders.ACCEPT) String accept,
                             @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream kropp) {
        Forespoersel f = forespoersel(rettighetspakke, part, accept, contentType, kropp, "foedselsEllerDNummer");
        List<Foedselsnummer> ider = new ArrayList<>(f.verdier().size());
        for (int i = 0; i < f.verdier().size(); i++) {
            int nr = i;
            ider.add(Foedselsnummer.parse(f.verdier().get(i)).orElseThrow(() -> ApiException.invalidInput(
                    "foedselsEllerDNummer nummer " + (nr + 1) + " er ikke et gyldig fødsels- eller D-nummer.")));
        }
        var oppslag = service.personer(ider, f.utsnitt());
        return Response.ok(f.svarformat() == Formatvalg.JSON ? formattering.json(oppslag, "foedselsEllerDNummer", f.utsnitt())
                : formattering.xml(oppslag, false, f.utsnitt()), f.svarformat().type()).build();
    }

    @POST
    @Path("arkiv")
    // any package's scope gets this far, so another package's URL answers 404 (not there), not 403
    @RequiresScope({Rettighetspakke.SCOPE_OFFENTLIG_MED_HJEMMEL, Rettighetspakke.SCOPE_OFFENTLIG_UTEN_HJEMMEL, Rettighetspakke.SCOPE_FINANS})
    @Operation(summary = "Versjonerte utgaver av et sett med persondokumenter",
            description = "Kropp {\"dokumentidentifikator\": [...]} (JSON) eller <arkivDokumentBulkoppslagRequest> (XML); opp mot 1000.")
    @APIResponse(responseCode = "200", description = "{\"oppslag\": [{\"dokumentidentifikator\", \"folkeregisterperson\"}]}")
    @APIResponse(responseCode = "400", description = "FREG-006: ugyldig kropp eller identifikator, over 1000")
    @APIResponse(responseCode = "404", description = "FREG-003: bare i rettighetspakken offentlig-med-hjemmel")
    public Response arkiv(@PathParam("rettighetspakke") String rettighetspakke,
                          @Parameter(description = PersonResource.PART) @QueryParam("part") List<String> part,
                          @HeaderParam(HttpHeaders.ACCEPT) String accept,
                          @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, InputStream kropp) {
        Forespoersel f = forespoersel(rettighetspakke, part, accept, contentType, kropp, "dokumentidentifikator");
        List<Persondokumentidentifikator> ider = new ArrayList<>(f.verdier().size());
        for (int i = 0; i < f.verdier().size(); i++) {
            int nr = i;
            ider.add(Persondokumentidentifikator.parse(f.verdier().get(i)).orElseThrow(() -> ApiException.invalidInput(
                    "dokumentidentifikator nummer " + (nr + 1) + " er ikke 32 heksadesimale tegn.")));
        }
        var oppslag = service.arkiv(ider);
        return Response.ok(f.svarformat() == Formatvalg.JSON ? formattering.json(oppslag, "dokumentidentifikator", f.utsnitt())
                : formattering.xml(oppslag, true, f.utsnitt()), f.svarformat().type()).build();
    }

    private record Forespoersel(Utsnitt utsnitt, Formatvalg svarformat, List<String> verdier) {
    }

    private Forespoersel forespoersel(String rettighetspakke, List<String> part, String accept, String contentType,
                                      InputStream kropp, String felt) {
        if (!Rettighetspakke.OFFENTLIG_MED_HJEMMEL.navn().equals(rettighetspakke)) {
            throw new ApiException(ErrorKind.UNKNOWN_URL, "Feil uri brukt: bulkoppslag finnes bare i rettighetspakken offentlig-med-hjemmel.");
        }
        Rettighetspakke pakke = tilgang.krev(rettighetspakke);
        Formatvalg innhold = Formatvalg.fraContentType(contentType);
        Formatvalg svar = Formatvalg.forBulk(accept, innhold);
        Utsnitt utsnitt = Utsnitt.av(pakke, part);
        return new Forespoersel(utsnitt, svar, Bulkforespoersel.les(Bulkforespoersel.lesKropp(kropp), innhold, felt));
    }
}

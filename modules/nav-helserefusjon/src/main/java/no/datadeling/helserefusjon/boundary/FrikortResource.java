package no.datadeling.helserefusjon.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import no.datadeling.helserefusjon.control.Folkeregisteropplysninger;
import no.datadeling.helserefusjon.control.FrikortService;
import no.datadeling.helserefusjon.control.FrikortbrevPdf;
import no.datadeling.helserefusjon.entity.Frikortvedtak;
import no.datadeling.helserefusjon.entity.Mottaker;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.RequiresScope;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Helserefusjon Frikort-brev: {@code GET {server}/helserefusjon/v1/frikort/vedtak} (the person in header
 * {@code Nav-Personident}, never in the URL) and {@code GET .../vedtak/{vedtakId}/brev}: the letter's metadata as JSON,
 * or the letter itself with {@code Accept: application/pdf}. Our contract: NAV publishes none for this API.
 */
@RequestScoped
@Path(HelserefusjonFeil.FRIKORT)
@Tag(name = "Helserefusjon Frikort-brev", description = "NAV: frikortvedtak og frikortvedtaksbrev (kontrakten er vår egen)")
public class FrikortResource {

    public static final String SCOPE = "nav:helserefusjon/v1/frikort";
    public static final String PDF = "application/pdf";

    private FrikortService service;
    private Folkeregisteropplysninger folkeregister;
    private CallContext callContext;

    @Inject
    FrikortResource(FrikortService service, Folkeregisteropplysninger folkeregister, CallContext callContext) {
        this.service = service;
        this.folkeregister = folkeregister;
        this.callContext = callContext;
    }

    FrikortResource() {
        // CDI proxy
    }

    @GET
    @Path("vedtak")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(SCOPE)
    @Timed(name = "frikort_vedtak", absolute = true, description = "En persons frikortvedtak")
    @Operation(summary = "En persons frikortvedtak", description = "Personen i header " + Parametre.PERSON_HEADER + ". Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "Vedtakene, eldste år først (tom liste når personen ikke har frikort)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                    implementation = FrikortvedtakDto.class)))
    @APIResponse(responseCode = "400", description = "Manglende eller ugyldig ident, ugyldig aar")
    @APIResponse(responseCode = "401", description = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Forbidden")
    public Response vedtak(
            @Parameter(description = "Fødselsnummer eller D-nummer", required = true) @HeaderParam(Parametre.PERSON_HEADER) String ident,
            @Parameter(description = "Bare vedtak for dette kalenderåret") @QueryParam("aar") String aar,
            @Parameter(description = "Korrelasjons-id (valgfri; speiles i svaret)") @HeaderParam(HelserefusjonFeil.NAV_CALL_ID) String callId) {
        var person = Parameterverdier.ident(ident, "header " + Parametre.PERSON_HEADER);
        Optional<Integer> filter = aar == null || aar.isBlank() ? Optional.empty()
                : Optional.of((int) Parameterverdier.heltall(aar, "aar", 2000, 2100, null));
        List<FrikortvedtakDto> svar = service.vedtak(person, filter).stream().map(FrikortvedtakDto::fra).toList();
        return Response.ok(svar, MediaType.APPLICATION_JSON_TYPE)
                .header(HelserefusjonFeil.NAV_CALL_ID, Parametre.callId(callId, callContext.korrelasjonsid())).build();
    }

    @GET
    @Path("vedtak/{vedtakId}/brev")
    @Produces({MediaType.APPLICATION_JSON, PDF})
    @RequiresScope(SCOPE)
    @Timed(name = "frikort_brev", absolute = true, description = "Ett frikortvedtaksbrev")
    @Operation(summary = "Frikortvedtaksbrevet", description = "Metadata (Accept: application/json) eller selve brevet (Accept: "
            + PDF + "), med navn og gjeldende bostedsadresse fra Folkeregisteret. Personen i header " + Parametre.PERSON_HEADER
            + ". Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "Brevet", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrikortbrevDto.class)),
            @Content(mediaType = PDF, schema = @Schema(type = SchemaType.STRING, format = "binary"))})
    @APIResponse(responseCode = "400", description = "Manglende eller ugyldig ident, ugyldig vedtakId")
    @APIResponse(responseCode = "404", description = "Personen har ikke noe vedtak med denne id-en, eller personen finnes ikke i Folkeregisteret")
    @APIResponse(responseCode = "406", description = "Accept er verken application/json eller application/pdf")
    public Response brev(
            @Parameter(description = "Fødselsnummer eller D-nummer", required = true) @HeaderParam(Parametre.PERSON_HEADER) String ident,
            @PathParam("vedtakId") String vedtakId,
            @Parameter(description = "Korrelasjons-id (valgfri; speiles i svaret)") @HeaderParam(HelserefusjonFeil.NAV_CALL_ID) String callId,
            @jakarta.ws.rs.core.Context HttpHeaders headers) {
        var person = Parameterverdier.ident(ident, "header " + Parametre.PERSON_HEADER);
        long id = Parameterverdier.heltall(vedtakId, "vedtakId", 1, Long.MAX_VALUE, null);
        Frikortvedtak v = service.vedtak(person, id)
                .orElseThrow(() -> ApiException.notFound("Fant ikke frikortvedtak " + id + " for personen."));
        Mottaker m = folkeregister.mottaker(person)
                .orElseThrow(() -> ApiException.notFound("Personen finnes ikke i Folkeregisteret."));
        String navCallId = Parametre.callId(callId, callContext.korrelasjonsid());
        if (foretrekkerPdf(headers)) {
            return Response.ok(FrikortbrevPdf.lag(v, m), PDF)
                    .header("Content-Disposition", "inline; filename=\"frikortvedtak-" + v.vedtakId() + ".pdf\"")
                    .header(HelserefusjonFeil.NAV_CALL_ID, navCallId).build();
        }
        return Response.ok(FrikortbrevDto.fra(v, m, "/" + HelserefusjonFeil.FRIKORT + "vedtak/" + v.vedtakId() + "/brev"),
                MediaType.APPLICATION_JSON_TYPE).header(HelserefusjonFeil.NAV_CALL_ID, navCallId).build();
    }

    /** JAX-RS has already refused an Accept that allows neither type; of the two, PDF only when it ranks first. */
    private static boolean foretrekkerPdf(HttpHeaders headers) {
        for (MediaType t : headers.getAcceptableMediaTypes()) {
            if (t.isCompatible(MediaType.valueOf(PDF)) && !t.isWildcardType()) {
                return true;
            }
            if (t.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
                return false;
            }
        }
        return false;
    }
}

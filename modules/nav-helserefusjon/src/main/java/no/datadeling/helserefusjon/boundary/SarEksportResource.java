package no.datadeling.helserefusjon.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.StringReader;
import java.util.logging.Level;
import java.util.logging.Logger;
import no.datadeling.helserefusjon.control.SarService;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.feed.LagretHendelse;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.RequiresScope;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Helserefusjon SAR eksport: {@code GET {server}/helserefusjon/v1/sareksport/endringer?sekvensnummer=&antall=} (changes
 * from the consumer's last position, gap-free) and {@code GET .../samhandlere} (the whole register as NDJSON, streamed).
 * The export's {@value #POSISJON} header is the feed position read before the export's snapshot: every change up to it
 * is in the export, so a consumer continues with the changes after it (a few may already be in the export; each carries
 * the samhandler's versjon, so applying it again changes nothing). Our contract: NAV publishes none for this API.
 */
@RequestScoped
@Path(HelserefusjonFeil.SAR)
@Tag(name = "Helserefusjon SAR eksport", description = "NAV: eksport av Samhandlerregisteret (SAR) til FKR (kontrakten er vår egen)")
public class SarEksportResource {

    public static final String SCOPE = "nav:helserefusjon/v1/sareksport";
    public static final String NDJSON = "application/x-ndjson";
    public static final String POSISJON = "Nav-Sar-Sekvensnummer";
    static final int MAKS_ANTALL = 1000;
    private static final Logger LOG = Logger.getLogger(SarEksportResource.class.getName());
    private static final JsonReaderFactory LESER = Json.createReaderFactory(null);
    private static final JsonBuilderFactory BYGGER = Json.createBuilderFactory(null);

    private SarService service;
    private CallContext callContext;

    @Inject
    SarEksportResource(SarService service, CallContext callContext) {
        this.service = service;
        this.callContext = callContext;
    }

    SarEksportResource() {
        // CDI proxy
    }

    @GET
    @Path("endringer")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(SCOPE)
    @Timed(name = "sar_endringer", absolute = true, description = "Én side av SAR-endringer")
    @Operation(summary = "Endringer i SAR", description = "Fra og med sekvensnummer, høyst " + MAKS_ANTALL + " per kall, i"
            + " commit-rekkefølge; numrene er tette (1..N). Hver endring har samhandleren slik den er etter endringen. Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HelserefusjonSkjema.SarEndringsside.class)))
    @APIResponse(responseCode = "400", description = "Ugyldig sekvensnummer eller antall")
    public String endringer(
            @Parameter(description = "Første sekvensnummer (standard 1)") @QueryParam("sekvensnummer") String sekvensnummer,
            @Parameter(description = "Høyst så mange (1.." + MAKS_ANTALL + ", standard 100)") @QueryParam("antall") String antall) {
        long fra = Parameterverdier.heltall(sekvensnummer, "sekvensnummer", 1, Long.MAX_VALUE, 1L);
        int n = (int) Parameterverdier.heltall(antall, "antall", 1, MAKS_ANTALL, 100L);
        SarService.Side side = service.endringer(fra, n);
        JsonArrayBuilder liste = BYGGER.createArrayBuilder();
        for (LagretHendelse h : side.endringer()) {
            try (var r = LESER.createReader(new StringReader(h.innholdJson()))) {
                liste.add(BYGGER.createObjectBuilder().add("sekvensnummer", h.nummer()).add("type", h.type())
                        .add("tidspunkt", h.opprettet().toString()).add("samhandler", r.readObject()));
            }
        }
        return BYGGER.createObjectBuilder().add("endringer", liste).add("sisteSekvensnummer", side.sisteSekvensnummer()).build().toString();
    }

    @GET
    @Path("samhandlere")
    @Produces(NDJSON)
    @RequiresScope(SCOPE)
    @Timed(name = "sar_eksport", absolute = true, description = "Full eksport av SAR")
    @Operation(summary = "Full eksport av SAR", description = "Alle samhandlere, én JSON-linje hver (NDJSON), strømmet, sortert på"
            + " samhandlerId. Header " + POSISJON + ": fortsett med endringer etter dette sekvensnummeret. Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "NDJSON: én Samhandler per linje", content = @Content(mediaType = NDJSON,
            schema = @Schema(implementation = HelserefusjonSkjema.Samhandler.class)))
    @APIResponse(responseCode = "401", description = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Forbidden")
    public Response samhandlere(
            @Parameter(description = "Korrelasjons-id (valgfri; speiles i svaret)") @HeaderParam(HelserefusjonFeil.NAV_CALL_ID) String callId) {
        long posisjon = service.sisteSekvensnummer();
        String navCallId = Parametre.callId(callId, callContext.korrelasjonsid());
        StreamingOutput kropp = ut -> {
            try {
                long n = service.eksporter(ut);
                LOG.fine(() -> "SAR export: " + n + " rows, call " + navCallId);
            } catch (java.io.IOException | RuntimeException e) {
                // the status is sent: the client sees a cut stream; the log says why (no personal data in it)
                LOG.log(Level.WARNING, "SAR export aborted, call " + navCallId + ": " + e.getClass().getSimpleName());
                throw e;
            }
        };
        return Response.ok(kropp, NDJSON).header(POSISJON, posisjon).header(HelserefusjonFeil.NAV_CALL_ID, navCallId).build();
    }
}

package no.datadeling.helserefusjon.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.List;
import no.datadeling.helserefusjon.control.KuhrHendelseService.Utfall;
import no.datadeling.helserefusjon.control.KuhrHendelseService;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.RequiresScope;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Helserefusjon KUHR FKR hendelser: {@code POST {server}/helserefusjon/v1/kuhrfkrhendelse/hendelser} receives one event
 * or a batch ({@code {"hendelser":[...]}}, at most 500) and answers per event MOTTATT (stored, with its sekvensnummer),
 * DUPLIKAT (received before: acknowledged, not stored again) or AVVIST (with the reason; the batch's valid events are
 * kept). {@code GET .../hendelser?sekvensnummer=&antall=} reads them downstream, gap-free, in commit order. Our
 * contract: NAV publishes none for this API.
 */
@RequestScoped
@Path(HelserefusjonFeil.KUHR)
@Tag(name = "Helserefusjon KUHR FKR hendelser", description = "NAV: hendelser fra FKR til behandling i KUHR (kontrakten er vår egen)")
public class KuhrFkrHendelseResource {

    public static final String SCOPE = "nav:helserefusjon/v1/kuhrfkrhendelse";
    static final int MAKS_ANTALL = 1000;
    private static final JsonReaderFactory LESER = Json.createReaderFactory(null);
    private static final JsonBuilderFactory BYGGER = Json.createBuilderFactory(null);

    private KuhrHendelseService service;
    private CallContext callContext;

    @Inject
    KuhrFkrHendelseResource(KuhrHendelseService service, CallContext callContext) {
        this.service = service;
        this.callContext = callContext;
    }

    KuhrFkrHendelseResource() {
        // CDI proxy
    }

    @POST
    @Path("hendelser")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(SCOPE)
    @Timed(name = "kuhr_fkr_motta", absolute = true, description = "Mottak av KUHR FKR-hendelser")
    @Operation(summary = "Motta hendelser fra FKR", description = "Én hendelse, eller {\"hendelser\":[...]} med 1 til "
            + KuhrHendelseService.MAKS_PER_KALL + ". Idempotent på hendelseId. Ugyldige hendelser avvises hver for seg med"
            + " årsak; gyldige i samme kall lagres. Svaret skrives først når hendelsene er lagret. Scope " + SCOPE + ".")
    @RequestBody(required = true, description = "En bunt {\"hendelser\":[...]} eller én hendelse alene", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(oneOf = {HelserefusjonSkjema.KuhrFkrInnsending.class,
                    HelserefusjonSkjema.KuhrFkrHendelse.class})))
    @APIResponse(responseCode = "200", description = "Kvittering per hendelse (MOTTATT, DUPLIKAT eller AVVIST med årsak)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = HelserefusjonSkjema.KuhrFkrKvittering.class)))
    @APIResponse(responseCode = "400", description = "Kroppen er ikke JSON, ingen hendelser, eller flere enn " + KuhrHendelseService.MAKS_PER_KALL)
    @APIResponse(responseCode = "401", description = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Forbidden")
    public Response motta(String body,
                          @Parameter(description = "Korrelasjons-id (valgfri; speiles i svaret)") @HeaderParam(HelserefusjonFeil.NAV_CALL_ID) String callId) {
        List<JsonValue> hendelser = hendelser(body);
        String avsender = callContext.requireToken().consumer().map(Organisasjonsnummer::verdi).orElse("ukjent");
        List<Utfall> utfall = service.motta(hendelser, avsender);
        return Response.ok(kvittering(utfall), MediaType.APPLICATION_JSON_TYPE)
                .header(HelserefusjonFeil.NAV_CALL_ID, Parametre.callId(callId, callContext.korrelasjonsid())).build();
    }

    static List<JsonValue> hendelser(String body) {
        JsonStructure s;
        try (var r = LESER.createReader(new StringReader(body == null ? "" : body))) {
            s = r.read();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.invalidInput("Kroppen er ikke gyldig JSON.");
        }
        if (!(s instanceof JsonObject o)) {
            throw ApiException.invalidInput("Forventet et JSON-objekt: én hendelse eller {\"hendelser\":[...]}.");
        }
        if (!o.containsKey("hendelser")) {
            return List.of(o);
        }
        if (!(o.get("hendelser") instanceof JsonArray a) || o.size() != 1) {
            throw ApiException.invalidInput("hendelser må være en liste, og kroppen skal ikke ha andre felt.");
        }
        if (a.isEmpty() || a.size() > KuhrHendelseService.MAKS_PER_KALL) {
            throw ApiException.invalidInput("hendelser må ha fra 1 til " + KuhrHendelseService.MAKS_PER_KALL + " hendelser.");
        }
        return a;
    }

    private static String kvittering(List<Utfall> utfall) {
        JsonArrayBuilder liste = BYGGER.createArrayBuilder();
        int[] antall = new int[3];
        for (Utfall u : utfall) {
            antall[u.status().ordinal()]++;
            JsonObjectBuilder b = BYGGER.createObjectBuilder();
            if (u.hendelseId() == null) {
                b.addNull("hendelseId");
            } else {
                b.add("hendelseId", u.hendelseId());
            }
            b.add("status", u.status().name());
            if (u.sekvensnummer() != null) {
                b.add("sekvensnummer", u.sekvensnummer());
            }
            if (u.aarsak() != null) {
                b.add("aarsak", u.aarsak());
            }
            liste.add(b);
        }
        return BYGGER.createObjectBuilder().add("antallMottatt", antall[0]).add("antallDuplikater", antall[1])
                .add("antallAvvist", antall[2]).add("resultater", liste).build().toString();
    }

    @GET
    @Path("hendelser")
    @Produces(MediaType.APPLICATION_JSON)
    @RequiresScope(SCOPE)
    @Timed(name = "kuhr_fkr_les", absolute = true, description = "Én side av mottatte KUHR FKR-hendelser")
    @Operation(summary = "Les mottatte hendelser", description = "Fra og med sekvensnummer, høyst " + MAKS_ANTALL + " per kall,"
            + " i den rekkefølgen de ble lagret; numrene er tette (1..N). Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "OK", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = HelserefusjonSkjema.KuhrFkrHendelseside.class)))
    @APIResponse(responseCode = "400", description = "Ugyldig sekvensnummer eller antall")
    public String les(
            @Parameter(description = "Første sekvensnummer (standard 1)") @QueryParam("sekvensnummer") String sekvensnummer,
            @Parameter(description = "Høyst så mange (1.." + MAKS_ANTALL + ", standard 100)") @QueryParam("antall") String antall) {
        long fra = Parameterverdier.heltall(sekvensnummer, "sekvensnummer", 1, Long.MAX_VALUE, 1L);
        int n = (int) Parameterverdier.heltall(antall, "antall", 1, MAKS_ANTALL, 100L);
        KuhrHendelseService.Side side = service.les(fra, n);
        JsonArrayBuilder liste = BYGGER.createArrayBuilder();
        for (KuhrHendelseService.Lest h : side.hendelser()) {
            try (var r = LESER.createReader(new StringReader(h.hendelseJson()))) {
                liste.add(BYGGER.createObjectBuilder().add("sekvensnummer", h.sekvensnummer()).add("mottatt", h.mottatt().toString())
                        .add("hendelse", r.readObject()));
            }
        }
        return BYGGER.createObjectBuilder().add("hendelser", liste).add("sisteSekvensnummer", side.sisteSekvensnummer()).build().toString();
    }
}

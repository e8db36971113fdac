package no.datadeling.pensjon.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.util.Set;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.pensjon.control.VedtakService;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pension decisions, the only write path of NAV Pensjon here (NAV's own is Pesys, not public):
 * {@code POST {server}/admin/nav-pensjon/v1/vedtak} with {@code {"fnr","sakType","virkFom","totalbelopNetto","uttaksgrad"}}.
 * The decision publishes its vedtakshendelse to each of the person's ordninger in the same transaction. Needs scope
 * {@value #SCOPE} and {@code datadeling.admin.enabled=true} (the sandbox launcher sets it; otherwise 404).
 * {@code ?simulerFeil=true} does everything, feed numbering included, then rolls back.
 */
@RequestScoped
@Path(NavPensjonFeil.ADMIN + "v1/vedtak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Datadeling admin", description = "Pensjonsvedtak (sandkasse og drift)")
public class PensjonsvedtakAdminResource {

    public static final String SCOPE = "datadeling:admin";
    private static final Set<String> SAKTYPER = Set.of("ALDER", "AFP_PRIVAT");
    /** Made once: Json.create* looks its provider up through the ServiceLoader on every call. */
    private static final JsonReaderFactory LESER = Json.createReaderFactory(null);
    private static final JsonBuilderFactory BYGGER = Json.createBuilderFactory(null);

    private VedtakService service;

    @Inject
    PensjonsvedtakAdminResource(VedtakService service) {
        this.service = service;
    }

    PensjonsvedtakAdminResource() {
        // CDI proxy
    }

    @POST
    @RequiresScope(SCOPE)
    @Operation(summary = "Fatt et samordningspliktig pensjonsvedtak (vedtakshendelse til hver av personens ordninger)")
    public Response fatt(String body, @QueryParam("simulerFeil") String simulerFeil) {
        boolean paa = ConfigProvider.getConfig(PensjonsvedtakAdminResource.class.getClassLoader())
                .getOptionalValue("datadeling.admin.enabled", Boolean.class).orElse(false);
        if (!paa) {
            throw new ApiException(ErrorKind.UNKNOWN_URL, "Ukjent url benyttet.");
        }
        JsonObject o;
        try (var r = LESER.createReader(new StringReader(body == null ? "" : body))) {
            o = r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.invalidInput("Kroppen må være et JSON-objekt.");
        }
        var fnr = Parameterverdier.ident(tekst(o, "fnr"), "fnr");
        String sakType = Parameterverdier.paakrevd(tekst(o, "sakType"), "sakType");
        if (!SAKTYPER.contains(sakType)) {
            throw ApiException.invalidInput("Ugyldig sakType. Lovlige verdier: AFP_PRIVAT, ALDER.");
        }
        var virkFom = Parametre.dato(tekst(o, "virkFom"), "virkFom");
        int belop = (int) Parameterverdier.heltall(tall(o, "totalbelopNetto"), "totalbelopNetto", 0, 1_000_000, -1L);
        if (belop < 0) {
            throw ApiException.invalidInput("Mangler totalbelopNetto.");
        }
        int uttaksgrad = (int) Parameterverdier.heltall(tall(o, "uttaksgrad"), "uttaksgrad", 0, 100, 100L);
        boolean feil = "true".equals(simulerFeil);
        VedtakService.Fattet f = service.fatt(fnr, sakType, virkFom, belop, uttaksgrad, feil);
        JsonObjectBuilder numre = BYGGER.createObjectBuilder();
        f.sekvensnummer().forEach(numre::add);
        return Response.status(Response.Status.CREATED)
                .entity(BYGGER.createObjectBuilder().add("vedtakId", f.vedtakId()).add("sekvensnummer", numre).build().toString()).build();
    }

    private static String tekst(JsonObject o, String navn) {
        JsonValue v = o.get(navn);
        return v instanceof JsonString s ? s.getString() : null;
    }

    private static String tall(JsonObject o, String navn) {
        JsonValue v = o.get(navn);
        return v instanceof JsonNumber n ? n.toString() : v instanceof JsonString s ? s.getString() : null;
    }
}

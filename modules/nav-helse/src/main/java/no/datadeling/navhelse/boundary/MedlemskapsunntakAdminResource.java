package no.datadeling.navhelse.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.Set;
import no.datadeling.domain.medlemskap.Medlemskapsunntak;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.navhelse.control.MedlemskapsunntakService;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Changes to medlemskapsunntak, the only write path of NAV Helse here (NAV's own is MEDL's internal API, not public):
 * {@code POST/PUT {server}/admin/nav-helse/v1/medlemskapsunntak[/{periodeId}]} and {@code POST .../{periodeId}/annullering}.
 * Each change publishes its trygdehendelse in the same transaction. Needs scope {@value #SCOPE} and
 * {@code datadeling.admin.enabled=true} (the sandbox launcher sets it; off by default: 404 in production).
 * {@code ?simulerFeil=true} does the whole change, feed numbering included, then rolls back: the feed's
 * concurrency test uses it to prove that a returned number leaves no hole.
 */
@RequestScoped
@Path(NavHelseFeil.ADMIN + "v1/medlemskapsunntak")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Datadeling admin", description = "Endringer av medlemskapsunntak (sandkasse og drift)")
public class MedlemskapsunntakAdminResource {

    public static final String SCOPE = "datadeling:admin";
    /** Made once: Json.create* looks its provider up through the ServiceLoader on every call. */
    private static final JsonReaderFactory LESER = Json.createReaderFactory(null);
    private static final JsonBuilderFactory BYGGER = Json.createBuilderFactory(null);

    private MedlemskapsunntakService service;
    private CallContext callContext;

    @Inject
    MedlemskapsunntakAdminResource(MedlemskapsunntakService service, CallContext callContext) {
        this.service = service;
        this.callContext = callContext;
    }

    MedlemskapsunntakAdminResource() {
        // CDI proxy
    }

    @POST
    @RequiresScope(SCOPE)
    @Operation(summary = "Opprett et medlemskapsunntak (hendelse OPPRETTET)")
    public Response opprett(String body, @QueryParam("simulerFeil") String simulerFeil) {
        paa();
        JsonObject o = json(body);
        var ident = Parameterverdier.ident(tekst(o, "ident", null), "ident");
        var skrevet = service.opprett(ident, innhold(o), av(), Parametre.sannhetsverdi(simulerFeil, "simulerFeil"));
        return Response.status(Response.Status.CREATED).entity(svar(skrevet)).build();
    }

    @PUT
    @Path("{periodeId}")
    @RequiresScope(SCOPE)
    @Operation(summary = "Endre et medlemskapsunntak (hendelse ENDRET)")
    public String endre(@PathParam("periodeId") String periodeId, String body, @QueryParam("simulerFeil") String simulerFeil) {
        paa();
        long id = Parameterverdier.heltall(periodeId, "periodeId", 1, Long.MAX_VALUE, null);
        return svar(service.endre(id, innhold(json(body)), av(), Parametre.sannhetsverdi(simulerFeil, "simulerFeil")));
    }

    @POST
    @Path("{periodeId}/annullering")
    @RequiresScope(SCOPE)
    @Operation(summary = "Annuller et medlemskapsunntak som feilregistrert (hendelse ANNULLERT)")
    public String annuller(@PathParam("periodeId") String periodeId, @QueryParam("simulerFeil") String simulerFeil) {
        paa();
        long id = Parameterverdier.heltall(periodeId, "periodeId", 1, Long.MAX_VALUE, null);
        return svar(service.annuller(id, av(), Parametre.sannhetsverdi(simulerFeil, "simulerFeil")));
    }

    private static void paa() {
        boolean paa = ConfigProvider.getConfig(MedlemskapsunntakAdminResource.class.getClassLoader())
                .getOptionalValue("datadeling.admin.enabled", Boolean.class).orElse(false);
        if (!paa) {
            throw new ApiException(ErrorKind.UNKNOWN_URL, "Ukjent url benyttet.");
        }
    }

    private String av() {
        return callContext.requireToken().clientId().map(c -> c.length() > 50 ? c.substring(0, 50) : c).orElse("admin");
    }

    private static String svar(MedlemskapsunntakService.Skrevet s) {
        return BYGGER.createObjectBuilder().add("periodeId", s.periodeId()).add("hendelsesnummer", s.hendelsesnummer())
                .add("type", s.type().name()).build().toString();
    }

    static JsonObject json(String body) {
        try (var r = LESER.createReader(new StringReader(body == null ? "" : body))) {
            return r.readObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.invalidInput("Forventet et JSON-objekt.");
        }
    }

    /** The period's fields; MEDL's usual values where the caller leaves one out. */
    static Medlemskapsunntak.Innhold innhold(JsonObject o) {
        LocalDate fra = Parametre.dato(tekst(o, "fraOgMed", null), "fraOgMed").orElseThrow(() -> ApiException.invalidInput("Mangler fraOgMed."));
        LocalDate til = Parametre.dato(tekst(o, "tilOgMed", null), "tilOgMed").orElseThrow(() -> ApiException.invalidInput("Mangler tilOgMed."));
        Parametre.rekkefolge(java.util.Optional.of(fra), "fraOgMed", java.util.Optional.of(til), "tilOgMed");
        String grunnlag = tekst(o, "grunnlag", null);
        if (grunnlag == null) {
            throw ApiException.invalidInput("Mangler grunnlag.");
        }
        return new Medlemskapsunntak.Innhold(fra, til, kode(o, "status", "GYLD", Set.of("GYLD", "AVST", "UAVK")),
                tekst(o, "statusaarsak", null), tekst(o, "dekning", "Full"), boolsk(o, "helsedel", true), boolsk(o, "medlem", true),
                kode(o, "lovvalg", "ENDL", Set.of("ENDL", "FORL", "UAVK")), tekst(o, "lovvalgsland", null), grunnlag,
                tekst(o, "kilde", "MEDL"), tekst(o, "kildedokument", null),
                Parametre.dato(tekst(o, "besluttet", null), "besluttet").orElse(null));
    }

    private static String tekst(JsonObject o, String felt, String standard) {
        JsonValue v = o.get(felt);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return standard;
        }
        if (v.getValueType() != JsonValue.ValueType.STRING || o.getString(felt).length() > 100) {
            throw ApiException.invalidInput("Ugyldig " + felt + ".");
        }
        return o.getString(felt);
    }

    private static String kode(JsonObject o, String felt, String standard, Set<String> lovlige) {
        String v = tekst(o, felt, standard);
        if (!lovlige.contains(v)) {
            throw ApiException.invalidInput("Ugyldig " + felt + ".");
        }
        return v;
    }

    private static boolean boolsk(JsonObject o, String felt, boolean standard) {
        JsonValue v = o.get(felt);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return standard;
        }
        if (v == JsonValue.TRUE || v == JsonValue.FALSE) {
            return v == JsonValue.TRUE;
        }
        throw ApiException.invalidInput("Ugyldig " + felt + ".");
    }
}

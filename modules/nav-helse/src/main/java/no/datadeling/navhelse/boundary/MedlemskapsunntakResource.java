package no.datadeling.navhelse.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.navhelse.control.MedlemskapsunntakService;
import no.datadeling.navhelse.entity.Medlemskapsfilter;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Helse Medlemskapsunntak: {@code GET {server}/helse/v1/medlemskapsunntak} with the person in header
 * {@code Nav-Personident} (as NAV's MEDL API; never in the URL) and {@code GET .../{periodeId}}.
 */
@RequestScoped
@Path(NavHelseFeil.MEDLEMSKAPSUNNTAK)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Helse Medlemskapsunntak", description = "NAV: perioder med unntak fra medlemskap i folketrygden")
public class MedlemskapsunntakResource {

    public static final String SCOPE = "nav:helse/v1/medlemskapsunntak";
    public static final String PERSON_HEADER = "Nav-Personident";
    static final Set<String> STATUSER = Set.of("GYLD", "AVST", "UAVK");

    private MedlemskapsunntakService service;

    @Inject
    MedlemskapsunntakResource(MedlemskapsunntakService service) {
        this.service = service;
    }

    MedlemskapsunntakResource() {
        // CDI proxy
    }

    @GET
    @RequiresScope(SCOPE)
    @Timed(name = "medlemskapsunntak_oppslag", absolute = true, description = "Medlemskapsunntak for en person")
    @Operation(summary = "Medlemskapsunntak for en person", description = "Personen i header " + PERSON_HEADER + ". Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "Periodene (tom liste når personen ikke har noen)")
    @APIResponse(responseCode = "400", description = "Manglende eller ugyldig ident, ugyldig filter")
    @APIResponse(responseCode = "401", description = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Forbidden")
    public List<MedlemskapsunntakDto> hentForPerson(
            @Parameter(description = "Fødselsnummer eller D-nummer", required = true) @HeaderParam(PERSON_HEADER) String ident,
            @Parameter(description = "MED_MEDLEMSKAP eller UTEN_MEDLEMSKAP") @QueryParam("type") String type,
            @Parameter(description = "Perioder som slutter på eller etter denne datoen (ISO-8601)") @QueryParam("fraOgMed") String fraOgMed,
            @Parameter(description = "Perioder som starter på eller før denne datoen (ISO-8601)") @QueryParam("tilOgMed") String tilOgMed,
            @Parameter(description = "Bare disse statusene (GYLD, AVST, UAVK); gjentas eller kommaseparert") @QueryParam("statuser") List<String> statuser,
            @Parameter(description = "Utelat perioder fra disse kildene, f.eks. LAANEKASSEN") @QueryParam("ekskluderKilder") List<String> ekskluderKilder,
            @Parameter(description = "Ta med sporingsinformasjon (standard false)") @QueryParam("inkluderSporingsinfo") String inkluderSporingsinfo) {
        var person = Parameterverdier.ident(ident, "header " + PERSON_HEADER);
        var fra = Parametre.dato(fraOgMed, "fraOgMed");
        var til = Parametre.dato(tilOgMed, "tilOgMed");
        Parametre.rekkefolge(fra, "fraOgMed", til, "tilOgMed");
        var filter = new Medlemskapsfilter(medlem(type), fra, til, Parametre.verdier(statuser, "statuser", STATUSER),
                Parametre.verdier(ekskluderKilder, "ekskluderKilder", null));
        boolean sporing = Parametre.sannhetsverdi(inkluderSporingsinfo, "inkluderSporingsinfo");
        return service.finn(person, filter).stream().map(m -> MedlemskapsunntakDto.fra(m, sporing)).toList();
    }

    @GET
    @Path("{periodeId}")
    @RequiresScope(SCOPE)
    @Timed(name = "medlemskapsunntak_periode", absolute = true, description = "Ett medlemskapsunntak")
    @Operation(summary = "Ett medlemskapsunntak", description = "Ved periodeId (unntakId). Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "Medlemskapsunntaket")
    @APIResponse(responseCode = "400", description = "periodeId er ikke et tall")
    @APIResponse(responseCode = "404", description = "Ukjent periodeId")
    public MedlemskapsunntakDto hent(@PathParam("periodeId") String periodeId,
                                     @QueryParam("inkluderSporingsinfo") String inkluderSporingsinfo) {
        long id = Parameterverdier.heltall(periodeId, "periodeId", 1, Long.MAX_VALUE, null);
        boolean sporing = Parametre.sannhetsverdi(inkluderSporingsinfo, "inkluderSporingsinfo");
        return service.finn(id).map(m -> MedlemskapsunntakDto.fra(m, sporing))
                .orElseThrow(() -> ApiException.notFound("Fant ikke medlemskapsunntak med periodeId " + id + "."));
    }

    static Optional<Boolean> medlem(String type) {
        if (type == null || type.isBlank()) {
            return Optional.empty();
        }
        return switch (type.trim()) {
            case "MED_MEDLEMSKAP" -> Optional.of(true);
            case "UTEN_MEDLEMSKAP" -> Optional.of(false);
            default -> throw ApiException.invalidInput("Ugyldig type. Lovlige verdier: MED_MEDLEMSKAP, UTEN_MEDLEMSKAP.");
        };
    }
}

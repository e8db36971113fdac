package no.datadeling.simulering.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.simulering.control.Avslag;
import no.datadeling.simulering.control.SimuleringService;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pensjon Simuler Alderspensjon exactly as nav-simuler-alderspensjon-v3.yaml: {@code POST simuler/alderspensjon/v3}
 * (NAV: https://pensjon-gw.nav.no/simuler/alderspensjon/v3), headers {@code tp-nr} (required, the consumer's own
 * ordning) and {@code hentFullAPListe} (true/false, default false), body SimulerAlderspensjonRequestV3.
 */
@ApplicationScoped
@Path(SimuleringFeil.BASE + "v3")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Simuler alderspensjon", description = "NAV: simulering av alderspensjon fra folketrygden for brukere med TP-forhold")
@SecurityRequirement(name = "maskinporten")
public class SimulerAlderspensjonResource {

    public static final String SCOPE = SimuleringService.SCOPE;

    private SimuleringService service;

    @Inject
    SimulerAlderspensjonResource(SimuleringService service) {
        this.service = service;
    }

    SimulerAlderspensjonResource() {
        // CDI proxy
    }

    @POST
    @RequiresScope(SCOPE)
    @Timed(name = "simuler_alderspensjon", absolute = true, description = "Simulering av alderspensjon fra folketrygden")
    @Operation(operationId = "ApiSimulerAlderspensjonV3Post", summary = "Simulering av alderspensjon",
            description = "Scope " + SCOPE + ". Alderspensjon fra folketrygden (kapittel 19 og 20) for årskull 1943 og senere,"
                    + " beregnet fra personens pensjonsgivende inntekt og forespørselen.")
    @APIResponse(responseCode = "200", description = "SimulerAlderspensjonResponseV3")
    @APIResponse(responseCode = "400", description = "{code, message}; code IkkelopendeYtelse, FodtFor1943, GammeltRegelverk,"
            + " LavtTidligUttak, KortTrygdetid, SimuleringsGrunnlag eller Annet")
    @APIResponse(responseCode = "401", description = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Mangler scope, eller tp-nr tilhører ikke konsumentens organisasjon")
    public String simuler(
            @Parameter(description = "Tjenestepensjonsnummer", required = true) @HeaderParam("tp-nr") String tpnr,
            @Parameter(description = "true/false: alle perioder i alderspensjonFraFolketrygden, eller bare ved uttak")
            @HeaderParam("hentFullAPListe") String hentFullAPListe,
            InputStream kropp) {
        String tp = tpnr(tpnr);
        boolean full = hentFull(hentFullAPListe);
        var resultat = service.simuler(tp, Forespoerselleser.les(kropp));
        return Svarskriver.skriv(resultat, full);
    }

    static String tpnr(String tpnr) {
        if (tpnr == null || tpnr.isBlank()) {
            throw Avslag.Annet.feil("Header tp-nr mangler.");
        }
        String t = tpnr.strip();
        if (!t.matches("[0-9]{4}")) {
            throw Avslag.Annet.feil("Header tp-nr må være et tjenestepensjonsnummer på fire sifre.");
        }
        return t;
    }

    static boolean hentFull(String verdi) {
        if (verdi == null || verdi.isBlank() || "false".equalsIgnoreCase(verdi.strip())) {
            return false;
        }
        if ("true".equalsIgnoreCase(verdi.strip())) {
            return true;
        }
        throw Avslag.Annet.feil("Header hentFullAPListe må være true eller false.");
    }
}

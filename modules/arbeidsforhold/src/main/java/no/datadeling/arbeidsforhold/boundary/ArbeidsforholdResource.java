package no.datadeling.arbeidsforhold.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import no.datadeling.arbeidsforhold.control.ArbeidsforholdService;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.infra.security.Rettighetspakker;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Arbeidsforhold i oppdrag. Real base URL {@code https://arbeidsforholdioppdrag.api.skatteetaten.no/v1}; here
 * {@code {server}/arbeidsforholdioppdrag/v1}, with the rights package as the first path segment after the version
 * (Skatteetaten: "Rettighetspakke må nå oppgis ved kall").
 */
@ApplicationScoped // stateless: one instance, so per-request construction (and metric registration) is avoided
@Path(ArbeidsforholdFeil.BASE_PATH + "v1/{rettighetspakke}")
@Produces({MediaType.APPLICATION_JSON, MediaType.APPLICATION_XML})
@Tag(name = "Arbeidsforhold i oppdrag", description = "Skatteetaten: arbeidsforhold mellom oppdragsgiver og arbeidstaker")
public class ArbeidsforholdResource {

    public static final String SCOPE = "skatteetaten:arbeidsforhold";
    static final Set<String> RETTIGHETSPAKKER = Set.of("arbeidstilsynetHmsKort");

    private ArbeidsforholdService service;
    private Rettighetspakker rettighetspakker;

    @Inject
    ArbeidsforholdResource(ArbeidsforholdService service, Rettighetspakker rettighetspakker) {
        this.service = service;
        this.rettighetspakker = rettighetspakker;
    }

    ArbeidsforholdResource() {
        // CDI proxy
    }

    @GET
    @Path("oppdragsgiver/{organisasjonsnummer}/arbeidstaker/{foedselsEllerDNummer}")
    @RequiresScope(SCOPE)
    @Timed(name = "arbeidsforhold_oppslag", absolute = true, description = "Oppslag av arbeidsforhold i oppdrag")
    @Operation(summary = "Arbeidsforhold mellom oppdragsgiver og arbeidstaker",
            description = "Om det foreligger et arbeidsforhold, og periodene for det. Maskinporten-scope " + SCOPE
                    + "; virksomheten må ha rettighetspakken (arbeidstilsynetHmsKort).")
    @SecurityRequirement(name = "maskinporten", scopes = SCOPE)
    @APIResponse(responseCode = "200", description = "Arbeidsforholdet med perioder",
            content = {@Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArbeidsforholdSvar.class)),
                       @Content(mediaType = MediaType.APPLICATION_XML, schema = @Schema(implementation = ArbeidsforholdSvar.class))})
    @APIResponse(responseCode = "400", description = "ARBEIDSFORHOLD-006: ugyldig organisasjonsnummer eller fødselsnummer/D-nummer")
    @APIResponse(responseCode = "401", description = "ARBEIDSFORHOLD-004: manglende eller ugyldig token")
    @APIResponse(responseCode = "403", description = "ARBEIDSFORHOLD-005: mangler scope eller tilgang til rettighetspakken")
    @APIResponse(responseCode = "404", description = "ARBEIDSFORHOLD-007: fant ikke arbeidsforhold; ARBEIDSFORHOLD-003: ukjent url")
    @APIResponse(responseCode = "406", description = "ARBEIDSFORHOLD-008: Accept er ikke application/json eller application/xml")
    @APIResponse(responseCode = "500", description = "ARBEIDSFORHOLD-001: uventet feil; ARBEIDSFORHOLD-002: feil i bakenforliggende system")
    public ArbeidsforholdSvar hent(
            @Parameter(description = "Rettighetspakke", example = "arbeidstilsynetHmsKort") @PathParam("rettighetspakke") String rettighetspakke,
            @Parameter(description = "Oppdragsgivers organisasjonsnummer (9 siffer)") @PathParam("organisasjonsnummer") String organisasjonsnummer,
            @Parameter(description = "Arbeidstakers fødselsnummer eller D-nummer (11 siffer)") @PathParam("foedselsEllerDNummer") String foedselsEllerDNummer) {
        if (!RETTIGHETSPAKKER.contains(rettighetspakke)) {
            throw new ApiException(ErrorKind.UNKNOWN_URL, "Ukjent url benyttet: ukjent rettighetspakke.");
        }
        rettighetspakker.krev(rettighetspakke);
        if (!Organisasjonsnummer.isValid(organisasjonsnummer)) {
            throw ApiException.invalidInput("Ugyldig organisasjonsnummer for oppdragsgiver.");
        }
        var arbeidstaker = Foedselsnummer.parse(foedselsEllerDNummer)
                .orElseThrow(() -> ApiException.invalidInput("Ugyldig fødselsnummer eller D-nummer for arbeidstaker."));
        var funnet = service.finn(Organisasjonsnummer.of(organisasjonsnummer), arbeidstaker);
        ArbeidsforholdSvar svar = new ArbeidsforholdSvar();
        svar.aktiv = funnet.aktiv() ? "JA" : "NEI";
        funnet.perioder().forEach(p -> svar.perioder.add(new ArbeidsforholdSvar.Periode(p.startdato().toString(),
                p.sluttdato().map(Object::toString).orElse(null))));
        return svar;
    }
}

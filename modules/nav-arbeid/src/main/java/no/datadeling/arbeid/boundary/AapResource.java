package no.datadeling.arbeid.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import no.datadeling.arbeid.control.AapService;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.security.RequiresScope;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Arbeid Arbeidsavklaringspenger: {@code GET {server}/arbeid/v1/aap/vedtak} (finnVedtakListe) and
 * {@code GET .../meldekort} (finnMeldekortListe), person in header {@code fnr} (as NAV's other consent APIs: never in
 * the URL), consent in header {@code NAV-Samtykke-Token} (Altinn 2, 5252_X) or in the Maskinporten token (Altinn 3).
 */
@RequestScoped
@Path(NavArbeidFeil.AAP)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Arbeid Arbeidsavklaringspenger", description = "NAV: AAP-vedtak og meldekort med samtykke; hvert uttrekk logges")
public class AapResource {

    public static final String SCOPE = AapService.TJENESTE;
    public static final String SAMTYKKE_HEADER = "NAV-Samtykke-Token";

    private AapService service;

    @Inject
    AapResource(AapService service) {
        this.service = service;
    }

    AapResource() {
        // CDI proxy
    }

    @GET
    @Path("vedtak")
    @RequiresScope(SCOPE)
    @Timed(name = "aap_vedtak", absolute = true, description = "AAP-vedtak med samtykke (logget)")
    @Operation(operationId = "finnVedtakListe", summary = "Finn AAP-vedtak for en person",
            description = "Vedtak som overlapper [fomDato, tomDato] returneres hele, klippet til samtykkeperioden. Scope " + SCOPE
                    + "; samtykke Altinn 2 (5252_X, X ≥ 1) eller Altinn 3.")
    @APIResponse(responseCode = "200", description = "Vedtakene; tom liste når personen ikke har AAP")
    @APIResponse(responseCode = "400", description = "Ugyldig input i forespørselen (fnr, datoer).")
    @APIResponse(responseCode = "401", description = "Konsumenten mangler gyldig aksesstoken.")
    @APIResponse(responseCode = "403", description = "Scope mangler, samtykket er ugyldig, eller perioden ligger utenfor samtykkeperioden (kode SAMTYKKE_*)")
    @APIResponse(responseCode = "500", description = "Intern feil (også når uttrekket ikke kunne logges: da utleveres ingenting).")
    public AapSvar.Vedtaksliste vedtak(
            @Parameter(description = "Fødselsnummer eller D-nummer", required = true) @HeaderParam("fnr") String fnr,
            @Parameter(description = "Fra og med (ISO-8601); standard: samtykkeperiodens start") @QueryParam("fomDato") String fomDato,
            @Parameter(description = "Til og med (ISO-8601); standard: samtykkeperiodens slutt") @QueryParam("tomDato") String tomDato,
            @Parameter(description = "Altinn 2-samtykketoken (JWT)") @HeaderParam(SAMTYKKE_HEADER) String samtykke) {
        var fom = dato(fomDato, "fomDato");
        var tom = dato(tomDato, "tomDato");
        return AapSvar.vedtak(service.vedtak(ident(fnr), fom, tom, Optional.ofNullable(samtykke)));
    }

    @GET
    @Path("meldekort")
    @RequiresScope(SCOPE)
    @Timed(name = "aap_meldekort", absolute = true, description = "AAP-meldekort med samtykke (logget)")
    @Operation(operationId = "finnMeldekortListe", summary = "Finn AAP-meldekort for en person",
            description = "Meldekort som overlapper [fomDato, tomDato] returneres hele, klippet til samtykkeperioden. Scope " + SCOPE
                    + "; samtykke Altinn 2 (5252_X, X ≥ 1) eller Altinn 3.")
    @APIResponse(responseCode = "200", description = "Meldekortene; tom liste når personen ikke har AAP")
    @APIResponse(responseCode = "400", description = "Ugyldig input i forespørselen (fnr, datoer).")
    @APIResponse(responseCode = "401", description = "Konsumenten mangler gyldig aksesstoken.")
    @APIResponse(responseCode = "403", description = "Scope mangler, samtykket er ugyldig, eller perioden ligger utenfor samtykkeperioden (kode SAMTYKKE_*)")
    @APIResponse(responseCode = "500", description = "Intern feil (også når uttrekket ikke kunne logges: da utleveres ingenting).")
    public AapSvar.Meldekortliste meldekort(
            @Parameter(description = "Fødselsnummer eller D-nummer", required = true) @HeaderParam("fnr") String fnr,
            @Parameter(description = "Fra og med (ISO-8601); standard: samtykkeperiodens start") @QueryParam("fomDato") String fomDato,
            @Parameter(description = "Til og med (ISO-8601); standard: samtykkeperiodens slutt") @QueryParam("tomDato") String tomDato,
            @Parameter(description = "Altinn 2-samtykketoken (JWT)") @HeaderParam(SAMTYKKE_HEADER) String samtykke) {
        var fom = dato(fomDato, "fomDato");
        var tom = dato(tomDato, "tomDato");
        return AapSvar.meldekort(service.meldekort(ident(fnr), fom, tom, Optional.ofNullable(samtykke)));
    }

    /** Values read by hand: a malformed one is a 400 in NAV's format naming the parameter, never echoing it. */
    private static Foedselsnummer ident(String fnr) {
        if (fnr == null || fnr.isBlank()) {
            throw ApiException.invalidInput("Mangler header fnr.");
        }
        return Foedselsnummer.parse(fnr.trim()).orElseThrow(() -> ApiException.invalidInput("Ugyldig fødselsnummer eller D-nummer i header fnr."));
    }

    private static Optional<LocalDate> dato(String verdi, String navn) {
        if (verdi == null || verdi.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(verdi.trim()));
        } catch (DateTimeParseException e) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet dato på formatet ÅÅÅÅ-MM-DD.");
        }
    }
}

package no.datadeling.navhelse.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.navhelse.control.UforeService;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Helse Uføreopplysninger exactly as nav-uforeopplysninger.yaml: {@code GET {server}/dsop-ufo/uforeopplysninger}
 * (NAV: https://pensjon-gw.nav.no/dsop-ufo/uforeopplysninger), person in header {@code fnr}, consent in header
 * {@code NAV-Samtykke-Token} (Altinn 2) or in the Maskinporten token's authorization_details (Altinn 3).
 */
@RequestScoped
@Path(NavHelseFeil.DSOP_UFO + "uforeopplysninger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Helse Uføreopplysninger", description = "NAV: uføreopplysninger med samtykke; hvert uttrekk logges")
public class UforeopplysningerResource {

    public static final String SCOPE = UforeService.TJENESTE;
    public static final String SAMTYKKE_HEADER = "NAV-Samtykke-Token";

    private UforeService service;

    @Inject
    UforeopplysningerResource(UforeService service) {
        this.service = service;
    }

    UforeopplysningerResource() {
        // CDI proxy
    }

    @GET
    @RequiresScope(SCOPE)
    @Timed(name = "uforeopplysninger_oppslag", absolute = true, description = "Uføreopplysninger med samtykke (logget)")
    @Operation(operationId = "hentUforeopplysninger", summary = "uforeopplysninger",
            description = "Returnerer periodisert uføreopplysninger for en person representert med fnr eller dnr. Scope " + SCOPE
                    + "; samtykke Altinn 2 (5252_2 / 5252_3) eller Altinn 3 (nav_samtykke_dsop_aap-ufore).")
    @APIResponse(responseCode = "200", description = "Uføreopplysningene; også når personen ikke finnes i fagsystemet (IKKE_SOKT)")
    @APIResponse(responseCode = "400", description = "Ugyldig input i forespørselen.")
    @APIResponse(responseCode = "401", description = "Konsumenten mangler gyldig aksesstoken.")
    @APIResponse(responseCode = "403", description = "Scope, samtykketoken, utsteder, ValidToDate, CoveredBy, OfferedBy,"
            + " tjenestekode eller periode utenfor samtykket (kode SAMTYKKE_*)")
    @APIResponse(responseCode = "500", description = "Intern feil i tjenesten (også når uttrekket ikke kunne logges: da utleveres ingenting).")
    public UforedataProdusentDTO hent(
            @Parameter(description = "Fødselsnummer eller Dnr til brukeren som det spørres på.", required = true) @HeaderParam("fnr") String fnr,
            @Parameter(description = "Fra-og-med-dato (ISO-8601); standard: samtykkeperiodens startdato") @QueryParam("fomDato") String fomDato,
            @Parameter(description = "Til-og-med-dato (ISO-8601); standard: samtykkeperiodens sluttdato") @QueryParam("tomDato") String tomDato,
            @Parameter(description = "Brukes kun for Altinn 2. JWT-samtykketoken utstedt av Altinn.") @HeaderParam(SAMTYKKE_HEADER) String samtykke) {
        var person = Parameterverdier.ident(fnr, "header fnr");
        var fom = Parametre.dato(fomDato, "fomDato");
        var tom = Parametre.dato(tomDato, "tomDato");
        Parametre.rekkefolge(fom, "fomDato", tom, "tomDato");
        return UforedataProdusentDTO.fra(service.hent(person, fom, tom, Optional.ofNullable(samtykke)));
    }
}

package no.datadeling.verktoy.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import no.datadeling.domain.verktoy.Kodeverk;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.verktoy.control.Guid;
import no.datadeling.verktoy.control.KatalogFilter;
import no.datadeling.verktoy.control.KatalogService;
import no.datadeling.verktoy.control.Parametre;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Verktøymetadataliste, Verktøymetadata and Verktøysøk: the Verktøykatalog, read with HelseID scope verktoykatalog_read. */
@ApplicationScoped
@Path(VerktoyFeil.BASE_PATH + "v1/SelvstendigVerktoy")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Helsenorge Verktøy", description = "Verktøykatalogen, utsending av verktøy, veiledningstjeneste og behandler")
public class SelvstendigVerktoyResource {

    public static final String SCOPE = "verktoykatalog_read";

    private KatalogService katalog;

    @Inject
    SelvstendigVerktoyResource(KatalogService katalog) {
        this.katalog = katalog;
    }

    SelvstendigVerktoyResource() {
        // CDI proxy
    }

    @GET
    @RequiresScope(SCOPE)
    @Timed(name = "verktoy_liste", absolute = true, description = "Verktøymetadataliste")
    @Operation(summary = "Verktøymetadataliste", description = "Verktøy med metadata, filtrert og sidevis (standard 10, maks 50 per side), "
            + "sortert på navn. Listeparametrene kan gjentas; innen en parameter holder én verdi, mellom parametrene må alle stemme.")
    @SecurityRequirement(name = "helseid", scopes = SCOPE)
    @APIResponse(responseCode = "200", description = "Verktøyene på siden (tom liste etter siste side)")
    @APIResponse(responseCode = "400", description = "VK-001206 ugyldig sidestørrelse; VER-000204 udefinert enum-verdi")
    public List<VerktoyMetadata> liste(
            @Parameter(description = "Fagområder: 1 somatisk helse, 2 psykisk helse, 3 rus og avhengighet") @QueryParam("Fagomrader") List<String> fagomrader,
            @Parameter(description = "SNOMED CT-koder") @QueryParam("Klassifiseringer") List<String> klassifiseringer,
            @Parameter(description = "Målgrupper: 1 barn, 2 ungdom, 3 voksne, 4 eldre") @QueryParam("Malgrupper") List<String> malgrupper,
            @Parameter(description = "Språk: 1 nb-NO, 2 nn-NO, 3 en-GB, 4 se-NO") @QueryParam("Sprak") List<String> sprak,
            @Parameter(description = "true: innbygger kan selv legge det til; false: krever tilsending fra behandler") @QueryParam("KanLeggesTilAvInnbygger") String kanLeggesTil,
            @Parameter(description = "true: åpent uten innlogging; false: krever innlogging") @QueryParam("KunAnonymTilgang") String kunAnonym,
            @Parameter(description = "Side, fra 1") @QueryParam("Sidereferanse") String sidereferanse,
            @Parameter(description = "Verktøy per side, 1-50 (standard 10)") @QueryParam("AntallVerktoy") String antallVerktoy) {
        KatalogFilter filter = new KatalogFilter(
                Parametre.koder(fagomrader, Kodeverk.Fagomrade.class, "Fagomrader"),
                Parametre.tekster(klassifiseringer),
                Parametre.koder(malgrupper, Kodeverk.Malgruppe.class, "Malgrupper"),
                Parametre.koder(sprak, Kodeverk.Sprak.class, "Sprak"),
                Parametre.bool(kanLeggesTil, "KanLeggesTilAvInnbygger"),
                Parametre.bool(kunAnonym, "KunAnonymTilgang"));
        int antall = Parametre.antallVerktoy(antallVerktoy);
        return katalog.liste(filter, Parametre.sidereferanse(sidereferanse), antall).stream().map(VerktoyMetadata::av).toList();
    }

    @GET
    @Path("SokSelvstendigVerktoy")
    @RequiresScope(SCOPE)
    @Timed(name = "verktoy_sok", absolute = true, description = "Verktøysøk")
    @Operation(summary = "Verktøysøk", description = "Verktøy der et ord i navnet eller i søkeordene begynner med SokeOrd (3-256 tegn), "
            + "sortert på navn; RowCount (standard og maks 50) begrenser antallet.")
    @SecurityRequirement(name = "helseid", scopes = SCOPE)
    @APIResponse(responseCode = "200", description = "Treff med VerktoyId og Navn")
    @APIResponse(responseCode = "400", description = "VER-000205 tomt søkeord; VER-000254 for kort eller for langt; VK-001206 ugyldig RowCount")
    public List<Svar.SokTreff> sok(@QueryParam("SokeOrd") String sokeOrd, @QueryParam("RowCount") String rowCount) {
        String ord = Parametre.sokeord(sokeOrd);
        return katalog.sok(ord, Parametre.rowCount(rowCount)).stream()
                .map(t -> new Svar.SokTreff(t.verktoyId().toString(), t.navn())).toList();
    }

    @GET
    @Path("{guid}")
    @RequiresScope(SCOPE)
    @Timed(name = "verktoy_metadata", absolute = true, description = "Verktøymetadata")
    @Operation(summary = "Verktøymetadata", description = "Alle metadata for ett verktøy.")
    @SecurityRequirement(name = "helseid", scopes = SCOPE)
    @APIResponse(responseCode = "200", description = "Verktøyets metadata")
    @APIResponse(responseCode = "400", description = "VER-000209 ugyldig id")
    @APIResponse(responseCode = "404", description = "VK-001126 fant ingen verktøy med angitt id")
    public VerktoyMetadata hent(@Parameter(description = "Verktøyets id (guid)") @PathParam("guid") String guid) {
        return VerktoyMetadata.av(katalog.hent(Guid.kreve(guid, "guid")));
    }
}

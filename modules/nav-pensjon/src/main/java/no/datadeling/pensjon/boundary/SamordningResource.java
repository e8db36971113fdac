package no.datadeling.pensjon.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import no.datadeling.domain.pensjon.Samordning;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.pensjon.control.SamordningService;
import no.datadeling.pensjon.control.TpTilgang;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Pensjon Samordningspliktige hendelser exactly as nav-samordning-hendelser.yaml: {@code GET {server}/samordning/hendelser[/vedtak|/ytelser|/personer|/manglendeRefusjonskrav]}
 * (NAV: https://pensjon-gw.nav.no/samordning/hendelser/...). Each feed is numbered 1..N per tpnr without gaps, in
 * commit order. Paging: page {@code side} holds up to {@code antall} events from number
 * {@code sekvensnummer + side * antall} on; {@code nextUrl} is the next page, null on the last.
 */
@RequestScoped
@Path(NavPensjonFeil.SAMORDNING + "hendelser")
@Produces(SamordningResource.JSON)
@Tag(name = "Pensjon Samordningspliktige hendelser", description = "NAV: hendelseskøer per tjenestepensjonsordning")
public class SamordningResource {

    public static final String SCOPE = "nav:pensjon/v1/samordning";
    static final String JSON = "application/json;charset=UTF-8";

    private SamordningService service;
    private TpTilgang tilgang;

    @Inject
    SamordningResource(SamordningService service, TpTilgang tilgang) {
        this.service = service;
        this.tilgang = tilgang;
    }

    SamordningResource() {
        // CDI proxy
    }

    @GET
    @RequiresScope(SCOPE)
    @Timed(name = "samordning_hendelser_side", absolute = true, description = "Én side samordningspliktige vedtakshendelser (utgått endepunkt)")
    @Operation(operationId = "HendelserGet", summary = "Les samordningspliktige hendelser. ERSTATTET AV /hendelser/vedtak",
            description = "Samme feed som /hendelser/vedtak. Scope " + SCOPE + ".", deprecated = true)
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Ugyldig parameter (tpnr mangler eller er ikke fire siffer, side, antall eller sekvensnummer ugyldig)")
    @APIResponse(responseCode = "401", description = "Ugyldig access token")
    @APIResponse(responseCode = "403", description = "Scope mangler, eller konsumentens organisasjon eier ikke tpnr")
    @APIResponse(responseCode = "500", description = "Internal Server Error")
    public String hendelser(@Parameter(description = "Id for ordning som vedtaket tilhører", required = true) @QueryParam("tpnr") String tpnr,
                            @Parameter(description = "Sidenummer for paginert søk (standard 0).") @QueryParam("side") String side,
                            @Parameter(description = "Antall hendelser per side (1..10000, standard 10000).") @QueryParam("antall") String antall,
                            @Parameter(description = "Start innlesningen fra dette sekvensnummeret (standard 1).") @QueryParam("sekvensnummer") String sekvensnummer,
                            @Context UriInfo uri) {
        return side(Samordning.VEDTAK, tpnr, side, antall, sekvensnummer, uri);
    }

    @GET
    @Path("vedtak")
    @RequiresScope(SCOPE)
    @Timed(name = "samordning_vedtak_side", absolute = true, description = "Én side vedtakshendelser")
    @Operation(operationId = "HendelserVedtakGet", summary = "Les samordningspliktige hendelser for vedtak fattet av NAV.",
            description = "Hendelser for vedtak fattet av NAV som påvirker en angitt tjenestepensjonsordning. Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Ugyldig parameter")
    @APIResponse(responseCode = "401", description = "Ugyldig access token")
    @APIResponse(responseCode = "403", description = "Scope mangler, eller konsumentens organisasjon eier ikke tpnr")
    @APIResponse(responseCode = "500", description = "Internal Server Error")
    public String vedtak(@Parameter(description = "Id for ordning som vedtaket vedrører", required = true) @QueryParam("tpnr") String tpnr,
                         @Parameter(description = "Sidenummer for paginert søk (standard 0).") @QueryParam("side") String side,
                         @Parameter(description = "Antall hendelser per side (1..10000, standard 10000).") @QueryParam("antall") String antall,
                         @Parameter(description = "Start innlesningen fra dette sekvensnummeret (standard 1).") @QueryParam("sekvensnummer") String sekvensnummer,
                         @Context UriInfo uri) {
        return side(Samordning.VEDTAK, tpnr, side, antall, sekvensnummer, uri);
    }

    @GET
    @Path("ytelser")
    @RequiresScope(SCOPE)
    @Timed(name = "samordning_ytelser_side", absolute = true, description = "Én side ytelseshendelser")
    @Operation(operationId = "HendelserYtelserGet", summary = "Les hendelser for tjenestepensjonordning.",
            description = "Hendelser for ytelser som er registrert hos andre tjenestepensjonsordninger. Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Ugyldig parameter")
    @APIResponse(responseCode = "401", description = "Ugyldig access token")
    @APIResponse(responseCode = "403", description = "Scope mangler, eller konsumentens organisasjon eier ikke tpnr")
    @APIResponse(responseCode = "500", description = "Internal Server Error")
    public String ytelser(@Parameter(description = "Id for ordning som ytelsen(e) vedrører.", required = true) @QueryParam("tpnr") String tpnr,
                          @Parameter(description = "Sidenummer for paginert søk (standard 0).") @QueryParam("side") String side,
                          @Parameter(description = "Antall hendelser per side (1..10000, standard 10000).") @QueryParam("antall") String antall,
                          @Parameter(description = "Start innlesningen fra dette sekvensnummeret (standard 1).") @QueryParam("sekvensnummer") String sekvensnummer,
                          @Context UriInfo uri) {
        return side(Samordning.YTELSER, tpnr, side, antall, sekvensnummer, uri);
    }

    @GET
    @Path("personer")
    @RequiresScope(SCOPE)
    @Timed(name = "samordning_personer_side", absolute = true, description = "Én side personendringer")
    @Operation(operationId = "HendelserPersonerGet", summary = "Les hendelser for personendringer.",
            description = "Personendringer (SIVILSTAND, FODSELSNUMMER, ADRESSE, DOEDSFALL) fra Nav. Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Ugyldig parameter")
    @APIResponse(responseCode = "401", description = "Ugyldig access token")
    @APIResponse(responseCode = "403", description = "Scope mangler, eller konsumentens organisasjon eier ikke tpnr")
    @APIResponse(responseCode = "500", description = "Internal Server Error")
    public String personer(@Parameter(description = "Id for ordning som personendringer vedrører.", required = true) @QueryParam("tpnr") String tpnr,
                           @Parameter(description = "Sidenummer for paginert søk (standard 0).") @QueryParam("side") String side,
                           @Parameter(description = "Antall hendelser per side (1..10000, standard 10000).") @QueryParam("antall") String antall,
                           @Parameter(description = "Start innlesningen fra dette sekvensnummeret (standard 1).") @QueryParam("sekvensnummer") String sekvensnummer,
                           @Context UriInfo uri) {
        return side(Samordning.PERSONER, tpnr, side, antall, sekvensnummer, uri);
    }

    @GET
    @Path("manglendeRefusjonskrav")
    @RequiresScope(SCOPE)
    @Timed(name = "samordning_manglende_refusjonskrav_side", absolute = true, description = "Én side manglende refusjonskrav")
    @Operation(operationId = "HendelserManglendeRefusjonskravGet",
            summary = "Les hendelser for manglende refusjonskrav (purring på samordningpliktige vedtak).",
            description = "Purringer på samordningspliktige vedtak. Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Ugyldig parameter")
    @APIResponse(responseCode = "401", description = "Ugyldig access token")
    @APIResponse(responseCode = "403", description = "Scope mangler, eller konsumentens organisasjon eier ikke tpnr")
    @APIResponse(responseCode = "500", description = "Internal Server Error")
    public String manglendeRefusjonskrav(
            @Parameter(description = "Id for ordning som manglende refusjonskrav (purring) vedrører.", required = true) @QueryParam("tpnr") String tpnr,
            @Parameter(description = "Sidenummer for paginert søk (standard 0).") @QueryParam("side") String side,
            @Parameter(description = "Antall hendelser per side (1..10000, standard 10000).") @QueryParam("antall") String antall,
            @Parameter(description = "Start innlesningen fra dette sekvensnummeret (standard 1).") @QueryParam("sekvensnummer") String sekvensnummer,
            @Context UriInfo uri) {
        return side(Samordning.MANGLENDE_REFUSJONSKRAV, tpnr, side, antall, sekvensnummer, uri);
    }

    private String side(String kind, String tpnrParam, String sideParam, String antallParam, String sekvensnummerParam, UriInfo uri) {
        String tpnr = Parametre.tpnr(tpnrParam, "tpnr");
        int side = (int) Parameterverdier.heltall(sideParam, "side", 0, Integer.MAX_VALUE, 0L);
        int antall = (int) Parameterverdier.heltall(antallParam, "antall", 1, SamordningService.MAKS_ANTALL, (long) SamordningService.MAKS_ANTALL);
        long sekvensnummer = Parameterverdier.heltall(sekvensnummerParam, "sekvensnummer", 0, Long.MAX_VALUE, 1L);
        long fra;
        try {
            fra = Math.addExact(sekvensnummer, Math.multiplyExact((long) side, antall));
        } catch (ArithmeticException e) {
            throw ApiException.invalidInput("sekvensnummer og side peker forbi største mulige sekvensnummer.");
        }
        tilgang.krevEier(tpnr);
        SamordningService.Side s = service.les(kind, tpnr, fra, antall);
        String neste = s.flere() ? uri.getRequestUriBuilder().replaceQueryParam("tpnr", tpnr)
                .replaceQueryParam("sekvensnummer", sekvensnummer).replaceQueryParam("antall", antall)
                .replaceQueryParam("side", side + 1).build().toString() : null;
        return Feedsvar.json(kind, s, neste);
    }
}

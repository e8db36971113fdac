package no.datadeling.navhelse.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import no.datadeling.domain.medlemskap.Hjemmelgruppe;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.Parameterverdier;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.navhelse.control.TrygdehendelseService;
import no.datadeling.navhelse.entity.Trygdehendelse;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Helse Trygdehendelser: {@code GET {server}/helse/v1/trygdehendelser/hendelser?hendelsesnummer=&antallHendelser=&hjemmelgruppe=}
 * (NAV: https://api.nav.no/helse/v1/trygdehendelser/hendelser). Numbers are dense and in commit order: a consumer
 * keeps its own pointer, asks from "last seen + 1" and never misses an event.
 */
@RequestScoped
@Path(NavHelseFeil.TRYGDEHENDELSER)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Helse Trygdehendelser", description = "NAV: hendelser om medlemskap i folketrygden")
public class TrygdehendelserResource {

    public static final String SCOPE = "nav:helse/v1/trygdehendelser";
    /** When antallHendelser is not given: a full page (NAV's own default is not published). */
    static final int STANDARD_ANTALL = TrygdehendelseService.MAKS_ANTALL;
    private static final DateTimeFormatter TID = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Europe/Oslo"));

    private TrygdehendelseService service;

    @Inject
    TrygdehendelserResource(TrygdehendelseService service) {
        this.service = service;
    }

    TrygdehendelserResource() {
        // CDI proxy
    }

    @GET
    @Path("hendelser")
    @RequiresScope(SCOPE)
    @Timed(name = "trygdehendelser_side", absolute = true, description = "Én side av trygdehendelser")
    @Operation(summary = "Hent hendelser fra kø.", description = "Hendelser fra og med hendelsesnummer, maksimalt 100 per"
            + " forespørsel, filtrert på hjemmelgruppe. Scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "400", description = "Ugyldig parameter (hendelsesnummer mangler, antallHendelser utenfor 1..100, ukjent hjemmelgruppe)")
    @APIResponse(responseCode = "401", description = "Unauthorized")
    @APIResponse(responseCode = "403", description = "Forbidden")
    public TrygdehendelseSvar hent(
            @Parameter(description = "Hendelsesnummer man ønsker å hente fra og med.", required = true) @QueryParam("hendelsesnummer") String hendelsesnummer,
            @Parameter(description = "Antall hendelser (1..100, standard 100).") @QueryParam("antallHendelser") String antallHendelser,
            @Parameter(description = "EOS, OEVRIGE eller ALLE (standard; begge).") @QueryParam("hjemmelgruppe") String hjemmelgruppe) {
        long fra = Parameterverdier.heltall(hendelsesnummer, "hendelsesnummer", 0, Long.MAX_VALUE, null);
        int antall = (int) Parameterverdier.heltall(antallHendelser, "antallHendelser", 1, TrygdehendelseService.MAKS_ANTALL,
                (long) STANDARD_ANTALL);
        TrygdehendelseService.Side side = service.hent(fra, antall, grupper(hjemmelgruppe));
        TrygdehendelseSvar svar = new TrygdehendelseSvar();
        side.hendelser().forEach(h -> svar.hendelser.add(tilDto(h)));
        svar.antallHendelser = svar.hendelser.size();
        svar.totaltAntallHendelser = side.totalt();
        return svar;
    }

    static List<Hjemmelgruppe> grupper(String hjemmelgruppe) {
        if (hjemmelgruppe == null || hjemmelgruppe.isBlank() || "ALLE".equals(hjemmelgruppe.trim())) {
            return List.of();
        }
        return switch (hjemmelgruppe.trim()) {
            case "EOS" -> List.of(Hjemmelgruppe.EOS);
            case "OEVRIGE" -> List.of(Hjemmelgruppe.OEVRIGE);
            default -> throw ApiException.invalidInput("Ugyldig hjemmelgruppe. Lovlige verdier: EOS, OEVRIGE, ALLE.");
        };
    }

    private static TrygdehendelseSvar.Hendelse tilDto(Trygdehendelse h) {
        var dto = new TrygdehendelseSvar.Hendelse();
        dto.hendelsesnummer = h.hendelsesnummer();
        dto.type = h.type().name();
        dto.innhold = new TrygdehendelseSvar.Innhold();
        dto.innhold.periodeId = h.periodeId();
        dto.innhold.personident = h.personident();
        dto.metadata = new TrygdehendelseSvar.Metadata();
        dto.metadata.hjemmelgruppe = h.hjemmelgruppe().name();
        dto.metadata.opprettetDato = TID.format(h.opprettet());
        return dto;
    }
}

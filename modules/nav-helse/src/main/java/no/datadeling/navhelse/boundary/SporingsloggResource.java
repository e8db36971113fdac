package no.datadeling.navhelse.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import no.datadeling.infra.audit.AuditEntry;
import no.datadeling.infra.security.RequiresScope;
import no.datadeling.navhelse.control.InnsynService;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The citizen's log of uføre disclosures about themselves: {@code GET {server}/dsop-ufo/sporingslogg} with an
 * ID-porten token (scope {@value #SCOPE}, our choice: NAV shows this log on nav.no, not through an API) whose
 * {@code pid} is the person. Newest first; who received what, when and why; never the data.
 */
@RequestScoped
@Path(NavHelseFeil.DSOP_UFO + "sporingslogg")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Helse Uføreopplysninger")
public class SporingsloggResource {

    public static final String SCOPE = "nav:helse/v1/sporingslogg";
    private static final DateTimeFormatter TID = DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Europe/Oslo"));

    private InnsynService service;

    @Inject
    SporingsloggResource(InnsynService service) {
        this.service = service;
    }

    SporingsloggResource() {
        // CDI proxy
    }

    @JsonbPropertyOrder({"tidspunkt", "tjeneste", "mottaker", "leverandoer", "klient", "kategorier", "samtykkeId", "korrelasjonsid"})
    @Schema(name = "Sporingslogginnslag", description = "Ett uttrekk av uføreopplysninger om innbyggeren")
    public static class Innslag {
        @Schema(format = "date-time")
        public String tidspunkt;
        @Schema(description = "Tjenesten det ble hentet fra")
        public String tjeneste;
        @Schema(description = "Organisasjonsnummeret til virksomheten som fikk opplysningene")
        public String mottaker;
        @Schema(description = "Leverandør som hentet på vegne av mottakeren, om noen")
        public String leverandoer;
        @Schema(description = "Mottakerens klient (client_id)")
        public String klient;
        @Schema(description = "Hvilke opplysninger som ble utlevert (ikke verdiene)")
        public List<String> kategorier;
        @Schema(description = "Samtykket utleveringen bygget på")
        public String samtykkeId;
        public String korrelasjonsid;
    }

    @GET
    @RequiresScope(SCOPE)
    @Operation(summary = "Innbyggerens egen logg over uttrekk av uføreopplysninger",
            description = "ID-porten-token med pid (innbyggeren selv), acr betydelig eller høyt, scope " + SCOPE + ".")
    @APIResponse(responseCode = "200", description = "Innslagene, nyeste først (høyst 1000)")
    @APIResponse(responseCode = "403", description = "Ikke ID-porten, uten pid, for lavt nivå, eller header fnr er en annen person")
    public List<Innslag> hent(@HeaderParam("fnr") String fnr) {
        return service.egenLogg(Optional.ofNullable(fnr).filter(s -> !s.isBlank())).stream().map(SporingsloggResource::innslag).toList();
    }

    private static Innslag innslag(AuditEntry e) {
        Innslag i = new Innslag();
        i.tidspunkt = TID.format(e.tidspunkt());
        i.tjeneste = "Uføreopplysninger";
        i.mottaker = e.record().konsument();
        i.leverandoer = e.record().leverandoer();
        i.klient = e.record().klientId();
        i.kategorier = e.record().kategorier();
        i.samtykkeId = e.record().samtykkeId();
        i.korrelasjonsid = e.record().korrelasjonsid();
        return i;
    }
}

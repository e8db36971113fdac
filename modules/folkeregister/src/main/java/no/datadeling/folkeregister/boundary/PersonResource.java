package no.datadeling.folkeregister.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import no.datadeling.domain.folkeregister.Persondokumenttekst;
import no.datadeling.folkeregister.control.Entydigsoek;
import no.datadeling.folkeregister.control.FolkeregisterService;
import no.datadeling.folkeregister.control.Formattering;
import no.datadeling.folkeregister.control.Tilgang;
import no.datadeling.folkeregister.control.Utsnitt;
import no.datadeling.folkeregister.entity.Persondokumentidentifikator;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ratelimit.Ratebegrenset;
import no.datadeling.infra.security.RequiresScope;
import org.eclipse.microprofile.metrics.annotation.Timed;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Folkeregisteret oppslag. Real base URL {@code https://folkeregisteret.api.skatteetaten.no/folkeregisteret/{rettighetspakke}/api/v1};
 * here {@code {server}/folkeregisteret/{rettighetspakke}/api/v1}. Every method needs the rights package's own
 * Maskinporten scope and a grant of the package; the answer is cut to the package and {@code part}.
 */
@ApplicationScoped
@Path(FolkeregisterFeil.BASE_PATH + "{rettighetspakke: " + Rettighetspakke.STIMOENSTER + "}/api/v1/personer")
@Ratebegrenset
@Tag(name = "Folkeregisteret", description = "Skatteetaten: oppslag i Folkeregisteret")
@SecurityRequirement(name = "maskinporten")
public class PersonResource {

    static final String PAKKE = "offentlig-med-hjemmel, offentlig-uten-hjemmel eller finans-og-begrenset";
    static final String PART = "Utsnitt (gjentas): person-basis (standard), historikk, identitetsgrunnlag-utvidet, relasjon-utvidet"
            + " eller navnet på et element i persondokumentet";

    private FolkeregisterService service;
    private Tilgang tilgang;
    private Formattering formattering;
    private byte[] xsd;

    @Inject
    PersonResource(FolkeregisterService service, Tilgang tilgang, Formattering formattering) {
        this.service = service;
        this.tilgang = tilgang;
        this.formattering = formattering;
        try (InputStream in = PersonResource.class.getResourceAsStream("/xsd/folkeregisterperson.xsd")) {
            this.xsd = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("the person XSD is missing from the domain jar", e);
        }
    }

    PersonResource() {
        // CDI proxy
    }

    @GET
    @Path("{folkeregisteridentifikator}")
    @RequiresScope({Rettighetspakke.SCOPE_OFFENTLIG_MED_HJEMMEL, Rettighetspakke.SCOPE_OFFENTLIG_UTEN_HJEMMEL, Rettighetspakke.SCOPE_FINANS})
    @Timed(name = "folkeregister_oppslag", absolute = true, description = "Oppslag av siste versjon av en person")
    @Operation(summary = "Siste versjon av en person", description = "Maskinporten-scope folkeregister:deling/offentligmedhjemmel,"
            + " .../offentligutenhjemmel eller .../finans (rettighetspakkens eget), og tilgang til rettighetspakken.")
    @APIResponse(responseCode = "200", description = "Persondokumentet (application/json eller application/xml)")
    @APIResponse(responseCode = "400", description = "FREG-006: ugyldig fødsels- eller D-nummer eller part")
    @APIResponse(responseCode = "401", description = "FREG-004: manglende eller ugyldig token")
    @APIResponse(responseCode = "403", description = "FREG-005: mangler scope eller tilgang til rettighetspakken")
    @APIResponse(responseCode = "404", description = "FREG-007: ukjent person; FREG-003: ukjent url")
    @APIResponse(responseCode = "406", description = "FREG-008: Accept er ikke application/json eller application/xml")
    @APIResponse(responseCode = "429", description = "FREG-009: for mange kall; vent antall millisekunder i Retry-After")
    @APIResponse(responseCode = "500", description = "FREG-001/FREG-002: feil i tjenesten")
    public Response hent(@Parameter(description = PAKKE) @PathParam("rettighetspakke") String rettighetspakke,
                         @Parameter(description = "Fødsels- eller D-nummer (11 siffer)") @PathParam("folkeregisteridentifikator") String id,
                         @Parameter(description = PART) @QueryParam("part") List<String> part,
                         @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Tilgang.Krav krav = tilgang.krevScope(rettighetspakke);
        Formatvalg format = Formatvalg.forOppslag(accept);
        Utsnitt utsnitt = Utsnitt.av(krav.pakke(), part);
        Foedselsnummer fnr = Foedselsnummer.parse(id)
                .orElseThrow(() -> ApiException.invalidInput("Ugyldig folkeregisteridentifikator: ikke et gyldig fødsels- eller D-nummer."));
        return svar(service.person(fnr, krav, utsnitt), utsnitt, format);
    }

    @GET
    @Path("entydigsoek")
    @RequiresScope({Rettighetspakke.SCOPE_OFFENTLIG_MED_HJEMMEL, Rettighetspakke.SCOPE_OFFENTLIG_UTEN_HJEMMEL, Rettighetspakke.SCOPE_FINANS})
    @Timed(name = "folkeregister_entydigsoek", absolute = true, description = "Entydig søk")
    @Operation(summary = "Entydig søk: siste versjon av den ene personen som svarer til søket",
            description = "Minst én identifiserende opplysning (identifikasjonsnummer, utenlandskpersonidentifikasjon,"
                    + " legitimasjonsdokument, utlendingsmyndighetenesIdentifikasjonsnummer; de tre siste bare i"
                    + " offentlig-med-hjemmel) og én ikke-identifiserende (navn, adressenavn, husnummer, eller foedselsdato"
                    + " uten identifikasjonsnummer).")
    @APIResponse(responseCode = "200", description = "Persondokumentet")
    @APIResponse(responseCode = "400", description = "FREG-006: for få eller ugyldige søkeopplysninger")
    @APIResponse(responseCode = "403", description = "FREG-005: søket er ikke tillatt i rettighetspakken")
    @APIResponse(responseCode = "404", description = "FREG-007: ingen treff; FREG-010: ikke entydig treff")
    public Response entydigsoek(@PathParam("rettighetspakke") String rettighetspakke,
                                @Parameter(description = "Fødsels- eller D-nummer, 11 siffer") @QueryParam("identifikasjonsnummer") String identifikasjonsnummer,
                                @Parameter(description = "Utenlandsk personidentifikasjon med landkode, f.eks. ARG-8766523769")
                                @QueryParam("utenlandskpersonidentifikasjon") String utenlandsk,
                                @Parameter(description = "Legitimasjonsdokument med landkode, f.eks. DNK-7545367")
                                @QueryParam("legitimasjonsdokument") String legitimasjonsdokument,
                                @Parameter(description = "UDIs DUF-nummer") @QueryParam("utlendingsmyndighetenesIdentifikasjonsnummer") String duf,
                                @Parameter(description = "Fødselsdato (ÅÅÅÅMMDD)") @QueryParam("foedselsdato") String foedselsdato,
                                @Parameter(description = "Ett eller flere hele ord fra personnavnet") @QueryParam("navn") String navn,
                                @Parameter(description = "Postnummer") @QueryParam("postnummer") String postnummer,
                                @Parameter(description = "Gatenavnet, eller minst 3 tegn fra begynnelsen") @QueryParam("adressenavn") String adressenavn,
                                @Parameter(description = "Husnummer med eller uten bokstav") @QueryParam("husnummer") String husnummer,
                                @Parameter(description = "Fonetisk søk på navn (true/false)") @QueryParam("soekFonetisk") String soekFonetisk,
                                @Parameter(description = PART) @QueryParam("part") List<String> part,
                                @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Rettighetspakke pakke = tilgang.krev(rettighetspakke);
        Formatvalg format = Formatvalg.forOppslag(accept);
        Utsnitt utsnitt = Utsnitt.av(pakke, part);
        Entydigsoek soek = Entydigsoek.av(pakke, identifikasjonsnummer, utenlandsk, legitimasjonsdokument, duf, foedselsdato, navn,
                postnummer, adressenavn, husnummer, soekFonetisk);
        return svar(service.entydig(soek, pakke, utsnitt), utsnitt, format);
    }

    @GET
    @Path("arkiv/{persondokumentidentifikator}")
    @RequiresScope({Rettighetspakke.SCOPE_OFFENTLIG_MED_HJEMMEL, Rettighetspakke.SCOPE_OFFENTLIG_UTEN_HJEMMEL, Rettighetspakke.SCOPE_FINANS})
    @Operation(summary = "En versjonert utgave av en person", description = "Persondokumentet slik det var i versjonen.")
    @APIResponse(responseCode = "200", description = "Persondokumentet")
    @APIResponse(responseCode = "400", description = "FREG-006: ugyldig persondokumentidentifikator (32 heksadesimale tegn)")
    @APIResponse(responseCode = "404", description = "FREG-007: ukjent persondokumentidentifikator")
    public Response arkiv(@PathParam("rettighetspakke") String rettighetspakke,
                          @Parameter(description = "32 heksadesimale tegn") @PathParam("persondokumentidentifikator") String id,
                          @Parameter(description = PART) @QueryParam("part") List<String> part,
                          @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        Tilgang.Krav krav = tilgang.krevScope(rettighetspakke);
        Formatvalg format = Formatvalg.forOppslag(accept);
        Utsnitt utsnitt = Utsnitt.av(krav.pakke(), part);
        Persondokumentidentifikator dokument = Persondokumentidentifikator.parse(id)
                .orElseThrow(() -> ApiException.invalidInput("Ugyldig persondokumentidentifikator: må være 32 heksadesimale tegn."));
        return svar(service.arkiv(dokument, krav), utsnitt, format);
    }

    @GET
    @Path("xsd")
    @RequiresScope({Rettighetspakke.SCOPE_OFFENTLIG_MED_HJEMMEL, Rettighetspakke.SCOPE_OFFENTLIG_UTEN_HJEMMEL, Rettighetspakke.SCOPE_FINANS})
    @Operation(summary = "Xsd (kontrakt) for person", description = "Skjemaet persondokumentene (og XML-svarene) følger.")
    @APIResponse(responseCode = "200", description = "XSD (application/xml)")
    public Response xsd(@PathParam("rettighetspakke") String rettighetspakke, @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        tilgang.krev(rettighetspakke);
        Formatvalg.forOppslag(accept);
        return Response.ok(xsd, MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8")).build();
    }

    private Response svar(Persondokumenttekst person, Utsnitt utsnitt, Formatvalg format) {
        byte[] kropp = format == Formatvalg.JSON ? formattering.json(person, utsnitt) : formattering.xml(person, utsnitt);
        return Response.ok(kropp, format.type()).build();
    }
}

package no.datadeling.verktoy.boundary;

import jakarta.json.bind.annotation.JsonbNillable;
import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.datadeling.domain.verktoy.Kodeverk;
import no.datadeling.domain.verktoy.Verktoy;
import no.datadeling.verktoy.control.Frister;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One tool's metadata, with the documented parameter names; the same object in the list and the single-tool answer. */
@JsonbPropertyOrder({"verktoyId", "navn", "ingress", "beskrivelse", "opprettetDato", "endretDato", "verktoyFormalTypeId",
        "verktoyFormalNavn", "fagligAnsvarlig", "utvikletAv", "sprakKode", "sprakNavn", "fagomradeType", "fagomradeNavn",
        "lenkeType", "lenkeTypeNavn", "url", "sokeord", "malgruppeTypeId", "malgruppeNavn", "grafiskElementId",
        "grafiskElementTypeNavn", "innholdstypeId", "innholdstypeNavn", "behandlerinnsyn", "klassifiseringKode",
        "klassifiseringNavn", "kreverForskrivning", "organisasjonsnummer", "organisasjonsnavn", "antattTid"})
@Schema(name = "Verktoy", description = "Metadata for ett verktøy i Verktøykatalogen")
public class VerktoyMetadata {

    @JsonbProperty("VerktoyId") public String verktoyId;
    @JsonbProperty("Navn") public String navn;
    @JsonbProperty("Ingress") public String ingress;
    @JsonbProperty("Beskrivelse") public String beskrivelse;
    @JsonbProperty("OpprettetDato") @Schema(format = "date-time") public String opprettetDato;
    @JsonbProperty("EndretDato") @Schema(format = "date-time") public String endretDato;
    @JsonbProperty("VerktoyFormalTypeId") @Schema(enumeration = {"2", "4", "5"}) public int verktoyFormalTypeId;
    @JsonbProperty("VerktoyFormalNavn") public String verktoyFormalNavn;
    @JsonbProperty("FagligAnsvarlig") public String fagligAnsvarlig;
    @JsonbProperty("UtvikletAv") public String utvikletAv;
    @JsonbProperty("SprakKode") public String sprakKode;
    @JsonbProperty("SprakNavn") public String sprakNavn;
    @JsonbProperty("FagomradeType") public int fagomradeType;
    @JsonbProperty("FagomradeNavn") public String fagomradeNavn;
    @JsonbProperty("LenkeType") @Schema(enumeration = "50") public int lenkeType = Kodeverk.LENKETYPE_VERKTOY;
    @JsonbProperty("LenkeTypeNavn") public String lenkeTypeNavn = Kodeverk.LENKETYPE_VERKTOY_NAVN;
    @JsonbProperty("Url") @Schema(format = "uri") public String url;
    @JsonbProperty("Sokeord") public List<String> sokeord;
    @JsonbProperty("MalgruppeTypeId") public int malgruppeTypeId;
    @JsonbProperty("MalgruppeNavn") public String malgruppeNavn;
    @JsonbProperty("GrafiskElementId") public int grafiskElementId;
    @JsonbProperty("GrafiskElementTypeNavn") public String grafiskElementTypeNavn;
    @JsonbProperty("InnholdstypeId") public int innholdstypeId;
    @JsonbProperty("InnholdstypeNavn") public String innholdstypeNavn;
    @JsonbProperty("Behandlerinnsyn") public String behandlerinnsyn;
    @JsonbProperty("KlassifiseringKode") public String klassifiseringKode;
    @JsonbProperty("KlassifiseringNavn") public String klassifiseringNavn;
    @JsonbProperty("KreverForskrivning") public boolean kreverForskrivning;
    @JsonbProperty("Organisasjonsnummer") public int organisasjonsnummer;
    @JsonbProperty("Organisasjonsnavn") public String organisasjonsnavn;
    @JsonbProperty("AntattTid") @JsonbNillable @Schema(nullable = true, description = "Minutter") public Integer antattTid;

    public static VerktoyMetadata av(Verktoy v) {
        VerktoyMetadata m = new VerktoyMetadata();
        m.verktoyId = v.verktoyId().toString();
        m.navn = v.navn();
        m.ingress = v.ingress();
        m.beskrivelse = v.beskrivelse();
        m.opprettetDato = tidspunkt(v.opprettetDato());
        m.endretDato = tidspunkt(v.endretDato());
        m.verktoyFormalTypeId = v.formal().id();
        m.verktoyFormalNavn = v.formal().navn();
        m.fagligAnsvarlig = v.fagligAnsvarlig();
        m.utvikletAv = v.utvikletAv();
        m.sprakKode = v.sprak().kode();
        m.sprakNavn = v.sprak().navn();
        m.fagomradeType = v.fagomrade().id();
        m.fagomradeNavn = v.fagomrade().navn();
        m.url = v.url();
        m.sokeord = v.sokeord();
        m.malgruppeTypeId = v.malgruppe().id();
        m.malgruppeNavn = v.malgruppe().navn();
        m.grafiskElementId = v.grafiskElement().id();
        m.grafiskElementTypeNavn = v.grafiskElement().type().navn();
        m.innholdstypeId = v.innholdstype().id();
        m.innholdstypeNavn = v.innholdstype().navn();
        m.behandlerinnsyn = v.behandlerinnsyn();
        m.klassifiseringKode = v.klassifiseringKode();
        m.klassifiseringNavn = v.klassifiseringNavn();
        m.kreverForskrivning = v.kreverForskrivning();
        m.organisasjonsnummer = Integer.parseInt(v.organisasjonsnummer());
        m.organisasjonsnavn = v.organisasjonsnavn();
        m.antattTid = v.antattTid().orElse(null);
        return m;
    }

    /** Norwegian local time with its offset, to the second ("2024-03-01T10:15:30+01:00"). */
    static String tidspunkt(Instant t) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(t.truncatedTo(ChronoUnit.SECONDS).atZone(Frister.OSLO).toOffsetDateTime());
    }
}

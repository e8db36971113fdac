package no.datadeling.helserefusjon.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import no.datadeling.helserefusjon.entity.Frikortvedtak;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One frikortvedtak as the API shows it. */
@JsonbPropertyOrder({"vedtakId", "aar", "egenandelstak", "datoTakNaadd", "sumEgenandeler", "overskytendeBeloep", "vedtaksdato",
        "gyldigFraOgMed", "gyldigTilOgMed"})
@Schema(name = "Frikortvedtak", description = "Vedtak om frikort for egenandeler: egenandelene i året nådde årets egenandelstak")
public class FrikortvedtakDto {

    @Schema(description = "Vedtakets id", format = "int64")
    public long vedtakId;
    @Schema(description = "Kalenderåret frikortet gjelder for", format = "int32")
    public int aar;
    @Schema(description = "Årets egenandelstak i hele kroner", format = "int32")
    public int egenandelstak;
    @Schema(description = "Datoen egenandelene nådde taket", format = "date")
    public String datoTakNaadd;
    @Schema(description = "Registrerte egenandeler til og med den datoen, hele kroner", format = "int32")
    public int sumEgenandeler;
    @Schema(description = "Betalt over taket; utbetales til personen", format = "int32")
    public int overskytendeBeloep;
    @Schema(description = "Datoen vedtaket og brevet ble laget", format = "date")
    public String vedtaksdato;
    @Schema(description = "Frikortet gjelder fra og med", format = "date")
    public String gyldigFraOgMed;
    @Schema(description = "Frikortet gjelder til og med (31. desember)", format = "date")
    public String gyldigTilOgMed;

    static FrikortvedtakDto fra(Frikortvedtak v) {
        FrikortvedtakDto d = new FrikortvedtakDto();
        d.vedtakId = v.vedtakId();
        d.aar = v.aar();
        d.egenandelstak = v.egenandelstak();
        d.datoTakNaadd = v.datoTakNaadd().toString();
        d.sumEgenandeler = v.sumEgenandeler();
        d.overskytendeBeloep = v.overskytende();
        d.vedtaksdato = v.vedtaksdato().toString();
        d.gyldigFraOgMed = v.gyldigFraOgMed().toString();
        d.gyldigTilOgMed = v.gyldigTilOgMed().toString();
        return d;
    }
}

package no.datadeling.helserefusjon.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import no.datadeling.helserefusjon.control.FrikortbrevPdf;
import no.datadeling.helserefusjon.entity.Frikortvedtak;
import no.datadeling.helserefusjon.entity.Mottaker;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The frikortvedtak letter's metadata (the letter itself: the same URL with Accept: application/pdf). */
@JsonbPropertyOrder({"vedtakId", "brevtype", "tittel", "brevdato", "spraak", "mottaker", "vedtak", "dokument"})
@Schema(name = "Frikortvedtaksbrev", description = "Metadata om vedtaksbrevet; selve brevet er PDF på samme adresse")
public class FrikortbrevDto {

    @Schema(format = "int64")
    public long vedtakId;
    @Schema(enumeration = {"FRIKORTVEDTAK"})
    public String brevtype = "FRIKORTVEDTAK";
    public String tittel;
    @Schema(format = "date")
    public String brevdato;
    @Schema(description = "Brevets språk (ISO 639-1)")
    public String spraak = "nb";
    public MottakerDto mottaker;
    public FrikortvedtakDto vedtak;
    public Dokument dokument;

    @JsonbPropertyOrder({"navn", "adresselinjer", "postnummer", "poststed", "adresseSkjermet"})
    @Schema(name = "Brevmottaker", description = "Navn og gjeldende bostedsadresse fra Folkeregisteret; skjermet adresse vises ikke")
    public static class MottakerDto {
        public String navn;
        public List<String> adresselinjer;
        public String postnummer;
        public String poststed;
        public boolean adresseSkjermet;
    }

    @JsonbPropertyOrder({"mediatype", "href"})
    @Schema(name = "Brevdokument")
    public static class Dokument {
        public String mediatype = "application/pdf";
        @Schema(description = "Hent med Accept: application/pdf og samme Nav-Personident")
        public String href;
    }

    static FrikortbrevDto fra(Frikortvedtak v, Mottaker m, String href) {
        FrikortbrevDto d = new FrikortbrevDto();
        d.vedtakId = v.vedtakId();
        d.tittel = FrikortbrevPdf.tittel(v);
        d.brevdato = v.vedtaksdato().toString();
        d.mottaker = new MottakerDto();
        d.mottaker.navn = m.navn();
        d.mottaker.adresselinjer = m.adresselinjer();
        d.mottaker.postnummer = m.postnummer();
        d.mottaker.poststed = m.poststed();
        d.mottaker.adresseSkjermet = m.adresseSkjermet();
        d.vedtak = FrikortvedtakDto.fra(v);
        d.dokument = new Dokument();
        d.dokument.href = href;
        return d;
    }
}

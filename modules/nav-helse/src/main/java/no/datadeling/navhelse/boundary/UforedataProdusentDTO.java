package no.datadeling.navhelse.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.navhelse.entity.Uforeopplysninger;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** NAV's UforedataProdusentDTO and BeregningsperiodeProdusentDTO (nav-uforeopplysninger.yaml), field for field. */
@JsonbPropertyOrder({"beregningsperioder", "forsteVirkningstidspunkt", "status"})
@Schema(name = "UforedataProdusentDTO")
public class UforedataProdusentDTO {

    @Schema(type = SchemaType.ARRAY, implementation = BeregningsperiodeProdusentDTO.class)
    public List<BeregningsperiodeProdusentDTO> beregningsperioder = new ArrayList<>();
    @Schema(format = "date")
    public String forsteVirkningstidspunkt;
    @Schema(enumeration = {"IKKE_SOKT", "AVSLAG", "KLAGE_PA_AVSLAG", "REKONSTRUKSJON", "LOPENDE", "OPPHORT", "UNDER_BEHANDLING",
        "UKJENT_STATUS", "EKSPORT"}, example = "LOPENDE")
    public String status;

    @JsonbPropertyOrder({"ferdiglignetInntekt", "fom", "ifu", "inntektBruktIAvkortingen", "klagebehandles", "tom", "uforegrad",
        "uforetidspunkt"})
    @Schema(name = "BeregningsperiodeProdusentDTO")
    public static class BeregningsperiodeProdusentDTO {
        public boolean ferdiglignetInntekt;
        @Schema(format = "date")
        public String fom;
        @Schema(format = "int32")
        public int ifu;
        @Schema(format = "int32")
        public int inntektBruktIAvkortingen;
        public boolean klagebehandles;
        @Schema(format = "date", description = "Utelatt mens perioden løper")
        public String tom;
        @Schema(format = "int32")
        public int uforegrad;
        @Schema(format = "date")
        public String uforetidspunkt;
    }

    static UforedataProdusentDTO fra(Uforeopplysninger u) {
        UforedataProdusentDTO d = new UforedataProdusentDTO();
        d.status = u.status();
        d.forsteVirkningstidspunkt = u.forsteVirkningstidspunkt().map(Object::toString).orElse(null);
        u.beregningsperioder().forEach(b -> {
            BeregningsperiodeProdusentDTO p = new BeregningsperiodeProdusentDTO();
            p.ferdiglignetInntekt = b.ferdiglignetInntekt();
            p.fom = b.fom().toString();
            p.ifu = b.ifu();
            p.inntektBruktIAvkortingen = b.inntektBruktIAvkortingen();
            p.klagebehandles = b.klagebehandles();
            p.tom = b.tom().map(Object::toString).orElse(null);
            p.uforegrad = b.uforegrad();
            p.uforetidspunkt = b.uforetidspunkt().toString();
            d.beregningsperioder.add(p);
        });
        return d;
    }
}

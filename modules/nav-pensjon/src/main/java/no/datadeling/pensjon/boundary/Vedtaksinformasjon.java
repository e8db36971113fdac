package no.datadeling.pensjon.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.pensjon.entity.Pensjonsvedtak;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The response of GET /informasjon, as nav-vedtaksinformasjon.yaml's "Vedtaksinformasjon": the five lists are always
 * present. ALDER decisions go to kap19InfoList and/or kap20InfoList by the person's birth year cohort (a 1954-1962
 * decision appears in both, each with its chapter's share of the amount); AFP_PRIVAT to afpPrivatInfoList. The
 * synthetic data has no AFP offentlig and no AP67 decisions, so those lists are empty. Fields the data does not
 * know (poengrekker, beholdninger) are left out rather than invented; null fields are omitted.
 */
@JsonbPropertyOrder({"kap20InfoList", "kap19InfoList", "afpPrivatInfoList", "afpOffentligInfoList", "ap67InfoList"})
@Schema(name = "Vedtaksinformasjon")
public class Vedtaksinformasjon {

    @Schema(type = SchemaType.ARRAY, implementation = Info.class, required = true)
    public List<Info> kap20InfoList = new ArrayList<>();
    @Schema(type = SchemaType.ARRAY, implementation = Info.class, required = true)
    public List<Info> kap19InfoList = new ArrayList<>();
    @Schema(type = SchemaType.ARRAY, implementation = Info.class, required = true)
    public List<Info> afpPrivatInfoList = new ArrayList<>();
    @Schema(type = SchemaType.ARRAY, implementation = Info.class, required = true)
    public List<Info> afpOffentligInfoList = new ArrayList<>();
    @Schema(type = SchemaType.ARRAY, implementation = Info.class, required = true)
    public List<Info> ap67InfoList = new ArrayList<>();

    /** The fields Kap19Info, Kap20Info and AfpPrivatInfo share, plus resultatKode and uttaksgrad where the schema has them. */
    @JsonbPropertyOrder({"vedtaksKode", "virkFom", "virkTom", "vedtakId", "trygdetidAnvendt", "totalbelopNetto", "resultatKilde",
        "merknadsListe", "sakType", "ytelseskomponenter", "resultatKode", "uttaksgrad", "totalbelopNettoAr"})
    @Schema(name = "VedtaksinformasjonInfo", description = "Felles felter i Kap19Info, Kap20Info og AfpPrivatInfo")
    public static class Info {
        public String vedtaksKode;
        public LocalDate virkFom;
        public LocalDate virkTom;
        @Schema(format = "int64")
        public long vedtakId;
        public Integer trygdetidAnvendt;
        public Integer totalbelopNetto;
        public String resultatKilde;
        public List<Merknad> merknadsListe = new ArrayList<>();
        public String sakType;
        public List<Ytelsekomponent> ytelseskomponenter = new ArrayList<>();
        @Schema(description = "Kun Kap19Info")
        public String resultatKode;
        @Schema(description = "Kap19Info og Kap20Info")
        public Integer uttaksgrad;
        @Schema(description = "Kap19Info og Kap20Info", format = "double")
        public Double totalbelopNettoAr;
    }

    @JsonbPropertyOrder({"argumentListe", "kode"})
    @Schema(name = "Merknad")
    public static class Merknad {
        public List<String> argumentListe = new ArrayList<>();
        public String kode;
    }

    @JsonbPropertyOrder({"ytelseskomponentType", "brutto", "bruttoPerAr", "fradrag", "netto", "erBrukt"})
    @Schema(name = "Ytelsekomponent")
    public static class Ytelsekomponent {
        public String ytelseskomponentType;
        public int brutto;
        public double bruttoPerAr;
        public int fradrag;
        public int netto;
        public boolean erBrukt = true;

        static Ytelsekomponent av(String type, int belop) {
            Ytelsekomponent y = new Ytelsekomponent();
            y.ytelseskomponentType = type;
            y.brutto = belop;
            y.netto = belop;
            y.bruttoPerAr = belop * 12.0;
            return y;
        }
    }

    static Vedtaksinformasjon fra(List<Pensjonsvedtak> vedtak) {
        Vedtaksinformasjon svar = new Vedtaksinformasjon();
        for (Pensjonsvedtak v : vedtak) {
            if ("AFP_PRIVAT".equals(v.sakType())) {
                svar.afpPrivatInfoList.add(info(v, v.totalbelopNetto(), List.of(Ytelsekomponent.av("AFP_LIVSVARIG", v.totalbelopNetto())), false));
                continue;
            }
            int kap19 = (int) Math.round(v.totalbelopNetto() * v.kap19Tideler() / 10.0);
            int kap20 = v.totalbelopNetto() - kap19;
            if (v.kap19Tideler() > 0) {
                int gp = (int) Math.round(kap19 * 0.45);
                Info i = info(v, kap19, List.of(Ytelsekomponent.av("GP", gp), Ytelsekomponent.av("TP", kap19 - gp)), true);
                i.resultatKode = "BEREGNING";
                svar.kap19InfoList.add(i);
            }
            if (v.kap19Tideler() < 10) {
                svar.kap20InfoList.add(info(v, kap20, List.of(Ytelsekomponent.av("IP", kap20)), true));
            }
        }
        return svar;
    }

    private static Info info(Pensjonsvedtak v, int netto, List<Ytelsekomponent> komponenter, boolean alder) {
        Info i = new Info();
        i.vedtaksKode = v.vedtaksKode();
        i.virkFom = v.virkFom();
        i.virkTom = v.virkTom();
        i.vedtakId = v.vedtakId();
        i.trygdetidAnvendt = v.trygdetid();
        i.totalbelopNetto = netto;
        i.resultatKilde = "AUTO";
        i.sakType = v.sakType();
        i.ytelseskomponenter = new ArrayList<>(komponenter);
        if (alder) {
            i.uttaksgrad = v.uttaksgrad();
            i.totalbelopNettoAr = netto * 12.0;
        }
        return i;
    }
}

package no.datadeling.arbeid.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.arbeid.entity.Aapdata;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Our response schema for AAP (NAV's is not public), in NAV's style: Norwegian field names, ISO dates, periods as
 * {fraOgMedDato, tilOgMedDato}, amounts in whole kroner.
 */
public final class AapSvar {

    private AapSvar() {
    }

    @JsonbPropertyOrder({"fraOgMedDato", "tilOgMedDato"})
    @Schema(name = "AapPeriode", description = "En periode, begge datoer inklusive; klippet til samtykkeperioden")
    public static class Periode {
        public LocalDate fraOgMedDato;
        public LocalDate tilOgMedDato;

        static Periode av(LocalDate fom, LocalDate tom) {
            Periode p = new Periode();
            p.fraOgMedDato = fom;
            p.tilOgMedDato = tom;
            return p;
        }
    }

    @Schema(name = "AapVedtaksliste", description = "Svar fra finnVedtakListe")
    public static class Vedtaksliste {
        @Schema(type = SchemaType.ARRAY, implementation = Vedtak.class, required = true,
                description = "Vedtak som overlapper forespurt periode, eldste først; tom liste når personen ikke har AAP")
        public List<Vedtak> vedtak = new ArrayList<>();
    }

    @JsonbPropertyOrder({"vedtakId", "type", "status", "periode", "dagsats", "barnetillegg", "beregningsgrunnlag", "vedtaksdato"})
    @Schema(name = "AapVedtak", description = "Et vedtak om arbeidsavklaringspenger")
    public static class Vedtak {
        @Schema(description = "Identifikator for vedtaket")
        public String vedtakId;
        @Schema(enumeration = {"INNVILGELSE", "FORLENGELSE"})
        public String type;
        @Schema(enumeration = {"LOPENDE", "AVSLUTTET"})
        public String status;
        public Periode periode;
        @Schema(description = "Dagsats i kroner (utbetales for hverdager)")
        public int dagsats;
        @Schema(description = "Barnetillegg per dag i kroner")
        public int barnetillegg;
        @Schema(description = "Årlig beregningsgrunnlag i kroner")
        public int beregningsgrunnlag;
        @Schema(description = "Dato vedtaket ble fattet")
        public LocalDate vedtaksdato;
    }

    @Schema(name = "AapMeldekortliste", description = "Svar fra finnMeldekortListe")
    public static class Meldekortliste {
        @Schema(type = SchemaType.ARRAY, implementation = Meldekort.class, required = true,
                description = "Meldekort som overlapper forespurt periode, eldste først; tom liste når personen ikke har AAP")
        public List<Meldekort> meldekort = new ArrayList<>();
    }

    @JsonbPropertyOrder({"meldekortId", "periode", "status", "mottattDato", "dager"})
    @Schema(name = "AapMeldekort", description = "Et meldekort for en periode på 14 dager")
    public static class Meldekort {
        public String meldekortId;
        public Periode periode;
        @Schema(enumeration = {"INNSENDT", "FERDIG"})
        public String status;
        @Schema(description = "Dato NAV mottok meldekortet")
        public LocalDate mottattDato;
        @Schema(type = SchemaType.ARRAY, implementation = Dag.class, description = "Arbeidede timer per dag i (den klippede) perioden")
        public List<Dag> dager = new ArrayList<>();
    }

    @JsonbPropertyOrder({"dato", "timerArbeidet"})
    @Schema(name = "AapMeldekortDag")
    public static class Dag {
        public LocalDate dato;
        @Schema(description = "Timer arbeidet, i halvtimer")
        public BigDecimal timerArbeidet;
    }

    static Vedtaksliste vedtak(List<Aapdata.Vedtak> data) {
        Vedtaksliste l = new Vedtaksliste();
        for (Aapdata.Vedtak d : data) {
            Vedtak v = new Vedtak();
            v.vedtakId = Long.toString(d.vedtakId());
            v.type = d.type();
            v.status = d.status();
            v.periode = Periode.av(d.fom(), d.tom());
            v.dagsats = d.dagsats();
            v.barnetillegg = d.barnetillegg();
            v.beregningsgrunnlag = d.beregningsgrunnlag();
            v.vedtaksdato = d.vedtaksdato();
            l.vedtak.add(v);
        }
        return l;
    }

    static Meldekortliste meldekort(List<Aapdata.Meldekort> data) {
        Meldekortliste l = new Meldekortliste();
        for (Aapdata.Meldekort d : data) {
            Meldekort m = new Meldekort();
            m.meldekortId = Long.toString(d.meldekortId());
            m.periode = Periode.av(d.fom(), d.tom());
            m.status = d.status();
            m.mottattDato = d.mottatt();
            for (Aapdata.Dag dag : d.dager()) {
                Dag x = new Dag();
                x.dato = dag.dato();
                x.timerArbeidet = dag.timer();
                m.dager.add(x);
            }
            l.meldekort.add(m);
        }
        return l;
    }
}

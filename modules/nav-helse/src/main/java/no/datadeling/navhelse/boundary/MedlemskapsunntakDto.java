package no.datadeling.navhelse.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import no.datadeling.domain.medlemskap.Medlemskapsunntak;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One medlemskapsunntak as NAV's API delivers it (field names of MEDL's "Medlemskapsunntak"). {@code sporingsinformasjon}
 * only with inkluderSporingsinfo=true; {@code studieinformasjon} only for Lånekassen periods; absent values are left out.
 */
@JsonbPropertyOrder({"unntakId", "ident", "fraOgMed", "tilOgMed", "status", "statusaarsak", "dekning", "helsedel", "medlem",
    "lovvalg", "lovvalgsland", "grunnlag", "sporingsinformasjon", "studieinformasjon"})
@Schema(name = "Medlemskapsunntak")
public class MedlemskapsunntakDto {

    /** MEDL's timestamps are Norwegian local date-times. */
    private static final DateTimeFormatter LOKAL_TID = DateTimeFormatter.ISO_LOCAL_DATE_TIME.withZone(ZoneId.of("Europe/Oslo"));

    @Schema(description = "Den funksjonelle ID'en til et medlemskapsunntak (periodeId i trygdehendelser).")
    public long unntakId;
    @Schema(description = "Den naturlige identen som medlemskapsunntaket er lagret på.")
    public String ident;
    @Schema(format = "date")
    public String fraOgMed;
    @Schema(format = "date")
    public String tilOgMed;
    @Schema(description = "PeriodestatusMedl", enumeration = {"GYLD", "AVST", "UAVK"})
    public String status;
    @Schema(description = "StatusaarsakMedl, når status ikke er GYLD")
    public String statusaarsak;
    @Schema(description = "DekningMedl")
    public String dekning;
    public boolean helsedel;
    public boolean medlem;
    @Schema(description = "LovvalgMedl", enumeration = {"ENDL", "FORL", "UAVK"})
    public String lovvalg;
    @Schema(description = "Landkode (ISO 3166 alfa-3)")
    public String lovvalgsland;
    @Schema(description = "GrunnlagMedl")
    public String grunnlag;
    public Sporingsinformasjon sporingsinformasjon;
    public Studieinformasjon studieinformasjon;

    @JsonbPropertyOrder({"versjon", "registrert", "besluttet", "kilde", "kildedokument", "opprettet", "opprettetAv", "sistEndret",
        "sistEndretAv"})
    @Schema(name = "Sporingsinformasjon")
    public static class Sporingsinformasjon {
        public int versjon;
        public String registrert;
        public String besluttet;
        public String kilde;
        public String kildedokument;
        public String opprettet;
        public String opprettetAv;
        public String sistEndret;
        public String sistEndretAv;
    }

    @JsonbPropertyOrder({"statsborgerland", "studieland", "delstudie", "soeknadInnvilget"})
    @Schema(name = "Studieinformasjon")
    public static class Studieinformasjon {
        public String statsborgerland;
        public String studieland;
        public Boolean delstudie;
        public Boolean soeknadInnvilget;
    }

    static MedlemskapsunntakDto fra(Medlemskapsunntak m, boolean medSporingsinfo) {
        MedlemskapsunntakDto d = new MedlemskapsunntakDto();
        d.unntakId = m.unntakId();
        d.ident = m.ident();
        d.fraOgMed = m.fraOgMed().toString();
        d.tilOgMed = m.tilOgMed().toString();
        d.status = m.status();
        d.statusaarsak = m.statusaarsak().orElse(null);
        d.dekning = m.dekning();
        d.helsedel = m.helsedel();
        d.medlem = m.medlem();
        d.lovvalg = m.lovvalg();
        d.lovvalgsland = m.lovvalgsland().orElse(null);
        d.grunnlag = m.grunnlag();
        if (medSporingsinfo) {
            Sporingsinformasjon s = new Sporingsinformasjon();
            s.versjon = m.versjon();
            s.registrert = m.registrert().toString();
            s.besluttet = m.besluttet().map(Object::toString).orElse(null);
            s.kilde = m.kilde();
            s.kildedokument = m.kildedokument().orElse(null);
            s.opprettet = LOKAL_TID.format(m.opprettet());
            s.opprettetAv = m.opprettetAv();
            s.sistEndret = LOKAL_TID.format(m.sistEndret());
            s.sistEndretAv = m.sistEndretAv();
            d.sporingsinformasjon = s;
        }
        m.studieinformasjon().ifPresent(si -> {
            Studieinformasjon s = new Studieinformasjon();
            s.statsborgerland = si.statsborgerland();
            s.studieland = si.studieland();
            s.delstudie = si.delstudie();
            s.soeknadInnvilget = si.soeknadInnvilget();
            d.studieinformasjon = s;
        });
        return d;
    }
}

package no.datadeling.simulering.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import no.datadeling.simulering.control.Simuleringsforespoersel.FremtidigInntekt;
import no.datadeling.simulering.entity.Opptjening;
import no.datadeling.simulering.entity.Uforeperiode;

/**
 * The full alderspensjon a year for a withdrawal on a date: opptjening up to the year before (registered income up to
 * the last settled year, then the request's future income, in today's kroner, and never past the year one turns 75),
 * kapittel 19 and 20 computed side by side and weighted by the cohort's shares, with the garantitillegg of § 20-20
 * for the 1954–1962 cohorts. Pure: no I/O, no clock.
 */
public final class Alderspensjonsberegning {

    static final int MAKS_OPPTJENINGSALDER = 75;
    static final int MAANEDER_67 = 67 * 12;

    private final Folketrygdparametre p;

    public Alderspensjonsberegning(Folketrygdparametre p) {
        this.p = p;
    }

    public static int alderMaaneder(LocalDate foedselsdato, LocalDate dato) {
        return (int) ChronoUnit.MONTHS.between(foedselsdato, dato);
    }

    /** The first day of the month after one has turned 67 (the first possible date for the 67-year rules). */
    public static LocalDate sekstisyv(LocalDate foedselsdato) {
        LocalDate d = foedselsdato.plusYears(67);
        return d.getDayOfMonth() == 1 ? d : d.plusMonths(1).withDayOfMonth(1);
    }

    public Beregningspunkt punkt(LocalDate foedselsdato, Opptjening o, List<FremtidigInntekt> fremtidig, int sisteGyldigeAar,
                                 LocalDate dato, int trygdetid, Sivilstandssats sats) {
        int kull = foedselsdato.getYear();
        Grunnbeloep grunnbeloep = p.grunnbeloep();
        double g = grunnbeloep.gjeldende();
        int sisteAar = Math.min(dato.getYear() - 1, kull + MAKS_OPPTJENINGSALDER);
        int foersteAar = Math.max(grunnbeloep.foersteAar(), o.foersteAar());
        double[] poeng = new double[Math.max(0, sisteAar - foersteAar + 1)];
        int p91 = 0;
        int p92 = 0;
        int p92Til2009 = 0;
        double beholdning = 0;
        double beholdning2009 = 0;
        for (int aar = foersteAar; aar <= sisteAar; aar++) {
            boolean fremtid = aar > sisteGyldigeAar;
            double inntekt = fremtid ? fremtidigInntekt(fremtidig, aar) : o.inntekt(aar);
            double gAar = fremtid ? g : grunnbeloep.snitt(aar);
            double pp = Pensjonspoeng.poeng(inntekt, aar, gAar);
            poeng[aar - foersteAar] = pp;
            if (Pensjonspoeng.erPoengaar(pp)) {
                if (aar <= 1991) {
                    p91++;
                } else {
                    p92++;
                    if (aar <= Garantitillegg.SISTE_AAR) {
                        p92Til2009++;
                    }
                }
            }
            double opptjening = Pensjonsbeholdning.opptjening(inntekt, gAar, g, p);
            beholdning += opptjening;
            if (aar <= Garantitillegg.SISTE_AAR) {
                beholdning2009 += opptjening;
            }
        }
        int alder = alderMaaneder(foedselsdato, dato);
        double andel19 = Kullandel.kapittel19(kull);
        double andel20 = Kullandel.kapittel20(kull);
        double spt = Sluttpoengtall.av(poeng);
        double gp = Grunnpensjon.beregn(sats.grunnpensjon(p), g, trygdetid, p);
        double tp = Tilleggspensjon.beregn(g, spt, p91, p92, p);
        double minstenivaa = sats.minstepensjonsnivaa(p) * g * trygdetid / p.sats("full_trygdetid");
        double pt = Pensjonstillegg.beregn(sats.minstepensjonsnivaa(p), g, trygdetid, gp, tp, p);
        double f = andel19 > 0 ? p.forholdstall(kull, alder) : 1;
        double mnt = Pensjonstillegg.minstenivaatillegg(minstenivaa, (gp + tp + pt) / f, alder >= MAANEDER_67);
        double d = andel20 > 0 ? p.delingstall(kull, alder) : 0;
        double nivaa = Garantipensjon.nivaa(sats.garantipensjonsnivaa(p), g, trygdetid, p);
        double d67 = andel20 > 0 ? p.delingstall(kull, MAANEDER_67) : 0;
        double gpb = andel20 > 0 ? Garantipensjon.beholdning(nivaa, beholdning, d67, p) : 0;
        double gtb = 0;
        if (Garantitillegg.gjelder(kull)) {
            int tt2009 = Garantitillegg.trygdetid2009(kull, trygdetid);
            double spt2009 = Sluttpoengtall.av(Arrays.copyOf(poeng, Math.max(0, Math.min(poeng.length,
                    Garantitillegg.SISTE_AAR - foersteAar + 1))));
            double k19 = Garantitillegg.kapittel19Ved67(sats, g, tt2009, spt2009, p91, p92Til2009,
                    p.forholdstall(kull, MAANEDER_67), p);
            double k20 = Garantitillegg.kapittel20Ved67(sats, g, tt2009, beholdning2009, d67, p);
            gtb = Garantitillegg.beholdning(k19, k20, d67);
        }
        return new Beregningspunkt(dato, alder, p91, p92, spt, trygdetid, gp, tp, pt, mnt, andel19 > 0 ? f : 0, d,
                andel20 > 0 ? beholdning : 0, gpb, gtb, nivaa, andel20 > 0 ? beholdning / d : 0, andel20 > 0 ? gpb / d : 0,
                andel20 > 0 ? gtb / d : 0, Garantitillegg.gjelder(kull), andel19, andel20,
                uforegradVedOmregning(foedselsdato, dato, o.ufore()));
    }

    /**
     * The degree of uføretrygd the pension replaces: uføretrygd runs to 67 (folketrygdloven § 12-4) and is then replaced
     * by alderspensjon, so for a pension from 67 or later it is the degree in force the day before the month after one
     * turns 67; before 67 nothing is converted (uføretrygd and an early alderspensjon run side by side) and it is 0.
     */
    static int uforegradVedOmregning(LocalDate foedselsdato, LocalDate dato, List<Uforeperiode> ufore) {
        LocalDate omregning = sekstisyv(foedselsdato);
        if (dato.isBefore(omregning)) {
            return 0;
        }
        LocalDate dagenFoer = omregning.minusDays(1);
        return ufore.stream().filter(u -> u.gjelder(dagenFoer)).mapToInt(Uforeperiode::uforegrad).findFirst().orElse(0);
    }

    /** A future year's income: the request's yearly amounts, month by month as each comes into force. */
    static double fremtidigInntekt(List<FremtidigInntekt> fremtidig, int aar) {
        if (fremtidig.isEmpty()) {
            return 0;
        }
        double sum = 0;
        for (int m = 1; m <= 12; m++) {
            LocalDate dag = LocalDate.of(aar, m, 1);
            Integer gjeldende = null;
            for (FremtidigInntekt fi : fremtidig) {
                if (!fi.fomDato().isAfter(dag)) {
                    gjeldende = fi.arligInntekt();
                }
            }
            sum += gjeldende == null ? 0 : gjeldende / 12.0;
        }
        return sum;
    }
}

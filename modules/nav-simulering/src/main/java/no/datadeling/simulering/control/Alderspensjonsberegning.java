package no.datadeling.simulering.control;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import no.datadeling.simulering.control.Simuleringsforespoersel.FremtidigInntekt;
import no.datadeling.simulering.entity.Opptjening;

/**
 * The full alderspensjon a year for a withdrawal on a date: opptjening up to the year before (registered income up to
 * the last settled year, then the request's future income, in today's kroner, and never past the year one turns 75),
 * kapittel 19 and 20 computed side by side and weighted by the cohort's shares. Pure: no I/O, no clock.
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
        double beholdning = 0;
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
                }
            }
            beholdning += Pensjonsbeholdning.opptjening(inntekt, gAar, g, p);
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
        double gpb = andel20 > 0 ? Garantipensjon.beholdning(nivaa, beholdning, p.delingstall(kull, MAANEDER_67), p) : 0;
        return new Beregningspunkt(dato, alder, p91, p92, spt, trygdetid, gp, tp, pt, mnt, andel19 > 0 ? f : 0, d,
                andel20 > 0 ? beholdning : 0, gpb, nivaa, andel20 > 0 ? beholdning / d : 0, andel20 > 0 ? gpb / d : 0,
                andel19, andel20);
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

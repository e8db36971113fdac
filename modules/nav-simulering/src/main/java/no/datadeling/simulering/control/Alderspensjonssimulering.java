package no.datadeling.simulering.control;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.datadeling.simulering.control.Simuleringsforespoersel.Uttak;
import no.datadeling.simulering.entity.Opptjening;

/**
 * One simulation from a person's opptjening and a request: the vilkår (cohort, rules in force, uttak ages and grades,
 * trygdetid, the minimum level for early withdrawal) and then the pension per period. Pure and fast: the parameters are
 * shared, the opptjening already read.
 */
public final class Alderspensjonssimulering {

    /** Folketrygdloven § 19-10 / § 20-14: the grades one may withdraw. */
    public static final Set<Integer> GRADER = Set.of(20, 40, 50, 60, 80, 100);
    static final int MINSTE_UTTAKSALDER = 62 * 12;
    static final int HOYESTE_UTTAKSALDER = 75 * 12;
    /** The answer's yearly periods run to the year one turns 77, as NAV's own simulations do. */
    static final int SISTE_ALDER_I_SVARET = 77;

    private final Folketrygdparametre p;
    private final Alderspensjonsberegning beregning;

    public Alderspensjonssimulering(Folketrygdparametre p) {
        this.p = p;
        this.beregning = new Alderspensjonsberegning(p);
    }

    public record Periode(LocalDate datoFom, int uttaksgrad, Map<String, Integer> delytelser, int arligUtbetaling) {
    }

    public record Resultat(List<Periode> perioder, List<Beregningspunkt> punkter, boolean harUttak, boolean harTidligereUttak,
                           int sisteGyldigeOpptjeningsAr, Sivilstandssats sats, LocalDate forsteUttak, LocalDate heltUttak) {
    }

    public Resultat simuler(LocalDate foedselsdato, Opptjening o, Simuleringsforespoersel f, int sisteGyldigeAar) {
        if (foedselsdato.getYear() < Kullandel.FOERSTE_KULL) {
            throw Avslag.FodtFor1943.feil();
        }
        if (o.lopendePaaGammeltRegelverk()) {
            throw Avslag.GammeltRegelverk.feil();
        }
        Uttak forste = f.forsteUttak();
        Uttak helt = f.heltUttak();
        if (forste == null) {
            if (!o.harLopendeUttak()) {
                throw Avslag.IkkelopendeYtelse.feil();
            }
            forste = new Uttak(o.lopendeUttakFom(), o.lopendeUttaksgrad());
            helt = null;
        } else {
            helt = kontrollerUttak(foedselsdato, forste, helt);
        }
        if (f.simulerMedAfpPrivat()) {
            throw Avslag.Annet.feil("Simulering med AFP i privat sektor (simulerMedAfpPrivat) tilbys ikke av denne tjenesten.");
        }
        int trygdetid = Trygdetid.anvendt(Alderspensjonsberegning.alderMaaneder(foedselsdato, forste.datoFom()) / 12,
                f.aarIUtlandetEtter16(), p);
        if (!Trygdetid.oppfyllerMinstekrav(trygdetid, p)) {
            throw Avslag.KortTrygdetid.feil("anvendt trygdetid " + trygdetid + " år, minst "
                    + (int) p.sats("minste_trygdetid") + " år kreves.");
        }
        Sivilstandssats sats = Sivilstandssats.av(f.sivilstand(), f.epsPensjon(), f.eps2G());
        Beregningspunkt forstePunkt = punkt(foedselsdato, o, f, sisteGyldigeAar, forste.datoFom(), trygdetid, sats);
        Beregningspunkt heltPunkt = helt == null ? null : punkt(foedselsdato, o, f, sisteGyldigeAar, helt.datoFom(), trygdetid, sats);
        if (f.forsteUttak() != null) {
            kontrollerTidligUttak(foedselsdato, o, f, sisteGyldigeAar, forste, helt, forstePunkt, heltPunkt, trygdetid, sats);
        }
        List<Beregningspunkt> punkter = heltPunkt == null ? List.of(forstePunkt) : List.of(forstePunkt, heltPunkt);
        boolean harTidligereUttak = o.harLopendeUttak() && o.lopendeUttakFom().isBefore(forste.datoFom());
        return new Resultat(perioder(foedselsdato, forste, helt, forstePunkt, heltPunkt), punkter, o.harLopendeUttak(),
                harTidligereUttak || f.forsteUttak() == null, sisteGyldigeAar, sats, forste.datoFom(),
                helt == null ? null : helt.datoFom());
    }

    private Beregningspunkt punkt(LocalDate foedselsdato, Opptjening o, Simuleringsforespoersel f, int sisteGyldigeAar,
                                  LocalDate dato, int trygdetid, Sivilstandssats sats) {
        return beregning.punkt(foedselsdato, o, f.fremtidigInntekt(), sisteGyldigeAar, dato, trygdetid, sats);
    }

    /** Ages 62–75 (§ 19-4, § 20-14), the first of a month, a permitted grade; a graded withdrawal needs its full one. */
    static Uttak kontrollerUttak(LocalDate foedselsdato, Uttak forste, Uttak helt) {
        kontrollerDato(foedselsdato, forste.datoFom(), "forsteUttak");
        if (!GRADER.contains(forste.grad())) {
            throw Avslag.SimuleringsGrunnlag.feil("forsteUttak.grad må være en av 20, 40, 50, 60, 80 eller 100.");
        }
        if (forste.grad() == 100) {
            if (helt != null && !helt.datoFom().equals(forste.datoFom())) {
                throw Avslag.SimuleringsGrunnlag.feil("heltUttak kan ikke angis med en annen dato når forsteUttak er 100 %.");
            }
            return null;
        }
        if (helt == null) {
            throw Avslag.SimuleringsGrunnlag.feil("heltUttak må angis når forsteUttak er gradert.");
        }
        kontrollerDato(foedselsdato, helt.datoFom(), "heltUttak");
        if (helt.grad() != 100) {
            throw Avslag.SimuleringsGrunnlag.feil("heltUttak.grad må være 100.");
        }
        if (!helt.datoFom().isAfter(forste.datoFom())) {
            throw Avslag.SimuleringsGrunnlag.feil("heltUttak.datoFom må være etter forsteUttak.datoFom.");
        }
        return helt;
    }

    private static void kontrollerDato(LocalDate foedselsdato, LocalDate dato, String felt) {
        if (dato.getDayOfMonth() != 1) {
            throw Avslag.SimuleringsGrunnlag.feil(felt + ".datoFom må være den første i en måned.");
        }
        int alder = Alderspensjonsberegning.alderMaaneder(foedselsdato, dato);
        if (alder < MINSTE_UTTAKSALDER || alder > HOYESTE_UTTAKSALDER) {
            throw Avslag.SimuleringsGrunnlag.feil(felt + ".datoFom må være tidligst måneden etter fylte 62 år og senest ved 75 år.");
        }
    }

    /**
     * § 19-11 and § 20-15: withdrawal before 67 needs the pension one would have at 67 (the share taken early with its
     * early divisor, the rest at 67, or at the full withdrawal if that is earlier) to reach the minimum level with full
     * trygdetid and ordinær sats, whatever the person's own trygdetid and sats: minstepensjonsnivå for kapittel 19's
     * share, garantipensjonsnivå for kapittel 20's.
     */
    private void kontrollerTidligUttak(LocalDate foedselsdato, Opptjening o, Simuleringsforespoersel f, int sisteGyldigeAar,
                                       Uttak forste, Uttak helt, Beregningspunkt forstePunkt, Beregningspunkt heltPunkt,
                                       int trygdetid, Sivilstandssats sats) {
        LocalDate sekstisyv = Alderspensjonsberegning.sekstisyv(foedselsdato);
        if (!forste.datoFom().isBefore(sekstisyv)) {
            return;
        }
        double andel = forste.grad() / 100.0;
        Beregningspunkt resten = andel == 1 ? forstePunkt : heltPunkt != null && helt.datoFom().isBefore(sekstisyv) ? heltPunkt
                : punkt(foedselsdato, o, f, sisteGyldigeAar, sekstisyv, trygdetid, sats);
        double ved67 = andel * forstePunkt.utenMinstenivaatillegg() + (1 - andel) * resten.utenMinstenivaatillegg();
        double minstenivaa = (forstePunkt.andel19() * Sivilstandssats.minstepensjonsnivaaForTidligUttak(p)
                + forstePunkt.andel20() * Sivilstandssats.garantipensjonsnivaaForTidligUttak(p)) * p.grunnbeloep().gjeldende();
        if (ved67 < minstenivaa) {
            throw Avslag.LavtTidligUttak.feil(String.format(java.util.Locale.ROOT,
                    "pensjonen ved 67 år ville blitt %d kr, minst %d kr kreves.", Math.round(ved67), Math.round(minstenivaa)));
        }
    }

    /** Periods from the first withdrawal, at the full withdrawal and every 1 January to the year one turns 77. */
    static List<Periode> perioder(LocalDate foedselsdato, Uttak forste, Uttak helt, Beregningspunkt forstePunkt,
                                  Beregningspunkt heltPunkt) {
        TreeSet<LocalDate> datoer = new TreeSet<>();
        datoer.add(forste.datoFom());
        if (helt != null) {
            datoer.add(helt.datoFom());
        }
        for (int aar = forste.datoFom().getYear() + 1; aar <= foedselsdato.getYear() + SISTE_ALDER_I_SVARET; aar++) {
            datoer.add(LocalDate.of(aar, 1, 1));
        }
        List<Periode> ut = new ArrayList<>();
        double andel = forste.grad() / 100.0;
        for (LocalDate dato : datoer) {
            boolean heltTatt = helt != null && !dato.isBefore(helt.datoFom());
            Map<String, Integer> delytelser = new LinkedHashMap<>();
            int sum = 0;
            for (var e : forstePunkt.delytelser().entrySet()) {
                double v = andel * e.getValue() + (heltTatt ? (1 - andel) * heltPunkt.delytelser().get(e.getKey()) : 0);
                int belop = (int) Math.round(v);
                delytelser.put(e.getKey(), belop);
                sum += belop;
            }
            ut.add(new Periode(dato, heltTatt ? 100 : forste.grad(), delytelser, sum));
        }
        return ut;
    }
}

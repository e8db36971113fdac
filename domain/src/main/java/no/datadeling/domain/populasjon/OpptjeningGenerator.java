package no.datadeling.domain.populasjon;

import java.time.LocalDate;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Earnings histories for the pension simulation: every person born 1930–1990 has pensjonsgivende inntekt per year
 * from the year they turn 17 (at the earliest 1967, when folketrygden began) to {@link #SISTE_AAR} or the year they
 * turn 70. A career is a level (in G, so histories from 1970 and 2020 compare), a slow rise with age, years out of
 * work and now and then a part-time stretch; some persons earn little, so garantipensjon and the early-withdrawal
 * test have cases to bite on. Persons past 62 have a running alderspensjon in the proportion one sees in the
 * statistics; those who started before 2011 are on the old rules.
 */
public final class OpptjeningGenerator {

    /** The last income year with a tax settlement at the population's reference date (2026-01-01). */
    public static final int SISTE_AAR = 2024;
    public static final int FOERSTE_KULL = 1930;
    public static final int SISTE_KULL = 1990;
    private static final int FOLKETRYGDEN = 1967;
    private static final int[] GRADER = {100, 100, 100, 100, 100, 100, 80, 60, 50, 40, 20};
    /** Average G per year 1967..2024 (folketrygdloven § 1-4), only to express a generated career in NOK. */
    private static final int[] SNITT_G = {5400, 5900, 6400, 6800, 7400, 7700, 8500, 9533, 10800, 12000, 13383, 14550,
        15200, 16633, 18658, 20667, 22333, 23667, 25333, 27433, 29267, 30850, 32275, 33575, 35033, 36167, 37033, 37820,
        38847, 40410, 42000, 44413, 46423, 48377, 50603, 53233, 55964, 58139, 60059, 62161, 65505, 69108, 72006, 74721,
        78024, 81153, 84204, 87328, 89502, 91740, 93281, 95800, 98866, 100853, 104716, 109784, 116239, 122225};

    private final Populasjon pop;

    public OpptjeningGenerator(Populasjon pop) {
        this.pop = pop;
    }

    public Optional<SyntetiskOpptjening> opptjening(SyntetiskPerson p) {
        int kull = p.foedselsdato().getYear();
        if (kull < FOERSTE_KULL || kull > SISTE_KULL) {
            return Optional.empty();
        }
        SplittableRandom r = pop.random("pensjonsopptjening", p.nummer());
        int foerste = Math.max(FOLKETRYGDEN, kull + 17);
        int siste = Math.min(SISTE_AAR, kull + 70);
        int[] inntekter = new int[siste - foerste + 1];
        // the career's level in G: a few earn little (garantipensjon cases), most 3-7 G, some above the 7.1 G ceiling
        int typ = r.nextInt(100);
        double nivaa = typ < 12 ? 0.5 + r.nextDouble() * 1.5 : typ < 88 ? 3 + r.nextDouble() * 4 : 7 + r.nextDouble() * 5;
        int startAlder = 17 + r.nextInt(10);
        int stoppAlder = 60 + r.nextInt(11);
        for (int aar = foerste; aar <= siste; aar++) {
            int alder = aar - kull;
            double g;
            if (alder < startAlder || alder > stoppAlder || r.nextInt(100) < 6) {
                g = alder < startAlder && r.nextInt(100) < 40 ? 0.3 + r.nextDouble() : 0; // summer jobs, or nothing
            } else {
                double stigning = Math.min(1.0, 0.55 + 0.02 * (alder - startAlder)); // wages rise with experience
                g = nivaa * stigning * (r.nextInt(100) < 8 ? 0.5 : 1.0) * (0.92 + r.nextDouble() * 0.16);
            }
            inntekter[aar - foerste] = (int) Math.round(g * SNITT_G[aar - FOLKETRYGDEN] / 100.0) * 100;
        }
        LocalDate uttak = null;
        Integer grad = null;
        int alderNaa = p.foedselsdato().until(Populasjon.REFERANSEDATO).getYears();
        int andel = alderNaa >= 67 ? 90 : alderNaa >= 62 ? 35 : 0;
        if (r.nextInt(100) < andel) {
            int uttaksalder = 62 + r.nextInt(Math.min(alderNaa, 67) - 62 + 1);
            uttak = p.foedselsdato().plusYears(uttaksalder).plusMonths(1).withDayOfMonth(1);
            if (uttak.isBefore(LocalDate.of(2011, 1, 1)) && uttaksalder < 67) {
                uttak = p.foedselsdato().plusYears(67).plusMonths(1).withDayOfMonth(1); // before 2011 only from 67
            }
            grad = uttak.isBefore(LocalDate.of(2011, 1, 1)) ? 100 : GRADER[r.nextInt(GRADER.length)];
            if (!uttak.isBefore(Populasjon.REFERANSEDATO)) {
                uttak = null; // the birthday month is the reference month: not running yet
                grad = null;
            }
        }
        return Optional.of(new SyntetiskOpptjening(p.foedselsnummer(), p.foedselsdato(), foerste, inntekter, uttak, grad));
    }
}

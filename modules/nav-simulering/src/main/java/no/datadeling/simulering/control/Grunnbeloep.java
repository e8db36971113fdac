package no.datadeling.simulering.control;

import java.time.LocalDate;
import java.util.TreeMap;

/**
 * Grunnbeløpet (G), folketrygdloven § 1-4: adjusted every 1 May with wage growth. Opptjening of a year is measured in
 * that year's average G; amounts are answered in today's G ({@link #gjeldende()}), which is also what a past year's
 * amount is regulated to: an amount of year y in today's kroner is amount × G / snitt(y). Years after the table
 * (future income) are already in today's G.
 */
public final class Grunnbeloep {

    private final LocalDate gjeldendeFom;
    private final int gjeldende;
    private final int foersteAar;
    private final int[] snitt;

    Grunnbeloep(LocalDate gjeldendeFom, int gjeldende, TreeMap<Integer, Integer> snittPerAar) {
        this.gjeldendeFom = gjeldendeFom;
        this.gjeldende = gjeldende;
        this.foersteAar = snittPerAar.firstKey();
        this.snitt = new int[snittPerAar.lastKey() - foersteAar + 1];
        for (int aar = foersteAar; aar <= snittPerAar.lastKey(); aar++) {
            Integer g = snittPerAar.get(aar);
            if (g == null) {
                throw new IllegalStateException("average G missing for " + aar);
            }
            snitt[aar - foersteAar] = g;
        }
    }

    /** Today's G (in force from {@link #gjeldendeFom()}). */
    public int gjeldende() {
        return gjeldende;
    }

    public LocalDate gjeldendeFom() {
        return gjeldendeFom;
    }

    public int foersteAar() {
        return foersteAar;
    }

    /** The average G of a year; a year after the table is a future year, counted in today's G. */
    public int snitt(int aar) {
        if (aar < foersteAar) {
            throw new IllegalArgumentException("no G before " + foersteAar + " (folketrygden began in 1967)");
        }
        return aar - foersteAar < snitt.length ? snitt[aar - foersteAar] : gjeldende;
    }

    /** An amount earned in a year, in today's kroner (regulated with the growth of G since). */
    public double iDagensKroner(double beloep, int aar) {
        return beloep * gjeldende / snitt(aar);
    }
}

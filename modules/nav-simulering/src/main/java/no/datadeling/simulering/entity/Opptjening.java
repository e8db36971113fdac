package no.datadeling.simulering.entity;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's opptjeningsgrunnlag as stored in {@code pensjonsopptjening}: pensjonsgivende inntekt per year from
 * {@code foersteAar} (inntekter[i] is year foersteAar + i), the running alderspensjon, if any, and the periods of
 * uføretrygd (from {@code uforeberegningsperiode}, empty for most).
 */
public record Opptjening(int foersteAar, int[] inntekter, LocalDate lopendeUttakFom, Integer lopendeUttaksgrad,
                         List<Uforeperiode> ufore) {

    public Opptjening {
        ufore = List.copyOf(ufore);
    }

    /** Without uføretrygd. */
    public Opptjening(int foersteAar, int[] inntekter, LocalDate lopendeUttakFom, Integer lopendeUttaksgrad) {
        this(foersteAar, inntekter, lopendeUttakFom, lopendeUttaksgrad, List.of());
    }

    /** 2011: the new rules of kapittel 19/20 (flexible withdrawal, levealdersjustering) apply from 1 January 2011. */
    public static final LocalDate NYTT_REGELVERK = LocalDate.of(2011, 1, 1);

    public int inntekt(int aar) {
        int i = aar - foersteAar;
        return i >= 0 && i < inntekter.length ? inntekter[i] : 0;
    }

    public int sisteAar() {
        return foersteAar + inntekter.length - 1;
    }

    public boolean harLopendeUttak() {
        return lopendeUttakFom != null;
    }

    public boolean lopendePaaGammeltRegelverk() {
        return lopendeUttakFom != null && lopendeUttakFom.isBefore(NYTT_REGELVERK);
    }
}

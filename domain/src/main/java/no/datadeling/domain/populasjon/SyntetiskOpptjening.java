package no.datadeling.domain.populasjon;

import java.time.LocalDate;

/**
 * A person's pensjonsgivende inntekt per year from {@code foersteAar} (inntekter[i] is year foersteAar + i), and the
 * running alderspensjon, if any ({@code lopendeUttakFom} null when none).
 */
public record SyntetiskOpptjening(String ident, LocalDate foedselsdato, int foersteAar, int[] inntekter,
                                  LocalDate lopendeUttakFom, Integer lopendeUttaksgrad) {

    public int sisteAar() {
        return foersteAar + inntekter.length - 1;
    }
}

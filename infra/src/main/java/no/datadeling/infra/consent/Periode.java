package no.datadeling.infra.consent;

import java.time.LocalDate;

/** A date period, both ends inclusive. */
public record Periode(LocalDate fraOgMed, LocalDate tilOgMed) {

    public Periode {
        if (tilOgMed.isBefore(fraOgMed)) {
            throw new IllegalArgumentException("tilOgMed before fraOgMed");
        }
    }

    public boolean inneholder(Periode p) {
        return !p.fraOgMed.isBefore(fraOgMed) && !p.tilOgMed.isAfter(tilOgMed);
    }

    public boolean overlapper(LocalDate fom, LocalDate tom) {
        return !fom.isAfter(tilOgMed) && (tom == null || !tom.isBefore(fraOgMed));
    }
}

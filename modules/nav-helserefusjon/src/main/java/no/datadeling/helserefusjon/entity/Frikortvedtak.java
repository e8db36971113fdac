package no.datadeling.helserefusjon.entity;

import java.time.LocalDate;

/**
 * A frikortvedtak: the person's registered egenandeler in {@code aar} reached that year's egenandelstak on
 * {@code datoTakNaadd}; the frikort is valid from that day to 31 December. {@code egenandelstak} comes from the
 * versioned tak table, not from the vedtak row.
 */
public record Frikortvedtak(long vedtakId, String personident, int aar, int egenandelstak, LocalDate datoTakNaadd,
                            int sumEgenandeler, LocalDate vedtaksdato) {

    public LocalDate gyldigFraOgMed() {
        return datoTakNaadd;
    }

    public LocalDate gyldigTilOgMed() {
        return LocalDate.of(aar, 12, 31);
    }

    /** What was paid above the tak; refunded to the person. */
    public int overskytende() {
        return Math.max(0, sumEgenandeler - egenandelstak);
    }
}

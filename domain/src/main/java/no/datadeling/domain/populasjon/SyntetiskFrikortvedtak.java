package no.datadeling.domain.populasjon;

import java.time.LocalDate;

/** A frikortvedtak: the person's egenandeler in {@code aar} reached the tak on {@code datoTakNaadd}. */
public record SyntetiskFrikortvedtak(long vedtakId, String personident, int aar, int egenandelstak, LocalDate datoTakNaadd,
                                     int sumEgenandeler, LocalDate vedtaksdato) {

    public LocalDate gyldigTilOgMed() {
        return LocalDate.of(aar, 12, 31);
    }
}

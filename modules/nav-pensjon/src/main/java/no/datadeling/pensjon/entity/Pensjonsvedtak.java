package no.datadeling.pensjon.entity;

import java.time.LocalDate;

/**
 * A samordningspliktig pension decision as Vedtaksinformasjon reads it, with the birth year that decides how a
 * decision under both chapters (born 1954-1962) is shared between kap. 19 and kap. 20.
 */
public record Pensjonsvedtak(long vedtakId, String sakType, String regelverk, String vedtaksKode, LocalDate virkFom, LocalDate virkTom,
                             int uttaksgrad, int trygdetid, int totalbelopNetto, int foedselsaar) {

    /** The kap. 19 share in tenths: 10 before 1954, 0 from 1963, and one tenth less per year in between. */
    public int kap19Tideler() {
        return switch (regelverk) {
            case "KAP19" -> 10;
            case "KAP20" -> 0;
            default -> Math.max(1, Math.min(9, 1963 - foedselsaar));
        };
    }
}

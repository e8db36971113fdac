package no.datadeling.arbeid.entity;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** AAP data as disclosed: already limited to the requested period and clipped to the consent period. */
public final class Aapdata {

    private Aapdata() {
    }

    public record Vedtak(long vedtakId, String type, String status, LocalDate fom, LocalDate tom, int dagsats, int barnetillegg,
                         int beregningsgrunnlag, LocalDate vedtaksdato) {
    }

    public record Dag(LocalDate dato, BigDecimal timer) {
    }

    public record Meldekort(long meldekortId, LocalDate fom, LocalDate tom, String status, LocalDate mottatt, List<Dag> dager) {

        public Meldekort {
            dager = List.copyOf(dager);
        }
    }
}

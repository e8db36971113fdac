package no.datadeling.domain.populasjon;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A person's arbeidsavklaringspenger: the decisions and the meldekort sent while they ran. */
public record SyntetiskAap(SyntetiskPerson person, List<Vedtak> vedtak, List<Meldekort> meldekort) {

    public SyntetiskAap {
        vedtak = List.copyOf(vedtak);
        meldekort = List.copyOf(meldekort);
    }

    public String ident() {
        return person.foedselsnummer();
    }

    public record Vedtak(long vedtakId, String type, String status, LocalDate fom, LocalDate tom, int dagsats, int barnetillegg,
                         int beregningsgrunnlag, LocalDate vedtaksdato) {
    }

    /** Hours worked on each of the 14 days from {@code fom}. */
    public record Meldekort(long meldekortId, LocalDate fom, String status, LocalDate mottatt, List<BigDecimal> timer) {

        public Meldekort {
            timer = List.copyOf(timer);
        }

        public LocalDate tom() {
            return fom.plusDays(13);
        }
    }
}

package no.datadeling.domain.populasjon;

import java.time.LocalDate;
import java.util.List;

/** A generated uføre case: status, first effective date (absent without a decision) and its calculation periods. */
public record SyntetiskUforesak(long sakId, String ident, String status, LocalDate forsteVirkningstidspunkt,
                                List<Beregningsperiode> beregningsperioder) {

    public record Beregningsperiode(LocalDate fom, LocalDate tom, int uforegrad, LocalDate uforetidspunkt, int ifu,
                                    int inntektBruktIAvkortingen, boolean ferdiglignetInntekt, boolean klagebehandles) {
    }

    public SyntetiskUforesak {
        beregningsperioder = List.copyOf(beregningsperioder);
    }
}

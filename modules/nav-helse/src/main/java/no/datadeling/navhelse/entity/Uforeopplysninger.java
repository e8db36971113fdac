package no.datadeling.navhelse.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.datadeling.domain.ufore.Uforeberegningsperiode;

/** What may be disclosed for one request: the status, the first effective date and the periods within the consent. */
public record Uforeopplysninger(String status, Optional<LocalDate> forsteVirkningstidspunkt,
                                List<Uforeberegningsperiode> beregningsperioder) {

    public Uforeopplysninger {
        beregningsperioder = List.copyOf(beregningsperioder);
    }

    /** The data categories disclosed, for the audit log (names, never values). */
    public List<String> kategorier() {
        List<String> k = new java.util.ArrayList<>(List.of("status"));
        forsteVirkningstidspunkt.ifPresent(x -> k.add("forsteVirkningstidspunkt"));
        if (!beregningsperioder.isEmpty()) {
            k.add("beregningsperioder");
        }
        return k;
    }
}

package no.datadeling.domain.populasjon;

import java.time.LocalDate;

/** A health professional of the synthetic HPR register. */
public record SyntetiskHelsepersonell(String hprNummer, String foedselsnummer, String kategori, String navn, LocalDate autorisertFra) {
}

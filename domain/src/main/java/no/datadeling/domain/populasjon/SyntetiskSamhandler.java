package no.datadeling.domain.populasjon;

import java.time.Instant;
import java.time.LocalDate;

/** A generated SAR row (samhandler). {@code hprNummer} only for practitioners. */
public record SyntetiskSamhandler(String samhandlerId, String navn, String samhandlertype, String hprNummer,
                                  String organisasjonsnummer, String kommunenummer, LocalDate gyldigFraOgMed,
                                  LocalDate gyldigTilOgMed, int versjon, Instant sistEndret) {
}

package no.datadeling.infra.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A consent read from an Altinn 2 token or an Altinn 3 {@code authorization_details} entry, not yet checked against
 * the call: who gave it ({@code avgiver}, an identity number as Altinn wrote it), to whom ({@code mottaker},
 * an organisasjonsnummer as written), for what ({@code tjeneste}), until when, and for which period (metadata).
 */
public record Samtykke(Versjon versjon, String id, String tjeneste, String avgiver, String mottaker, Instant gyldigTil,
                       Optional<LocalDate> fraOgMed, Optional<LocalDate> tilOgMed) {

    public enum Versjon { ALTINN2, ALTINN3 }
}

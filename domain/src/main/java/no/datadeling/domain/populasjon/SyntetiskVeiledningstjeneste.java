package no.datadeling.domain.populasjon;

import java.util.List;
import java.util.UUID;

/** A generated veiledningstjeneste of a tool vendor. */
public record SyntetiskVeiledningstjeneste(UUID id, String navn, String organisasjonsnummer, String telefon, String url,
                                           List<Integer> apningstider) {
}

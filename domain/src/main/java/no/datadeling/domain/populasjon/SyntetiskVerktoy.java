package no.datadeling.domain.populasjon;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.datadeling.domain.verktoy.Kodeverk;

/** A generated tool of the Verktøykatalog, field for field as the {@code verktoy} table holds it. */
public record SyntetiskVerktoy(UUID verktoyId, String navn, String ingress, String beskrivelse, Instant opprettetDato,
                               Instant endretDato, Kodeverk.VerktoyFormal formal, String fagligAnsvarlig, String utvikletAv,
                               Kodeverk.Sprak sprak, Kodeverk.Fagomrade fagomrade, String url, List<String> sokeord,
                               Kodeverk.Malgruppe malgruppe, int grafiskElementId, Kodeverk.GrafiskElementType grafiskElementType,
                               int farge, Kodeverk.Innholdstype innholdstype, String behandlerinnsyn, String klassifiseringKode,
                               String klassifiseringNavn, boolean kreverForskrivning, boolean anonymTilgang,
                               String organisasjonsnummer, String organisasjonsnavn, Integer antattTid) {
}

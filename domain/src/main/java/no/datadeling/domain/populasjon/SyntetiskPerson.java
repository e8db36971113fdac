package no.datadeling.domain.populasjon;

import java.time.LocalDate;

/** A generated person; {@code nummer} is its position in the generator's sequence (0-based). */
public record SyntetiskPerson(int nummer, String foedselsnummer, String identifikatortype, String fornavn, String mellomnavn,
                              String etternavn, String kjoenn, LocalDate foedselsdato, String personstatus) {

    public boolean erDNummer() {
        return "dNummer".equals(identifikatortype);
    }
}

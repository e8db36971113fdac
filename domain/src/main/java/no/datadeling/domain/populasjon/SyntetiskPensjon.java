package no.datadeling.domain.populasjon;

import java.time.LocalDate;
import java.util.List;

/**
 * A person's pension data: the tjenestepensjonsforhold (tpnr and start), the pension decisions in the order they were
 * made, and the life events the samordning feed "personer" reports to the person's ordninger.
 */
public record SyntetiskPensjon(SyntetiskPerson person, List<Forhold> forhold, List<Vedtak> vedtak, List<Personendring> endringer) {

    public SyntetiskPensjon {
        forhold = List.copyOf(forhold);
        vedtak = List.copyOf(vedtak);
        endringer = List.copyOf(endringer);
    }

    public String ident() {
        return person.foedselsnummer();
    }

    public record Forhold(String tpnr, LocalDate fom) {
    }

    /** One decision; {@code virkTom} is null while it runs. */
    public record Vedtak(long vedtakId, String sakType, String regelverk, String vedtaksKode, LocalDate virkFom, LocalDate virkTom,
                         int uttaksgrad, int trygdetid, int totalbelopNetto, LocalDate vedtaksdato) {
    }

    /** A SIVILSTAND, ADRESSE or DOEDSFALL change (meldingskode), with the field that changed. */
    public record Personendring(LocalDate dato, String meldingskode, String sivilstand, LocalDate doedsdato, Adresse adresse) {
    }

    public record Adresse(String adresselinje1, String postnr, String poststed, String land) {
    }
}

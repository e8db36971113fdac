package no.datadeling.helserefusjon.entity;

import java.util.List;

/**
 * The letter's addressee as Folkeregisteret has them now: name and current bostedsadresse. A protected address
 * (fortrolig, strengt fortrolig) is never printed: {@code adresseSkjermet} is true and the lines are empty.
 */
public record Mottaker(String navn, List<String> adresselinjer, String postnummer, String poststed, boolean adresseSkjermet) {

    public Mottaker {
        adresselinjer = List.copyOf(adresselinjer);
    }
}

package no.datadeling.helserefusjon.boundary;

import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;

/**
 * Request values read by hand, so every malformed one is a 400 in NAV's format naming the parameter (never the value
 * itself: it may be an identity number).
 */
final class Parametre {

    static final String PERSON_HEADER = "Nav-Personident";

    private Parametre() {
    }

    static Foedselsnummer ident(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            throw ApiException.invalidInput("Mangler header " + PERSON_HEADER + ".");
        }
        return Foedselsnummer.parse(verdi.trim())
                .orElseThrow(() -> ApiException.invalidInput("Ugyldig fødselsnummer eller D-nummer i header " + PERSON_HEADER + "."));
    }

    static long heltall(String verdi, String navn, long min, long max, Long standard) {
        if (verdi == null || verdi.isBlank()) {
            if (standard == null) {
                throw ApiException.invalidInput("Mangler " + navn + ".");
            }
            return standard;
        }
        try {
            long v = Long.parseLong(verdi.trim());
            if (v < min || v > max) {
                throw ApiException.invalidInput(navn + " må være mellom " + min + " og " + max + ".");
            }
            return v;
        } catch (NumberFormatException e) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet et heltall.");
        }
    }

    /** The caller's Nav-Call-Id when it is a sane token, else the server's correlation id. */
    static String callId(String fraKlient, String korrelasjonsid) {
        return fraKlient != null && fraKlient.matches("[A-Za-z0-9._:-]{1,100}") ? fraKlient : korrelasjonsid;
    }
}

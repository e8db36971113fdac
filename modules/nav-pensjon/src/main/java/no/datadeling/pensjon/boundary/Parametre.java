package no.datadeling.pensjon.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.Parameterverdier;

/**
 * Request values read by hand, so every malformed one is a 400 in NAV's format naming the parameter (never a JAX-RS
 * default answer, never the value itself: it may be an identity number).
 */
final class Parametre {

    private Parametre() {
    }

    /** A TP number is four digits (the TP register's key). */
    static String tpnr(String verdi, String navn) {
        String v = Parameterverdier.paakrevd(verdi, navn);
        if (!v.matches("[0-9]{4}")) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet et tjenestepensjonsnummer på fire siffer.");
        }
        return v;
    }

    static LocalDate dato(String verdi, String navn) {
        try {
            return LocalDate.parse(Parameterverdier.paakrevd(verdi, navn));
        } catch (DateTimeParseException e) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet dato på formatet ÅÅÅÅ-MM-DD.");
        }
    }

    static UUID uuid(String verdi, String navn) {
        String v = Parameterverdier.paakrevd(verdi, navn);
        try {
            if (v.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet en UUID.");
        }
    }

}

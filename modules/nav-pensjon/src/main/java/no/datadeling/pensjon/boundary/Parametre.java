package no.datadeling.pensjon.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;

/**
 * Request values read by hand, so every malformed one is a 400 in NAV's format naming the parameter (never a JAX-RS
 * default answer, never the value itself: it may be an identity number).
 */
final class Parametre {

    private Parametre() {
    }

    static String paakrevd(String verdi, String navn) {
        if (verdi == null || verdi.isBlank()) {
            throw ApiException.invalidInput("Mangler " + navn + ".");
        }
        return verdi.trim();
    }

    static Foedselsnummer ident(String verdi, String navn) {
        return Foedselsnummer.parse(paakrevd(verdi, navn))
                .orElseThrow(() -> ApiException.invalidInput("Ugyldig fødselsnummer eller D-nummer i " + navn + "."));
    }

    /** A TP number is four digits (the TP register's key). */
    static String tpnr(String verdi, String navn) {
        String v = paakrevd(verdi, navn);
        if (!v.matches("[0-9]{4}")) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet et tjenestepensjonsnummer på fire siffer.");
        }
        return v;
    }

    static LocalDate dato(String verdi, String navn) {
        try {
            return LocalDate.parse(paakrevd(verdi, navn));
        } catch (DateTimeParseException e) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet dato på formatet ÅÅÅÅ-MM-DD.");
        }
    }

    static UUID uuid(String verdi, String navn) {
        String v = paakrevd(verdi, navn);
        try {
            if (v.length() != 36) {
                throw new IllegalArgumentException();
            }
            return UUID.fromString(v);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet en UUID.");
        }
    }

    static long heltall(String verdi, String navn, long min, long max, long standard) {
        if (verdi == null || verdi.isBlank()) {
            return standard;
        }
        long v;
        try {
            v = Long.parseLong(verdi.trim());
        } catch (NumberFormatException e) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet et heltall.");
        }
        if (v < min || v > max) {
            throw ApiException.invalidInput(navn + " må være mellom " + min + " og " + max + ".");
        }
        return v;
    }
}

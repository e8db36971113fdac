package no.datadeling.infra.error;

import no.datadeling.infra.ident.Foedselsnummer;

/**
 * Request values the NAV APIs read by hand, so every malformed one is a 400 naming the parameter (never a JAX-RS
 * default answer, never the value itself: it may be an identity number). One place for what every NAV module needs;
 * values of one API only stay in that module.
 */
public final class Parameterverdier {

    private Parameterverdier() {
    }

    public static String paakrevd(String verdi, String navn) {
        if (verdi == null || verdi.isBlank()) {
            throw ApiException.invalidInput("Mangler " + navn + ".");
        }
        return verdi.trim();
    }

    public static Foedselsnummer ident(String verdi, String navn) {
        return Foedselsnummer.parse(paakrevd(verdi, navn))
                .orElseThrow(() -> ApiException.invalidInput("Ugyldig fødselsnummer eller D-nummer i " + navn + "."));
    }

    /** A whole number in [min, max]; absent gives {@code standard}, or a 400 when there is none. */
    public static long heltall(String verdi, String navn, long min, long max, Long standard) {
        if (verdi == null || verdi.isBlank()) {
            if (standard == null) {
                throw ApiException.invalidInput("Mangler " + navn + ".");
            }
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

package no.datadeling.navhelse.boundary;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.datadeling.infra.error.ApiException;

/**
 * Request values read by hand, so every malformed one is a 400 in NAV's format naming the parameter (never a JAX-RS
 * default answer, never the value itself: it may be an identity number).
 */
final class Parametre {

    private Parametre() {
    }


    static Optional<LocalDate> dato(String verdi, String navn) {
        if (verdi == null || verdi.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(verdi.trim()));
        } catch (DateTimeParseException e) {
            throw ApiException.invalidInput("Ugyldig " + navn + ": forventet dato på formatet ÅÅÅÅ-MM-DD.");
        }
    }

    /** A from-to pair where both are given must not run backwards. */
    static void rekkefolge(Optional<LocalDate> fra, String fraNavn, Optional<LocalDate> til, String tilNavn) {
        if (fra.isPresent() && til.isPresent() && til.get().isBefore(fra.get())) {
            throw ApiException.invalidInput(tilNavn + " kan ikke være før " + fraNavn + ".");
        }
    }


    static boolean sannhetsverdi(String verdi, String navn) {
        if (verdi == null || verdi.isBlank()) {
            return false;
        }
        return switch (verdi.trim()) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.invalidInput("Ugyldig " + navn + ": forventet true eller false.");
        };
    }

    /** A repeatable parameter whose values may also be comma-separated; each must be one of {@code lovlige}. */
    static List<String> verdier(List<String> verdier, String navn, Set<String> lovlige) {
        List<String> out = new ArrayList<>();
        for (String v : verdier == null ? List.<String>of() : verdier) {
            for (String del : v.split(",")) {
                String d = del.trim();
                if (d.isEmpty()) {
                    continue;
                }
                if (lovlige != null && !lovlige.contains(d)) {
                    throw ApiException.invalidInput("Ugyldig verdi i " + navn + ". Lovlige verdier: " + String.join(", ", new java.util.TreeSet<>(lovlige)) + ".");
                }
                out.add(d);
            }
        }
        return out;
    }
}

package no.datadeling.infra.ident;

import java.util.Optional;

/**
 * A Norwegian organisasjonsnummer from Enhetsregisteret: 9 digits, the last a mod-11 check digit over weights
 * 3 2 7 6 5 4 3 2 (a remainder giving check digit 10 is never issued).
 */
public record Organisasjonsnummer(String verdi) {

    private static final int[] WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

    public Organisasjonsnummer {
        if (!isValid(verdi)) {
            throw new UgyldigIdentifikatorException("Ugyldig organisasjonsnummer");
        }
    }

    public static Organisasjonsnummer of(String value) {
        return new Organisasjonsnummer(value);
    }

    public static boolean isValid(String value) {
        if (value == null || value.length() != 9) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
            if (i < 8) {
                sum += (c - '0') * WEIGHTS[i];
            }
        }
        return checkDigit(sum).map(k -> k == value.charAt(8) - '0').orElse(false);
    }

    /** Completes eight digits with their check digit, or empty if none exists for them. */
    public static Optional<String> withCheckDigit(String eightDigits) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            sum += (eightDigits.charAt(i) - '0') * WEIGHTS[i];
        }
        return checkDigit(sum).map(k -> eightDigits + k);
    }

    private static Optional<Integer> checkDigit(int sum) {
        int k = 11 - sum % 11;
        if (k == 11) {
            return Optional.of(0);
        }
        return k == 10 ? Optional.empty() : Optional.of(k);
    }

    /** Parses the ISO 6523 form Maskinporten uses in {@code consumer.ID}: "0192:&lt;orgnr&gt;". */
    public static Optional<Organisasjonsnummer> fromIso6523(String id) {
        if (id == null || !id.startsWith("0192:")) {
            return Optional.empty();
        }
        String nr = id.substring(5);
        return isValid(nr) ? Optional.of(new Organisasjonsnummer(nr)) : Optional.empty();
    }

    @Override
    public String toString() {
        return verdi;
    }
}

package no.datadeling.infra.ident;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A Norwegian personal identity number (fødselsnummer or D-nummer), 11 digits, validated on construction.
 *
 * <p>Rules (Skatteetaten, "Fødselsnummer" and "Nytt fødselsnummer fra 2032"):
 * <ul>
 *   <li>D-nummer: first digit + 4 (day 41–71).</li>
 *   <li>Synthetic numbers (Skatteetaten/Tenor test data): month + 80. NAV's Dolly numbers (month + 40) are H-nummer-shaped
 *       and accepted as such.</li>
 *   <li>k1, weights 3 7 6 1 8 9 4 5 2: classic numbers need (sum + k1) mod 11 = 0; numbers issued from 2032 may have
 *       remainder 0, 1, 2 or 3. k2, weights 5 4 3 2 7 6 5 4 3 2, always remainder 0.</li>
 *   <li>The date part must be a real date. Classic numbers give the century from the individnummer; for 2032 numbers
 *       the century cannot be derived, so the date need only exist in one of the possible centuries.</li>
 * </ul>
 * {@link #toString()} masks the number so it can never reach a log in clear text by accident.
 */
public final class Foedselsnummer {

    private static final int[] K1_WEIGHTS = {3, 7, 6, 1, 8, 9, 4, 5, 2};
    private static final int[] K2_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

    public enum Type { FOEDSELSNUMMER, D_NUMMER }

    private final String verdi;
    private final Type type;
    private final boolean syntetisk;
    private final boolean regel2032;

    private Foedselsnummer(String verdi, Type type, boolean syntetisk, boolean regel2032) {
        this.verdi = verdi;
        this.type = type;
        this.syntetisk = syntetisk;
        this.regel2032 = regel2032;
    }

    /** @throws UgyldigIdentifikatorException when the value is not a valid fødselsnummer or D-nummer */
    public static Foedselsnummer of(String value) {
        return parse(value).orElseThrow(() -> new UgyldigIdentifikatorException("Ugyldig fødselsnummer eller D-nummer"));
    }

    public static boolean isValid(String value) {
        return parse(value).isPresent();
    }

    public static Optional<Foedselsnummer> parse(String value) {
        if (value == null || value.length() != 11) {
            return Optional.empty();
        }
        int[] d = new int[11];
        for (int i = 0; i < 11; i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                return Optional.empty();
            }
            d[i] = c - '0';
        }
        int k1Rest = weightedSum(d, K1_WEIGHTS, 9, d[9]) % 11;
        int k2Rest = weightedSum(d, K2_WEIGHTS, 10, d[10]) % 11;
        if (k2Rest != 0 || k1Rest > 3) {
            return Optional.empty();
        }
        boolean regel2032 = k1Rest != 0;

        int day = d[0] * 10 + d[1];
        int month = d[2] * 10 + d[3];
        int yy = d[4] * 10 + d[5];
        int individnummer = d[6] * 100 + d[7] * 10 + d[8];

        Type type = Type.FOEDSELSNUMMER;
        if (day > 40) {
            type = Type.D_NUMMER;
            day -= 40;
        }
        boolean syntetisk = false;
        if (month > 80) {
            syntetisk = true;
            month -= 80;
        } else if (month > 40) {
            month -= 40; // H-nummer / NAV-syntetisk
        }
        int year = regel2032 ? -1 : classicYear(yy, individnummer);
        // Synthetic and D-numbers are issued outside the individnummer ranges (Skatteetaten's own test vectors,
        // e.g. 41819077302), so an unassigned range falls back to "a real date in some century".
        boolean dateOk = year > 0 ? isDate(year, month, day) : existsInSomeCentury(yy, month, day);
        return dateOk ? Optional.of(new Foedselsnummer(value, type, syntetisk, regel2032)) : Optional.empty();
    }

    /** Check digits for the first nine digits by the classic (1964) rule, or empty when k1 or k2 would be 10. */
    public static Optional<String> withClassicCheckDigits(String nineDigits) {
        int[] d = new int[11];
        for (int i = 0; i < 9; i++) {
            d[i] = nineDigits.charAt(i) - '0';
        }
        int k1 = checkDigit(weightedSum(d, K1_WEIGHTS, 9, 0));
        if (k1 == 10) {
            return Optional.empty();
        }
        d[9] = k1;
        int k2 = checkDigit(weightedSum(d, K2_WEIGHTS, 10, 0));
        if (k2 == 10) {
            return Optional.empty();
        }
        return Optional.of(nineDigits + k1 + k2);
    }

    private static int checkDigit(int sum) {
        int k = 11 - sum % 11;
        return k == 11 ? 0 : k;
    }

    private static int weightedSum(int[] d, int[] weights, int n, int checkDigit) {
        int sum = checkDigit;
        for (int i = 0; i < n; i++) {
            sum += d[i] * weights[i];
        }
        return sum;
    }

    /** Century from the individnummer, as Skatteetaten assigns them to numbers issued before 2032. */
    static int classicYear(int yy, int individnummer) {
        if (individnummer <= 499) {
            return 1900 + yy;
        }
        if (individnummer <= 749 && yy >= 54) {
            return 1800 + yy;
        }
        if (yy <= 39) {
            return 2000 + yy;
        }
        if (individnummer >= 900) {
            return 1900 + yy;
        }
        return -1; // 500–899 with yy 40–53: never issued
    }

    private static boolean existsInSomeCentury(int yy, int month, int day) {
        return isDate(1900 + yy, month, day) || isDate(2000 + yy, month, day);
    }

    private static boolean isDate(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return false;
        }
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** The birth date where it can be derived (classic numbers); 2032 numbers carry no century. */
    public Optional<LocalDate> foedselsdato() {
        if (regel2032) {
            return Optional.empty();
        }
        int day = Integer.parseInt(verdi.substring(0, 2)) % 40;
        int month = Integer.parseInt(verdi.substring(2, 4)) % 40;
        int yy = Integer.parseInt(verdi.substring(4, 6));
        int year = classicYear(yy, Integer.parseInt(verdi.substring(6, 9)));
        return year > 0 && isDate(year, month, day) ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    public String verdi() {
        return verdi;
    }

    public Type type() {
        return type;
    }

    public boolean erDNummer() {
        return type == Type.D_NUMMER;
    }

    public boolean erSyntetisk() {
        return syntetisk;
    }

    public boolean erRegel2032() {
        return regel2032;
    }

    /** Masked form for logs and diagnostics: birth date part and the rest hidden. */
    public String maskert() {
        return mask(verdi);
    }

    /** Masks anything that looks like an identity number; safe to call on untrusted input. */
    public static String mask(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() == 11 ? value.substring(0, 4) + "*******" : "***";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Foedselsnummer other && verdi.equals(other.verdi);
    }

    @Override
    public int hashCode() {
        return Objects.hash(verdi);
    }

    @Override
    public String toString() {
        return "Foedselsnummer[" + maskert() + "]";
    }
}

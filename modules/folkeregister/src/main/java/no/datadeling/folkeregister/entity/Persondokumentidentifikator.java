package no.datadeling.folkeregister.entity;

import java.util.Optional;
import java.util.regex.Pattern;

/** A version of a person document: 32 hexadecimal characters (128 bits), kept in lower case. */
public record Persondokumentidentifikator(String verdi) {

    private static final Pattern FORM = Pattern.compile("[0-9a-f]{32}");

    public Persondokumentidentifikator {
        if (verdi == null || !FORM.matcher(verdi).matches()) {
            throw new IllegalArgumentException("not a persondokumentidentifikator");
        }
    }

    /** Accepts upper-case hex too (a client may have stored it so); anything else is empty. */
    public static Optional<Persondokumentidentifikator> parse(String s) {
        if (s == null || s.length() != 32) {
            return Optional.empty();
        }
        String lav = s.toLowerCase(java.util.Locale.ROOT);
        return FORM.matcher(lav).matches() ? Optional.of(new Persondokumentidentifikator(lav)) : Optional.empty();
    }

    /** PostgreSQL's uuid text form, for the query parameter. */
    public String somUuid() {
        return verdi.substring(0, 8) + "-" + verdi.substring(8, 12) + "-" + verdi.substring(12, 16) + "-" + verdi.substring(16, 20)
                + "-" + verdi.substring(20);
    }

    @Override
    public String toString() {
        return verdi;
    }
}

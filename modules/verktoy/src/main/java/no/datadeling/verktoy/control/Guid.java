package no.datadeling.verktoy.control;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * A guid as .NET's Guid.Parse reads it: 32 hex digits, dashed 8-4-4-4-12, optionally in braces or parentheses; case
 * does not matter. Stricter than {@link UUID#fromString}, which takes "1-1-1-1-1".
 */
public final class Guid {

    private static final Pattern DASHED = Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern PLAIN = Pattern.compile("[0-9a-fA-F]{32}");

    private Guid() {
    }

    public static Optional<UUID> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        String v = s.trim();
        if (v.length() == 38 && (v.startsWith("{") && v.endsWith("}") || v.startsWith("(") && v.endsWith(")"))) {
            v = v.substring(1, 37);
        }
        if (PLAIN.matcher(v).matches()) {
            v = v.substring(0, 8) + "-" + v.substring(8, 12) + "-" + v.substring(12, 16) + "-" + v.substring(16, 20) + "-" + v.substring(20);
        }
        return DASHED.matcher(v).matches() ? Optional.of(UUID.fromString(v)) : Optional.empty();
    }

    /** A guid that names something: well-formed and not all zeros (Guid.Empty), else VER-000209. */
    public static UUID kreve(String s, String felt) {
        UUID id = parse(s).orElseThrow(() -> Feilkode.UGYLDIG_ID.feil(felt));
        if (id.getMostSignificantBits() == 0 && id.getLeastSignificantBits() == 0) {
            throw Feilkode.UGYLDIG_ID.feil(felt);
        }
        return id;
    }
}

package no.datadeling.infra.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The chain's hash: SHA-256 over a canonical form of a row's content and the previous row's hash. Each field is
 * written as its length and its value ("-" for null), so no choice of field values can make two different rows
 * serialise alike. The first row of a chain links to {@link #GENESIS}.
 */
public final class AuditChain {

    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    public static String hash(AuditEntry entry) {
        return sha256(canonical(entry.felter()));
    }

    static String canonical(List<String> felter) {
        StringBuilder sb = new StringBuilder();
        for (String f : felter) {
            if (f == null) {
                sb.append("-;");
            } else {
                sb.append(f.length()).append(':').append(f).append(';');
            }
        }
        return sb.toString();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }
}

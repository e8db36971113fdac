package no.datadeling.launcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The development issuer's signing key: generated once per data directory (so tokens from one sandbox are worthless
 * against another), private part readable by the owner only, public part published as a JWKS file for the server.
 */
public final class DevKeys {

    static final String PRIVATE_FILE = "dev-signing-key.json";
    static final String JWKS_FILE = "dev-jwks.json";
    static final String PSEUDONYM_FILE = "verktoy-pseudonym.key";

    private DevKeys() {
    }

    public static RSAKey loadOrCreate(Path keysDir) throws IOException {
        Path priv = keysDir.resolve(PRIVATE_FILE);
        try {
            if (Files.exists(priv)) {
                RSAKey key = RSAKey.parse(Files.readString(priv));
                writeJwks(keysDir, key); // keep the public file in step with the private one
                return key;
            }
            Files.createDirectories(keysDir);
            RSAKey key = new RSAKeyGenerator(2048)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID("datadeling-dev-" + LocalDate.now() + "-" + UUID.randomUUID().toString().substring(0, 8))
                    .generate();
            Path tmp = Files.createTempFile(keysDir, "key", ".tmp");
            try {
                Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the directory's ACL applies
            }
            Files.writeString(tmp, key.toJSONString(), StandardCharsets.UTF_8);
            Files.move(tmp, priv, StandardCopyOption.ATOMIC_MOVE);
            writeJwks(keysDir, key);
            return key;
        } catch (ParseException | JOSEException e) {
            throw new IOException("cannot read or create the dev signing key in " + keysDir, e);
        }
    }

    /**
     * The sandbox's secret for Helsenorge PseudoIds (base64 of 32 random bytes), made once per data directory so the
     * PseudoIds stay stable across restarts; owner-readable only.
     */
    public static String pseudonymKey(Path keysDir) throws IOException {
        Path file = keysDir.resolve(PSEUDONYM_FILE);
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.US_ASCII).trim();
        }
        Files.createDirectories(keysDir);
        byte[] secret = new byte[32];
        new java.security.SecureRandom().nextBytes(secret);
        String value = java.util.Base64.getEncoder().encodeToString(secret);
        Path tmp = Files.createTempFile(keysDir, "pseudonym", ".tmp");
        try {
            Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the directory's ACL applies
        }
        Files.writeString(tmp, value, StandardCharsets.US_ASCII);
        Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE);
        return value;
    }

    public static Path jwksFile(Path keysDir) {
        return keysDir.resolve(JWKS_FILE);
    }

    private static void writeJwks(Path keysDir, RSAKey key) throws IOException {
        String json = new JWKSet(key.toPublicJWK()).toString();
        Path target = jwksFile(keysDir);
        if (Files.exists(target) && Files.readString(target).equals(json)) {
            return;
        }
        Path tmp = Files.createTempFile(keysDir, "jwks", ".tmp");
        Files.writeString(tmp, json, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}

package no.datadeling.infra.security;

import com.nimbusds.jose.KeySourceException;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSelector;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

/** Public keys from a JWKS file, re-read when the file changes (a rotated key is picked up without a restart). */
final class FileJwkSource implements JWKSource<SecurityContext> {

    private final Path file;
    private volatile JWKSet keys;
    private volatile FileTime loadedModified;

    FileJwkSource(Path file) {
        this.file = file;
    }

    @Override
    public List<JWK> get(JWKSelector selector, SecurityContext context) throws KeySourceException {
        return selector.select(current());
    }

    private JWKSet current() throws KeySourceException {
        try {
            FileTime modified = Files.getLastModifiedTime(file);
            if (keys == null || !modified.equals(loadedModified)) {
                synchronized (this) {
                    if (keys == null || !modified.equals(loadedModified)) {
                        keys = JWKSet.load(file.toFile()).toPublicJWKSet();
                        loadedModified = modified;
                    }
                }
            }
            return keys;
        } catch (IOException | java.text.ParseException e) {
            throw new KeySourceException("cannot read JWKS file " + file.getFileName(), e);
        }
    }
}

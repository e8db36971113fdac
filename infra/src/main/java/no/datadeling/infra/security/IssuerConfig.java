package no.datadeling.infra.security;

import java.net.URI;
import java.nio.file.Path;
import java.util.Set;

/**
 * One trusted token issuer. {@code issuer} is compared exactly with the token's {@code iss} (a trailing slash matters).
 * Keys come from a JWKS URL (cached, refreshed at a limited rate, a new {@code kid} fetched on sight) or a JWKS file.
 * {@code audiences}: the token's {@code aud} must contain one of them; empty means the issuer sets no audience
 * we can check (Altinn 2 consent tokens). {@code audienceOptional}: a token without {@code aud} is also accepted
 * (Maskinporten announces that unrestricted tokens will lose the "unspecified" audience).
 */
public record IssuerConfig(String name, IssuerKind kind, String issuer, URI jwksUrl, Path jwksFile, Set<String> audiences,
                           boolean audienceOptional, boolean development) {

    public IssuerConfig {
        if ((jwksUrl == null) == (jwksFile == null)) {
            throw new IllegalArgumentException("issuer " + name + ": exactly one of jwks-url and jwks-file must be set");
        }
        audiences = Set.copyOf(audiences);
    }
}

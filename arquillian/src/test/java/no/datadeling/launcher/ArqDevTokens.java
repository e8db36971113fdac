package no.datadeling.launcher;

import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.infra.security.IssuerSettings;
import no.datadeling.infra.security.TokenRejectedException;
import no.datadeling.infra.security.TokenValidator;

/**
 * Client side only: dev-issuer tokens from the launcher's own DevKeys/DevTokens (package-private, hence this package).
 * Only Strings and JDK types cross this API, so test classes that Arquillian also loads in the container never
 * need nimbus or the launcher there.
 */
public final class ArqDevTokens {

    private ArqDevTokens() {
    }

    /** A Maskinporten-shaped token with {@code scope}, signed with the dev key of {@code keysDir} (created if missing). */
    public static String maskinporten(Path keysDir, String scope) throws IOException {
        RSAKey key = DevKeys.loadOrCreate(keysDir);
        DevTokens.Request request = new DevTokens.Request();
        request.scope = scope;
        return new DevTokens(key).mint(IssuerKind.MASKINPORTEN, request);
    }

    /**
     * The scopes of {@code token} as a validator that trusts the dev issuer of {@code keysDir} (and nothing else) sees
     * them: proves a token is well-formed and correctly signed, so a server's rejection is about whom it trusts.
     */
    public static Set<String> scopesIfDevIssuerTrusted(Path keysDir, String token) throws TokenRejectedException {
        Map<String, String> config = Map.of(
                "datadeling.issuers", "",
                "datadeling.dev-issuer.enabled", "true",
                "datadeling.dev-issuer.jwks-file", DevKeys.jwksFile(keysDir).toString());
        var validator = new TokenValidator(IssuerSettings.read(k -> Optional.ofNullable(config.get(k))), Clock.systemUTC());
        return validator.validate(token, EnumSet.of(IssuerKind.MASKINPORTEN)).scopes();
    }
}

package no.datadeling.infra.security;

import java.util.Map;

/**
 * The development issuer: one issuer per token shape, signed with a key generated per data directory by the launcher.
 * Its {@code iss} values live under the reserved ".invalid" TLD so they can never collide with a real issuer, and they
 * are trusted only while {@code datadeling.dev-issuer.enabled=true}.
 */
public final class DevIssuers {

    public static final String MASKINPORTEN = "https://maskinporten.datadeling.invalid/";
    public static final String IDPORTEN = "https://idporten.datadeling.invalid";
    public static final String HELSEID = "https://helseid-sts.datadeling.invalid";
    public static final String ALTINN = "altinn.datadeling.invalid";
    /** The audience dev HelseID tokens carry, and the default HelseID audience the server expects. */
    public static final String HELSEID_AUDIENCE = "datadeling:api";

    public static final Map<IssuerKind, String> ISSUERS = Map.of(
            IssuerKind.MASKINPORTEN, MASKINPORTEN,
            IssuerKind.IDPORTEN, IDPORTEN,
            IssuerKind.HELSEID, HELSEID,
            IssuerKind.ALTINN, ALTINN);

    private DevIssuers() {
    }
}

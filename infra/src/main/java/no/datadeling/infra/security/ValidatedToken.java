package no.datadeling.infra.security;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.datadeling.infra.ident.Organisasjonsnummer;

/**
 * A token whose signature, issuer, lifetime and audience have been verified. Claims are plain JSON values
 * (String, Number, Boolean, List, Map) so no JOSE library type leaks out of infra.
 */
public final class ValidatedToken {

    public static final String HELSEID_ORGNR_PARENT = "helseid://claims/client/claims/orgnr_parent";

    private final IssuerConfig issuer;
    private final Map<String, Object> claims;
    private final Set<String> scopes;

    public ValidatedToken(IssuerConfig issuer, Map<String, Object> claims) {
        this.issuer = issuer;
        this.claims = Collections.unmodifiableMap(claims);
        this.scopes = parseScopes(claims.get("scope"));
    }

    private static Set<String> parseScopes(Object scope) {
        if (scope instanceof String s) {
            return new LinkedHashSet<>(Arrays.asList(s.trim().split("\\s+")));
        }
        if (scope instanceof List<?> list) {
            Set<String> out = new LinkedHashSet<>();
            list.forEach(v -> out.add(String.valueOf(v)));
            return out;
        }
        return Set.of();
    }

    public IssuerKind kind() {
        return issuer.kind();
    }

    public IssuerConfig issuer() {
        return issuer;
    }

    public Map<String, Object> claims() {
        return claims;
    }

    public Set<String> scopes() {
        return Collections.unmodifiableSet(scopes);
    }

    /** Exact match of one space-separated scope value: "a:b" never matches "a:b2" nor "a". */
    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }

    public Optional<String> stringClaim(String name) {
        Object v = claims.get(name);
        return v instanceof String s ? Optional.of(s) : Optional.empty();
    }

    public Optional<String> clientId() {
        return stringClaim("client_id");
    }

    public Optional<String> jti() {
        return stringClaim("jti");
    }

    public Optional<String> pid() {
        return stringClaim(kind() == IssuerKind.HELSEID ? "helseid://claims/identity/pid" : "pid");
    }

    public Optional<Instant> expiresAt() {
        Object v = claims.get("exp");
        return v instanceof Number n ? Optional.of(Instant.ofEpochSecond(n.longValue())) : Optional.empty();
    }

    /** The legal consumer: Maskinporten/ID-porten {@code consumer.ID} ("0192:orgnr"), HelseID orgnr_parent. */
    public Optional<Organisasjonsnummer> consumer() {
        return switch (kind()) {
            case MASKINPORTEN, IDPORTEN -> isoId(claims.get("consumer"));
            case HELSEID -> stringClaim(HELSEID_ORGNR_PARENT).filter(Organisasjonsnummer::isValid).map(Organisasjonsnummer::of);
            case ALTINN -> Optional.empty();
        };
    }

    /** The supplier acting on the consumer's behalf (Maskinporten delegation), if any. */
    public Optional<Organisasjonsnummer> supplier() {
        return isoId(claims.get("supplier"));
    }

    private static Optional<Organisasjonsnummer> isoId(Object party) {
        if (party instanceof Map<?, ?> m && m.get("ID") instanceof String id) {
            return Organisasjonsnummer.fromIso6523(id);
        }
        return Optional.empty();
    }
}

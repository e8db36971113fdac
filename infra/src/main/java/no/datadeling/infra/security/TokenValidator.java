package no.datadeling.infra.security;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.DefaultJOSEObjectTypeVerifier;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.net.MalformedURLException;
import java.text.ParseException;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Verifies bearer and consent tokens against the configured issuers (ASVS V9): signature before anything is trusted,
 * RS256 only (no "none", no HMAC keyed with a public key), keys only from the issuer's own configured JWKS, exact
 * {@code iss}, {@code exp}/{@code nbf}/{@code iat} with {@value #MAX_CLOCK_SKEW_SECONDS} s skew, and the issuer's
 * audience rule. Plain Java: the CDI wrapper is {@link Tokens}.
 *
 * <p>A client reuses its token for many calls (Maskinporten tokens live about two minutes), and the RS256 check was
 * measured as the largest single cost of a lookup (JFR: ~40 % of request CPU). So a token verified once is remembered,
 * keyed by its exact text, until its own expiry (plus skew) but at most five minutes: the window in which a key
 * withdrawn from the issuer's JWKS would still be honoured for tokens already seen.
 */
public final class TokenValidator {

    public static final int MAX_CLOCK_SKEW_SECONDS = 60;
    /** Real Maskinporten tokens are ~1 KiB; a cap keeps parsing cost bounded for hostile input. */
    static final int MAX_TOKEN_LENGTH = 16 * 1024;
    private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256);

    private final Map<String, Trusted> byIssuer = new HashMap<>();
    private final Clock clock;
    private final VerifiedTokenCache cache = new VerifiedTokenCache(10_000, java.time.Duration.ofMinutes(5),
            java.time.Duration.ofSeconds(MAX_CLOCK_SKEW_SECONDS));

    private record Trusted(IssuerConfig config, DefaultJWTProcessor<SecurityContext> processor) {
    }

    public TokenValidator(Collection<IssuerConfig> issuers, Clock clock) {
        this.clock = clock;
        for (IssuerConfig c : issuers) {
            if (byIssuer.put(c.issuer(), new Trusted(c, processor(c))) != null) {
                throw new IllegalArgumentException("issuer configured twice: " + c.issuer());
            }
        }
    }

    public Set<String> trustedIssuers() {
        return Set.copyOf(byIssuer.keySet());
    }

    /**
     * @param acceptedKinds which token shapes this call site accepts (an Altinn consent token is not a bearer token)
     */
    public ValidatedToken validate(String token, Set<IssuerKind> acceptedKinds) throws TokenRejectedException {
        ValidatedToken cached = cache.get(token, clock.instant());
        if (cached != null) {
            if (!acceptedKinds.contains(cached.kind())) {
                throw new TokenRejectedException(TokenRejectedException.Reason.WRONG_KIND,
                        "token of kind " + cached.kind() + " not accepted here");
            }
            return cached;
        }
        ValidatedToken validated = verify(token, acceptedKinds);
        cache.put(token, validated, clock.instant());
        return validated;
    }

    private ValidatedToken verify(String token, Set<IssuerKind> acceptedKinds) throws TokenRejectedException {
        if (token == null || token.isBlank()) {
            throw new TokenRejectedException(TokenRejectedException.Reason.MALFORMED, "empty token");
        }
        if (token.length() > MAX_TOKEN_LENGTH) {
            throw new TokenRejectedException(TokenRejectedException.Reason.MALFORMED, "token longer than " + MAX_TOKEN_LENGTH);
        }
        JWT jwt;
        try {
            jwt = JWTParser.parse(token);
        } catch (ParseException e) {
            throw new TokenRejectedException(TokenRejectedException.Reason.MALFORMED, "not a JWT");
        }
        // before any claim is read: an encrypted JWT (JWE) has no readable claims set
        if (!(jwt instanceof SignedJWT signed)) {
            throw new TokenRejectedException(TokenRejectedException.Reason.MALFORMED, "not a signed JWT (alg " + jwt.getHeader().getAlgorithm() + ")");
        }
        String iss;
        try {
            iss = signed.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            throw new TokenRejectedException(TokenRejectedException.Reason.MALFORMED, "not a JWT");
        }
        Trusted trusted = iss == null ? null : byIssuer.get(iss);
        if (trusted == null) {
            throw new TokenRejectedException(TokenRejectedException.Reason.UNTRUSTED_ISSUER, "untrusted issuer");
        }
        if (!acceptedKinds.contains(trusted.config().kind())) {
            throw new TokenRejectedException(TokenRejectedException.Reason.WRONG_KIND, "token of kind " + trusted.config().kind() + " not accepted here");
        }
        JWSHeader header = signed.getHeader();
        if (!ALGORITHMS.contains(header.getAlgorithm())) {
            throw new TokenRejectedException("algorithm " + header.getAlgorithm() + " not allowed");
        }
        JWTClaimsSet claims;
        try {
            claims = trusted.processor().process(signed, null);
        } catch (Exception e) {
            // BadJOSEException (signature, claims, no key for kid), JOSEException (key source unreachable)
            throw new TokenRejectedException(trusted.config().name() + ": " + e.getMessage());
        }
        if (claims.getIssueTime() != null
                && claims.getIssueTime().toInstant().isAfter(clock.instant().plusSeconds(MAX_CLOCK_SKEW_SECONDS))) {
            throw new TokenRejectedException("iat in the future");
        }
        return new ValidatedToken(trusted.config(), claims.toJSONObject());
    }

    private DefaultJWTProcessor<SecurityContext> processor(IssuerConfig c) {
        DefaultJWTProcessor<SecurityContext> p = new DefaultJWTProcessor<>();
        p.setJWSTypeVerifier(new DefaultJOSEObjectTypeVerifier<>(JOSEObjectType.JWT, new JOSEObjectType("at+jwt"), null));
        p.setJWSKeySelector(new JWSVerificationKeySelector<>(ALGORITHMS, keySource(c)));
        Set<String> audiences = null;
        if (!c.audiences().isEmpty()) {
            audiences = new HashSet<>(c.audiences());
            if (c.audienceOptional()) {
                audiences.add(null); // nimbus: a null member makes aud optional
            }
        }
        Set<String> required = c.kind() == IssuerKind.ALTINN ? Set.of("exp") : Set.of("exp", "iat");
        DefaultJWTClaimsVerifier<SecurityContext> verifier = new DefaultJWTClaimsVerifier<>(audiences,
                new JWTClaimsSet.Builder().issuer(c.issuer()).build(), required, null) {
            @Override
            protected java.util.Date currentTime() {
                return java.util.Date.from(clock.instant());
            }
        };
        verifier.setMaxClockSkew(MAX_CLOCK_SKEW_SECONDS);
        p.setJWTClaimsSetVerifier(verifier);
        return p;
    }

    private static JWKSource<SecurityContext> keySource(IssuerConfig c) {
        if (c.jwksFile() != null) {
            return new FileJwkSource(c.jwksFile());
        }
        try {
            // cache 5 min, refresh on an unknown kid at most every 30 s, survive a short outage of the issuer
            return JWKSourceBuilder.<SecurityContext>create(c.jwksUrl().toURL())
                    .cache(5 * 60_000L, 15_000L)
                    .rateLimited(30_000L)
                    .retrying(true)
                    .outageTolerant(60 * 60_000L)
                    .build();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("issuer " + c.name() + ": bad jwks-url", e);
        }
    }
}

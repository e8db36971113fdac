package no.datadeling.infra.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import no.datadeling.infra.ident.Organisasjonsnummer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TokenValidatorTest {

    private static final String MASKINPORTEN_ISS = "https://maskinporten.datadeling.invalid/";
    private static final String ALTINN_ISS = "altinn.datadeling.invalid";
    private static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final Set<IssuerKind> MASKINPORTEN_ONLY = Set.of(IssuerKind.MASKINPORTEN);

    /** The issuer's key (published in the JWKS) and two attacker keys: one with another kid, one reusing the kid. */
    private static RSAKey issuerKey;
    private static RSAKey otherKeyOtherKid;
    private static RSAKey otherKeySameKid;

    @TempDir
    Path dir;
    private Path jwks;
    private TokenValidator validator;

    @BeforeAll
    static void keys() throws JOSEException {
        issuerKey = new RSAKeyGenerator(2048).keyID("issuer-1").generate();
        otherKeyOtherKid = new RSAKeyGenerator(2048).keyID("attacker-1").generate();
        otherKeySameKid = new RSAKeyGenerator(2048).keyID("issuer-1").generate();
    }

    @BeforeEach
    void validator() throws IOException {
        jwks = writeJwks(dir.resolve("jwks.json"), issuerKey);
        validator = new TokenValidator(List.of(maskinporten(Set.of("unspecified"), true)), CLOCK);
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private IssuerConfig maskinporten(Set<String> audiences, boolean audienceOptional) {
        return new IssuerConfig("maskinporten", IssuerKind.MASKINPORTEN, MASKINPORTEN_ISS, null, jwks, audiences,
                audienceOptional, false);
    }

    private static Path writeJwks(Path file, RSAKey... keys) throws IOException {
        List<com.nimbusds.jose.jwk.JWK> pub = java.util.Arrays.stream(keys).map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList();
        Files.writeString(file, new JWKSet(pub).toString(), StandardCharsets.UTF_8);
        return file;
    }

    private static Date at(long secondsFromNow) {
        return Date.from(NOW.plusSeconds(secondsFromNow));
    }

    /** Maskinporten-shaped claims: no sub, consumer as ISO 6523, aud "unspecified". */
    private static JWTClaimsSet.Builder claims() {
        return new JWTClaimsSet.Builder()
                .issuer(MASKINPORTEN_ISS)
                .audience("unspecified")
                .claim("scope", "skatteetaten:arbeidsforhold other:scope")
                .claim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:889640782"))
                .claim("client_id", "0a1b2c3d-client")
                .jwtID("jti-4711")
                .issueTime(at(-10))
                .expirationTime(at(110));
    }

    private static String sign(RSAKey key, JWTClaimsSet claims) throws JOSEException {
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String sign(JWTClaimsSet claims) throws JOSEException {
        return sign(issuerKey, claims);
    }

    private ValidatedToken validate(String token) throws TokenRejectedException {
        return validator.validate(token, MASKINPORTEN_ONLY);
    }

    private void assertRejected(String token) {
        assertThrows(TokenRejectedException.class, () -> validate(token));
    }

    /** Rejected, and for the reason the test is about (the reason text is only ever logged). */
    private void assertRejected(String token, String reason) {
        TokenRejectedException e = assertThrows(TokenRejectedException.class, () -> validate(token));
        assertTrue(e.getMessage().contains(reason), () -> "expected reason '" + reason + "', got: " + e.getMessage());
    }

    // ---- accepted --------------------------------------------------------------------------------------------

    @Test
    void accepts_a_valid_maskinporten_token() throws Exception {
        ValidatedToken t = validate(sign(claims().build()));
        assertEquals(IssuerKind.MASKINPORTEN, t.kind());
        assertEquals(Set.of("skatteetaten:arbeidsforhold", "other:scope"), t.scopes());
        assertEquals(Optional.of(new Organisasjonsnummer("889640782")), t.consumer());
        assertEquals(Optional.of("0a1b2c3d-client"), t.clientId());
        assertEquals(Optional.of("jti-4711"), t.jti());
        assertEquals(Optional.of(NOW.plusSeconds(110)), t.expiresAt());
        assertEquals(Optional.empty(), t.supplier());
    }

    @Test
    void has_scope_matches_whole_scope_values_only() throws Exception {
        ValidatedToken t = validate(sign(claims().build()));
        assertTrue(t.hasScope("skatteetaten:arbeidsforhold"));
        assertTrue(t.hasScope("other:scope"));
        assertFalse(t.hasScope("skatteetaten:arbeidsforhold2"));
        assertFalse(t.hasScope("skatteetaten"));
        assertFalse(t.hasScope("skatteetaten:arbeidsforhold other:scope"));
    }

    @Test
    void accepts_a_token_without_typ_header() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("issuer-1").build(), claims().build());
        jwt.sign(new RSASSASigner(issuerKey));
        assertEquals(IssuerKind.MASKINPORTEN, validate(jwt.serialize()).kind());
    }

    @Test
    void trusted_issuers_are_the_configured_ones() {
        assertEquals(Set.of(MASKINPORTEN_ISS), validator.trustedIssuers());
    }

    @Test
    void rejects_the_same_issuer_configured_twice() {
        IssuerConfig c = maskinporten(Set.of("unspecified"), true);
        assertThrows(IllegalArgumentException.class, () -> new TokenValidator(List.of(c, c), CLOCK));
    }

    // ---- algorithm and key attacks ---------------------------------------------------------------------------

    @Test
    void rejects_alg_none() {
        assertRejected(new PlainJWT(claims().build()).serialize(), "not a signed JWT");
    }

    @Test
    void rejects_hs256_keyed_with_the_rsa_public_key() throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("issuer-1").build(), claims().build());
        jwt.sign(new MACSigner(issuerKey.toRSAPublicKey().getEncoded()));
        assertRejected(jwt.serialize(), "HS256 not allowed");
    }

    @Test
    void rejects_a_key_id_not_in_the_jwks() throws Exception {
        assertRejected(sign(otherKeyOtherKid, claims().build()), "no matching key");
    }

    @Test
    void rejects_another_key_using_the_issuers_key_id() throws Exception {
        assertRejected(sign(otherKeySameKid, claims().build()), "Invalid signature");
    }

    @Test
    void rejects_a_tampered_payload() throws Exception {
        String[] parts = sign(claims().build()).split("\\.");
        // change one character of the payload such that it still decodes to a claims set: only the signature can tell
        String tampered = null;
        for (int i = parts[1].length() / 2; i < parts[1].length() - 1 && tampered == null; i++) {
            char[] payload = parts[1].toCharArray();
            payload[i] = payload[i] == 'A' ? 'B' : 'A';
            try {
                JWTClaimsSet.parse(new Base64URL(new String(payload)).decodeToString());
                tampered = new String(payload);
            } catch (java.text.ParseException notJson) {
                // try the next position
            }
        }
        assertTrue(tampered != null && !tampered.equals(parts[1]));
        assertRejected(parts[0] + "." + tampered + "." + parts[2], "Invalid signature");
    }

    @Test
    void rejects_a_tampered_payload_that_is_no_longer_json() throws Exception {
        String[] parts = sign(claims().build()).split("\\.");
        assertRejected(parts[0] + "." + parts[1].substring(1) + "." + parts[2]);
    }

    @Test
    void rejects_a_payload_swapped_under_the_original_signature() throws Exception {
        String[] parts = sign(claims().build()).split("\\.");
        String forged = claims().claim("scope", "skatteetaten:arbeidsforhold admin:all").build().toString();
        assertRejected(parts[0] + "." + Base64URL.encode(forged.getBytes(StandardCharsets.UTF_8)) + "." + parts[2],
                "Invalid signature");
    }

    // ---- lifetime --------------------------------------------------------------------------------------------

    @Test
    void rejects_a_token_expired_beyond_the_clock_skew() throws Exception {
        assertRejected(sign(claims().issueTime(at(-200)).expirationTime(at(-61)).build()), "Expired");
    }

    @Test
    void accepts_a_token_expired_within_the_clock_skew() throws Exception {
        validate(sign(claims().issueTime(at(-200)).expirationTime(at(-30)).build()));
    }

    @Test
    void rejects_a_token_without_exp() throws Exception {
        assertRejected(sign(claims().expirationTime(null).build()), "exp");
    }

    @Test
    void rejects_a_token_without_iat() throws Exception {
        assertRejected(sign(claims().issueTime(null).build()), "iat");
    }

    @Test
    void rejects_nbf_beyond_the_clock_skew() throws Exception {
        assertRejected(sign(claims().notBeforeTime(at(120)).expirationTime(at(300)).build()), "before use time");
    }

    @Test
    void accepts_nbf_within_the_clock_skew() throws Exception {
        validate(sign(claims().notBeforeTime(at(30)).build()));
    }

    @Test
    void rejects_iat_beyond_the_clock_skew() throws Exception {
        assertRejected(sign(claims().issueTime(at(120)).expirationTime(at(300)).build()), "iat in the future");
    }

    @Test
    void accepts_iat_within_the_clock_skew() throws Exception {
        validate(sign(claims().issueTime(at(30)).expirationTime(at(150)).build()));
    }

    // ---- issuer and audience ---------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {
            "https://maskinporten.no/",
            "https://maskinporten.datadeling.invalid",     // missing trailing slash
            "https://maskinporten.datadeling.invalid//",
            "HTTPS://MASKINPORTEN.DATADELING.INVALID/",
            "https://maskinporten.datadeling.invalid/ ",
            "http://maskinporten.datadeling.invalid/",
    })
    void rejects_an_issuer_that_is_not_an_exact_match(String iss) throws Exception {
        assertRejected(sign(claims().issuer(iss).build()), "untrusted issuer");
    }

    @Test
    void rejects_a_trailing_slash_the_configured_issuer_does_not_have() throws Exception {
        IssuerConfig noSlash = new IssuerConfig("idporten", IssuerKind.IDPORTEN, "https://idporten.datadeling.invalid", null,
                jwks, Set.of("unspecified"), true, false);
        TokenValidator v = new TokenValidator(List.of(noSlash), CLOCK);
        Set<IssuerKind> kinds = Set.of(IssuerKind.IDPORTEN);
        v.validate(sign(claims().issuer("https://idporten.datadeling.invalid").build()), kinds);
        assertThrows(TokenRejectedException.class,
                () -> v.validate(sign(claims().issuer("https://idporten.datadeling.invalid/").build()), kinds));
    }

    @Test
    void rejects_a_token_without_issuer() throws Exception {
        assertRejected(sign(claims().issuer(null).build()), "untrusted issuer");
    }

    @Test
    void optional_audience_accepts_the_configured_audience() throws Exception {
        validate(sign(claims().audience("unspecified").build()));
    }

    @Test
    void optional_audience_accepts_a_token_without_aud() throws Exception {
        validate(sign(claims().audience((String) null).build()));
    }

    @Test
    void optional_audience_still_rejects_another_audience() throws Exception {
        assertRejected(sign(claims().audience("other").build()), "aud");
    }

    @Test
    void accepts_an_audience_list_containing_the_configured_audience() throws Exception {
        validate(sign(claims().audience(List.of("other", "unspecified")).build()));
    }

    @Test
    void required_audience_rejects_a_token_without_aud() throws Exception {
        validator = new TokenValidator(List.of(maskinporten(Set.of("unspecified"), false)), CLOCK);
        validate(sign(claims().build()));
        assertRejected(sign(claims().audience((String) null).build()), "aud");
        assertRejected(sign(claims().audience("other").build()), "aud");
    }

    // ---- token kind ------------------------------------------------------------------------------------------

    @Test
    void rejects_a_token_kind_the_call_site_does_not_accept() throws Exception {
        IssuerConfig altinn = new IssuerConfig("altinn", IssuerKind.ALTINN, ALTINN_ISS, null, jwks, Set.of(), false, false);
        validator = new TokenValidator(List.of(maskinporten(Set.of("unspecified"), true), altinn), CLOCK);
        String altinnToken = sign(claims().issuer(ALTINN_ISS).audience((String) null).build());

        assertRejected(altinnToken, "not accepted here");
        assertEquals(IssuerKind.ALTINN, validator.validate(altinnToken, Set.of(IssuerKind.ALTINN)).kind());
        // the coarse reasons a consent check answers differently on (not from Altinn vs not valid)
        assertEquals(TokenRejectedException.Reason.WRONG_KIND,
                assertThrows(TokenRejectedException.class, () -> validate(altinnToken)).reason());
        String maskinporten = sign(claims().build());
        assertEquals(TokenRejectedException.Reason.WRONG_KIND,
                assertThrows(TokenRejectedException.class, () -> validator.validate(maskinporten, Set.of(IssuerKind.ALTINN))).reason());
        assertEquals(TokenRejectedException.Reason.UNTRUSTED_ISSUER, assertThrows(TokenRejectedException.class,
                () -> validator.validate(sign(claims().issuer("altinn.no.evil").build()), Set.of(IssuerKind.ALTINN))).reason());
        assertEquals(TokenRejectedException.Reason.MALFORMED, assertThrows(TokenRejectedException.class,
                () -> validator.validate("garbage", Set.of(IssuerKind.ALTINN))).reason());
        String expired = sign(claims().issuer(ALTINN_ISS).audience((String) null)
                .expirationTime(java.util.Date.from(NOW.minusSeconds(600))).build());
        assertEquals(TokenRejectedException.Reason.INVALID, assertThrows(TokenRejectedException.class,
                () -> validator.validate(expired, Set.of(IssuerKind.ALTINN))).reason());
        assertEquals(Optional.empty(), validator.validate(altinnToken, Set.of(IssuerKind.ALTINN)).consumer());
    }

    // ---- malformed input -------------------------------------------------------------------------------------

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "garbage", "a.b.c", "eyJhbGciOiJSUzI1NiJ9.e30.", "....", "Bearer x"})
    void rejects_garbage(String token) {
        assertRejected(token);
    }

    @Test
    void rejects_an_encrypted_jwt_instead_of_failing() throws Exception {
        // JWE compact form: five parts, "enc" in the header. Never decrypted, so it carries no readable claims.
        String header = Base64URL.encode("{\"alg\":\"RSA-OAEP-256\",\"enc\":\"A256GCM\"}".getBytes(StandardCharsets.UTF_8))
                .toString();
        assertRejected(header + ".AAAA.AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA", "not a signed JWT");
    }

    @Test
    void rejects_null() {
        assertRejected(null);
    }

    @Test
    void rejects_a_validly_signed_token_over_the_length_cap() throws Exception {
        String token = sign(claims().claim("padding", "x".repeat(20 * 1024)).build());
        assertTrue(token.length() > TokenValidator.MAX_TOKEN_LENGTH);
        assertRejected(token, "longer than");
    }

    @Test
    void rejects_twenty_kib_of_junk() {
        assertRejected("a".repeat(20 * 1024), "longer than");
    }

    @Test
    void rejection_reason_does_not_echo_the_token() throws Exception {
        String token = sign(otherKeyOtherKid, claims().build());
        TokenRejectedException e = assertThrows(TokenRejectedException.class, () -> validate(token));
        assertFalse(e.getMessage().contains(token));
    }

    // ---- key rotation ----------------------------------------------------------------------------------------

    @Test
    void picks_up_a_rotated_key_from_the_jwks_file() throws Exception {
        validate(sign(claims().build()));
        RSAKey rotated = new RSAKeyGenerator(2048).keyID("issuer-2").generate();
        String newToken = sign(rotated, claims().build());
        assertRejected(newToken);

        FileTime before = Files.getLastModifiedTime(jwks);
        writeJwks(jwks, rotated);
        Files.setLastModifiedTime(jwks, FileTime.fromMillis(before.toMillis() + 10_000));

        assertEquals(IssuerKind.MASKINPORTEN, validate(newToken).kind());
        // a token not seen before, signed with the withdrawn key, is refused (one already verified stays valid until
        // its expiry, at most five minutes: the verified-token cache's documented window)
        assertRejected(sign(claims().jwtID("never-seen-before").build()));
    }

    @Test
    void rejects_when_the_jwks_file_is_missing() throws Exception {
        Files.delete(jwks);
        assertRejected(sign(claims().build()), "cannot read JWKS");
    }
}

package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.Map;
import java.util.UUID;
import no.datadeling.infra.security.DevIssuers;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.DevKeys;
import no.datadeling.launcher.DevTokens;
import no.datadeling.launcher.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile and broken tokens against a protected endpoint: each must be refused with ARBEIDSFORHOLD-004 (401), a
 * valid token without the exact scope with ARBEIDSFORHOLD-005 (403). The valid-token cases prove the test can fail.
 */
@Order(20)
@ExtendWith(DatadelingServer.class)
class TokenSecurityIT {

    static final String SCOPE = "skatteetaten:arbeidsforhold";
    static String path;
    static RSAKey devKey;

    @BeforeAll
    static void setUp() throws Exception {
        var rel = Populasjonsdata.relasjoner().get(0);
        path = Populasjonsdata.path(rel.oppdragsgiver(), rel.person().foedselsnummer());
        devKey = DevKeys.loadOrCreate(DatadelingServer.server().dataDir().resolve("keys"));
    }

    static int status(String authorization) {
        return Http.get(path, "Authorization", authorization).status();
    }

    static void refused(String token) {
        Http.Response r = Http.get(path, "Authorization", bearer(token));
        assertEquals(401, r.status(), r.body());
        assertEquals("ARBEIDSFORHOLD-004", r.json().getString("kode"));
    }

    static JWTClaimsSet.Builder claims(Instant now) {
        return new JWTClaimsSet.Builder()
                .issuer(DevIssuers.MASKINPORTEN).audience("unspecified").claim("scope", SCOPE)
                .claim("consumer", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + Main.DEV_ORG))
                .claim("client_id", "test").jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(600)));
    }

    static String sign(JWTClaimsSet c, RSAKey key) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), c);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void accepts_a_correctly_signed_maskinporten_token_without_sub() throws Exception {
        assertEquals(200, status(bearer(sign(claims(Instant.now()).build(), devKey))));
    }

    @Test
    void accepts_the_scope_among_other_scopes() {
        assertEquals(200, status(bearer(TestTokens.maskinportenToken("nav:helse/v1/trygdehendelser " + SCOPE + " other:x"))));
    }

    @Test
    void refuses_alg_none() {
        refused(new PlainJWT(claims(Instant.now()).build()).serialize());
    }

    @Test
    void refuses_hs256_signed_with_the_public_key() throws Exception {
        byte[] publicKeyBytes = devKey.toRSAPublicKey().getEncoded();
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(devKey.getKeyID()).build(),
                claims(Instant.now()).build());
        jwt.sign(new MACSigner(publicKeyBytes));
        refused(jwt.serialize());
    }

    @Test
    void refuses_an_unknown_kid() throws Exception {
        refused(sign(claims(Instant.now()).build(), new RSAKeyGenerator(2048).keyID("unknown-kid").generate()));
    }

    @Test
    void refuses_another_key_under_the_known_kid() throws Exception {
        refused(sign(claims(Instant.now()).build(), new RSAKeyGenerator(2048).keyID(devKey.getKeyID()).generate()));
    }

    @Test
    void refuses_a_tampered_payload() throws Exception {
        String[] parts = sign(claims(Instant.now()).build(), devKey).split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1])).replace(Main.DEV_ORG, "974760673");
        refused(parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2]);
    }

    @Test
    void refuses_an_expired_token_but_allows_60_seconds_of_clock_skew() throws Exception {
        Instant now = Instant.now();
        refused(sign(claims(now.minusSeconds(3600)).expirationTime(Date.from(now.minusSeconds(90))).build(), devKey));
        assertEquals(200, status(bearer(sign(claims(now.minusSeconds(600)).expirationTime(Date.from(now.minusSeconds(20))).build(), devKey))));
    }

    @Test
    void refuses_nbf_beyond_the_skew() throws Exception {
        refused(sign(claims(Instant.now()).notBeforeTime(Date.from(Instant.now().plusSeconds(180))).build(), devKey));
    }

    @Test
    void refuses_iat_in_the_future_beyond_the_skew() throws Exception {
        refused(sign(claims(Instant.now().plusSeconds(180)).build(), devKey));
        assertEquals(200, status(bearer(sign(claims(Instant.now().plusSeconds(20)).build(), devKey))));
    }

    @Test
    void refuses_a_token_without_exp() throws Exception {
        JWTClaimsSet c = new JWTClaimsSet.Builder(claims(Instant.now()).build()).expirationTime(null).build();
        refused(sign(c, devKey));
    }

    @Test
    void refuses_an_issuer_that_differs_only_by_the_trailing_slash() throws Exception {
        refused(sign(claims(Instant.now()).issuer(DevIssuers.MASKINPORTEN.substring(0, DevIssuers.MASKINPORTEN.length() - 1)).build(), devKey));
    }

    @Test
    void refuses_the_dev_key_under_a_real_issuer_name() throws Exception {
        // the real Maskinporten issuer is trusted, but only with Maskinporten's own keys
        refused(sign(claims(Instant.now()).issuer("https://maskinporten.no/").build(), devKey));
    }

    @Test
    void refuses_an_unknown_issuer() throws Exception {
        refused(sign(claims(Instant.now()).issuer("https://evil.example/").build(), devKey));
    }

    @Test
    void refuses_a_foreign_audience() throws Exception {
        refused(sign(claims(Instant.now()).audience("https://some-other-api.example").build(), devKey));
    }

    @Test
    void refuses_an_altinn_consent_token_used_as_bearer_token() {
        DevTokens.Request r = new DevTokens.Request();
        r.offeredBy = Populasjonsdata.relasjoner().get(0).person().foedselsnummer();
        r.services.add("5252_2");
        refused(TestTokens.mint(IssuerKind.ALTINN, r));
    }

    @Test
    void refuses_garbage_empty_and_oversized_tokens_and_other_schemes() {
        refused("not-a-jwt");
        refused("a.b.c");
        // a header this large is refused by the HTTP listener itself (400/431) before any token parsing
        int oversized = status("Bearer eyJhbGciOiJSUzI1NiJ9." + "A".repeat(20_000) + ".sig");
        assertTrue(oversized == 400 || oversized == 401 || oversized == 431, "status " + oversized);
        assertEquals(401, status("Bearer "));
        assertEquals(401, status("Basic dXNlcjpwYXNz"));
        assertEquals(401, status("Bearer"));
    }

    @Test
    void returns_005_for_a_missing_scope_and_for_scope_prefixes_and_extensions() throws Exception {
        for (String scope : new String[] {"", "skatteetaten:arbeidsforhold2", "skatteetaten", "skatteetaten:arbeidsforhold:les",
                "SKATTEETATEN:ARBEIDSFORHOLD"}) {
            Http.Response r = Http.get(path, "Authorization", bearer(sign(claims(Instant.now()).claim("scope", scope).build(), devKey)));
            assertEquals(403, r.status(), scope + " " + r.body());
            assertEquals("ARBEIDSFORHOLD-005", r.json().getString("kode"));
        }
    }
}

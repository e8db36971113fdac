package no.datadeling.infra.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VerifiedTokenCacheTest {

    static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    static final IssuerConfig ISSUER = new IssuerConfig("t", IssuerKind.MASKINPORTEN, "iss", null, java.nio.file.Path.of("x"),
            Set.of(), false, false);

    static ValidatedToken token(Instant exp) {
        return new ValidatedToken(ISSUER, Map.of("exp", exp.getEpochSecond(), "scope", "a"));
    }

    @Test
    void a_token_is_served_until_its_expiry_plus_skew() {
        var cache = new VerifiedTokenCache(10, Duration.ofMinutes(5), Duration.ofSeconds(60));
        cache.put("t1", token(NOW.plusSeconds(120)), NOW);
        assertNotNull(cache.get("t1", NOW.plusSeconds(170)));
        assertNull(cache.get("t1", NOW.plusSeconds(181)));
    }

    @Test
    void no_token_is_served_longer_than_the_maximum_age() {
        var cache = new VerifiedTokenCache(10, Duration.ofMinutes(5), Duration.ofSeconds(60));
        cache.put("t1", token(NOW.plusSeconds(3600)), NOW);
        assertNotNull(cache.get("t1", NOW.plusSeconds(299)));
        assertNull(cache.get("t1", NOW.plusSeconds(301)));
    }

    @Test
    void only_the_exact_token_text_hits() {
        var cache = new VerifiedTokenCache(10, Duration.ofMinutes(5), Duration.ofSeconds(60));
        cache.put("abc.def.ghi", token(NOW.plusSeconds(120)), NOW);
        assertNull(cache.get("abc.def.ghj", NOW));
        assertNull(cache.get("abc.def.gh", NOW));
    }

    @Test
    void stays_bounded() {
        var cache = new VerifiedTokenCache(100, Duration.ofMinutes(5), Duration.ofSeconds(60));
        for (int i = 0; i < 1000; i++) {
            cache.put("t" + i, token(NOW.plusSeconds(120)), NOW);
        }
        assertEquals(true, cache.size() <= 100);
    }

    @Test
    void an_already_expired_token_is_not_cached() {
        var cache = new VerifiedTokenCache(10, Duration.ofMinutes(5), Duration.ofSeconds(60));
        cache.put("t1", token(NOW.minusSeconds(120)), NOW);
        assertNull(cache.get("t1", NOW));
    }
}

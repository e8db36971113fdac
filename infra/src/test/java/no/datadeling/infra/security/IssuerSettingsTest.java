package no.datadeling.infra.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class IssuerSettingsTest {

    private final Map<String, String> config = new HashMap<>(Map.of(
            "datadeling.issuers", "maskinporten, helseid",
            "datadeling.issuer.maskinporten.issuer", "https://maskinporten.no/",
            "datadeling.issuer.maskinporten.jwks-url", "https://maskinporten.no/jwk",
            "datadeling.issuer.maskinporten.audiences", "unspecified, https://api.example",
            "datadeling.issuer.maskinporten.audience-optional", "true",
            "datadeling.issuer.helseid.issuer", "https://helseid-sts.nhn.no",
            "datadeling.issuer.helseid.jwks-file", "/etc/datadeling/helseid.json"));

    private List<IssuerConfig> read() {
        Function<String, Optional<String>> lookup = k -> Optional.ofNullable(config.get(k));
        return IssuerSettings.read(lookup);
    }

    @Test
    void reads_the_configured_issuers() {
        List<IssuerConfig> issuers = read();
        assertEquals(2, issuers.size());

        IssuerConfig mp = issuers.get(0);
        assertEquals("maskinporten", mp.name());
        assertEquals(IssuerKind.MASKINPORTEN, mp.kind());
        assertEquals("https://maskinporten.no/", mp.issuer());
        assertEquals(URI.create("https://maskinporten.no/jwk"), mp.jwksUrl());
        assertNull(mp.jwksFile());
        assertEquals(Set.of("unspecified", "https://api.example"), mp.audiences());
        assertTrue(mp.audienceOptional());
        assertFalse(mp.development());

        IssuerConfig helse = issuers.get(1);
        assertEquals(IssuerKind.HELSEID, helse.kind());
        assertEquals(Path.of("/etc/datadeling/helseid.json"), helse.jwksFile());
        assertNull(helse.jwksUrl());
        assertEquals(Set.of(), helse.audiences());
        assertFalse(helse.audienceOptional());
    }

    @Test
    void dev_issuer_off_gives_no_dev_issuers() {
        config.put("datadeling.dev-issuer.enabled", "false");
        config.put("datadeling.dev-issuer.jwks-file", "/tmp/dev.json");
        assertTrue(read().stream().noneMatch(IssuerConfig::development));
        assertEquals(2, read().size());
    }

    @Test
    void dev_issuer_is_off_by_default() {
        assertTrue(read().stream().noneMatch(IssuerConfig::development));
    }

    @Test
    void dev_issuer_on_adds_one_issuer_per_kind() {
        config.put("datadeling.dev-issuer.enabled", "true");
        config.put("datadeling.dev-issuer.jwks-file", "/tmp/dev.json");
        List<IssuerConfig> issuers = read();
        assertEquals(6, issuers.size());

        List<IssuerConfig> dev = issuers.stream().filter(IssuerConfig::development).toList();
        assertEquals(4, dev.size());
        Map<IssuerKind, IssuerConfig> byKind = dev.stream().collect(Collectors.toMap(IssuerConfig::kind, c -> c));
        assertEquals(Set.of(IssuerKind.values()), byKind.keySet());
        for (IssuerConfig c : dev) {
            assertEquals(DevIssuers.ISSUERS.get(c.kind()), c.issuer());
            assertEquals(Path.of("/tmp/dev.json"), c.jwksFile());
            assertNull(c.jwksUrl());
        }
        assertEquals(DevIssuers.MASKINPORTEN, byKind.get(IssuerKind.MASKINPORTEN).issuer());
        assertEquals(DevIssuers.IDPORTEN, byKind.get(IssuerKind.IDPORTEN).issuer());
        assertEquals(DevIssuers.HELSEID, byKind.get(IssuerKind.HELSEID).issuer());
        assertEquals(DevIssuers.ALTINN, byKind.get(IssuerKind.ALTINN).issuer());
        assertEquals(Set.of("unspecified"), byKind.get(IssuerKind.MASKINPORTEN).audiences());
        assertTrue(byKind.get(IssuerKind.MASKINPORTEN).audienceOptional());
        assertEquals(Set.of(DevIssuers.HELSEID_AUDIENCE), byKind.get(IssuerKind.HELSEID).audiences());
        assertFalse(byKind.get(IssuerKind.HELSEID).audienceOptional());
        assertEquals(Set.of(), byKind.get(IssuerKind.ALTINN).audiences());
    }

    @Test
    void dev_issuer_on_without_jwks_file_fails() {
        config.put("datadeling.dev-issuer.enabled", "true");
        assertThrows(IllegalStateException.class, this::read);
    }

    @Test
    void skips_a_disabled_issuer() {
        config.put("datadeling.issuer.helseid.enabled", "false");
        List<IssuerConfig> issuers = read();
        assertEquals(List.of("maskinporten"), issuers.stream().map(IssuerConfig::name).toList());
    }

    @Test
    void a_disabled_issuer_needs_no_further_settings() {
        config.put("datadeling.issuers", "maskinporten,altinn");
        config.put("datadeling.issuer.altinn.enabled", "false");
        assertEquals(1, read().size());
    }

    @Test
    void kind_can_differ_from_the_name() {
        config.put("datadeling.issuers", "maskinporten,mp-test");
        config.put("datadeling.issuer.mp-test.kind", "maskinporten");
        config.put("datadeling.issuer.mp-test.issuer", "https://test.maskinporten.no/");
        config.put("datadeling.issuer.mp-test.jwks-url", "https://test.maskinporten.no/jwk");
        assertEquals(IssuerKind.MASKINPORTEN, read().get(1).kind());
    }

    @Test
    void an_enabled_issuer_without_issuer_value_fails() {
        config.remove("datadeling.issuer.helseid.issuer");
        assertThrows(IllegalStateException.class, this::read);
    }

    @Test
    void an_issuer_needs_exactly_one_key_source() {
        config.remove("datadeling.issuer.helseid.jwks-file");
        assertThrows(IllegalArgumentException.class, this::read);
        config.put("datadeling.issuer.helseid.jwks-file", "/a.json");
        config.put("datadeling.issuer.helseid.jwks-url", "https://helseid-sts.nhn.no/jwks");
        assertThrows(IllegalArgumentException.class, this::read);
    }
}

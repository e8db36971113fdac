package no.datadeling.launcher;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.datadeling.infra.security.DevIssuers;
import no.datadeling.infra.security.IssuerKind;

/**
 * Mints tokens shaped like the real issuers' (claim names from Digdir's, NHN's and Altinn's documentation), signed
 * with the data directory's dev key. Maskinporten tokens carry no {@code sub}, like the real ones.
 */
public final class DevTokens {

    /** What to put in a token; unset fields get realistic defaults. */
    public static final class Request {
        public String scope = "";
        public String org = Main.DEV_ORG;
        public String clientId;
        public String supplier;
        public String pid;
        public String acr = "idporten-loa-high";
        public String hpr;
        public String childOrg;
        public String audience;
        public long ttlSeconds = 3600;
        public Instant now = Instant.now();
        // Altinn 2 consent
        public String offeredBy;
        public String coveredBy;
        public String handledBy;
        public List<String> services = new ArrayList<>();
        public LocalDate validTo;
        /** Consent period metadata (Altinn 2: Services "code_fraOgMed=dd.MM.yyyy"; Altinn 3: fraogmed/tilogmed). */
        public LocalDate fraOgMed;
        public LocalDate tilOgMed;
        // Altinn 3 consent carried by a Maskinporten token (authorization_details)
        public String consentFor;
        public String consentResource = "nav_samtykke_dsop_aap-ufore";
        public Map<String, Object> extraClaims = new LinkedHashMap<>();
    }

    private final RSAKey key;

    public DevTokens(RSAKey key) {
        this.key = key;
    }

    public String mint(IssuerKind kind, Request r) {
        JWTClaimsSet.Builder c = new JWTClaimsSet.Builder()
                .issuer(DevIssuers.ISSUERS.get(kind))
                .issueTime(Date.from(r.now))
                .expirationTime(Date.from(r.now.plusSeconds(r.ttlSeconds)))
                .jwtID(UUID.randomUUID().toString());
        String clientId = r.clientId != null ? r.clientId : "datadeling-dev-" + r.org;
        switch (kind) {
            case MASKINPORTEN -> {
                c.audience(r.audience != null ? r.audience : "unspecified")
                        .claim("scope", r.scope)
                        .claim("client_id", clientId)
                        .claim("client_amr", "private_key_jwt")
                        .claim("token_type", "Bearer")
                        .claim("consumer", iso6523(r.org));
                if (r.supplier != null) {
                    c.claim("supplier", iso6523(r.supplier)).claim("delegation_source", "https://www.altinn.no");
                }
                if (r.consentFor != null) {
                    c.claim("authorization_details", List.of(altinn3Consent(r)));
                }
            }
            case IDPORTEN -> {
                c.audience(r.audience != null ? r.audience : "unspecified")
                        .subject(UUID.nameUUIDFromBytes(String.valueOf(r.pid).getBytes()).toString())
                        // a citizen's login token always carries "openid" (OIDC); a machine token gets what was asked
                        .claim("scope", r.scope.isBlank() && r.pid != null ? "openid" : r.scope)
                        .claim("client_id", clientId)
                        .claim("client_amr", "private_key_jwt")
                        .claim("token_type", "Bearer")
                        .claim("acr", r.acr)
                        .claim("consumer", iso6523(r.org));
                if (r.pid != null) {
                    c.claim("pid", r.pid);
                }
            }
            case HELSEID -> {
                c.audience(r.audience != null ? r.audience : DevIssuers.HELSEID_AUDIENCE)
                        .notBeforeTime(Date.from(r.now))
                        .claim("scope", r.scope)
                        .claim("client_id", clientId)
                        .claim("client_amr", "private_key_jwt")
                        .claim("helseid://claims/client/amr", "rsa_private_key")
                        .claim("helseid://claims/client/client_name", "Datadeling dev-klient " + r.org)
                        .claim("helseid://claims/client/claims/orgnr_parent", r.org);
                if (r.childOrg != null) {
                    c.claim("helseid://claims/client/claims/orgnr_child", r.childOrg);
                }
                if (r.pid != null) {
                    c.claim("helseid://claims/identity/pid", r.pid)
                            .claim("helseid://claims/identity/security_level", "4")
                            .claim("helseid://claims/identity/assurance_level", "high");
                }
                if (r.hpr != null) {
                    c.claim("helseid://claims/hpr/hpr_number", r.hpr);
                }
            }
            case ALTINN -> {
                LocalDate validTo = r.validTo != null ? r.validTo : LocalDate.now().plusMonths(6);
                c.notBeforeTime(Date.from(r.now))
                        .claim("Services", altinn2Services(r))
                        .claim("AuthorizationCode", UUID.randomUUID().toString())
                        .claim("OfferedBy", r.offeredBy)
                        .claim("CoveredBy", r.coveredBy != null ? r.coveredBy : r.org)
                        .claim("DelegatedDate", r.now.getEpochSecond())
                        .claim("ValidToDate", validTo.atTime(23, 59, 59).atZone(ZoneId.of("Europe/Oslo")).toEpochSecond());
                if (r.handledBy != null) {
                    c.claim("HandledBy", r.handledBy);
                }
            }
        }
        r.extraClaims.forEach(c::claim);
        return sign(c.build());
    }

    /** Altinn 2 encodes consent metadata as extra Services entries: "5252_2_fraOgMed=01.01.2024". */
    static List<String> altinn2Services(Request r) {
        List<String> out = new ArrayList<>();
        for (String code : r.services) {
            out.add(code);
            if (r.fraOgMed != null) {
                out.add(code + "_fraOgMed=" + DATO.format(r.fraOgMed));
            }
            if (r.tilOgMed != null) {
                out.add(code + "_tilOgMed=" + DATO.format(r.tilOgMed));
            }
        }
        return out;
    }

    /** Shaped like Altinn's documented example of a consent token from Maskinporten. */
    public static Map<String, Object> altinn3Consent(Request r) {
        Map<String, Object> metadata = new LinkedHashMap<>();
        if (r.fraOgMed != null) {
            metadata.put("fraogmed", DATO.format(r.fraOgMed));
        }
        if (r.tilOgMed != null) {
            metadata.put("tilogmed", DATO.format(r.tilOgMed));
        }
        Map<String, Object> right = new LinkedHashMap<>();
        right.put("action", List.of("consent"));
        right.put("resource", List.of(Map.of("type", "urn:altinn:resource", "value", r.consentResource)));
        right.put("metadata", metadata);
        LocalDate validTo = r.validTo != null ? r.validTo : LocalDate.now().plusMonths(6);
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("type", "urn:altinn:consent");
        d.put("id", UUID.randomUUID().toString());
        d.put("from", "urn:altinn:person:identifier-no:" + r.consentFor);
        d.put("to", iso6523(r.coveredBy != null ? r.coveredBy : r.org));
        d.put("consented", r.now.toString());
        d.put("validTo", validTo.atTime(23, 59, 59).atZone(ZoneId.of("Europe/Oslo")).toOffsetDateTime().toString());
        d.put("consentRights", List.of(right));
        return d;
    }

    private static final java.time.format.DateTimeFormatter DATO = java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy");

    String sign(JWTClaimsSet claims) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(), claims);
            jwt.sign(new RSASSASigner(key));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException("cannot sign", e);
        }
    }

    private static Map<String, Object> iso6523(String orgnr) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("authority", "iso6523-actorid-upis");
        m.put("ID", "0192:" + orgnr);
        return m;
    }
}

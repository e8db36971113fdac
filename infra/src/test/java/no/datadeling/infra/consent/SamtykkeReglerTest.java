package no.datadeling.infra.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The consent rules on claims shaped like Altinn's own examples; every refusal next to the consent that passes. */
class SamtykkeReglerTest {

    static final SamtykkeKrav UFORE = new SamtykkeKrav(Set.of("5252_2", "5252_3"), Set.of("nav_samtykke_dsop_aap-ufore"));
    static final String PERSON = "03851598730";
    static final String ORG = "889640782";
    static final Instant NAA = Instant.parse("2026-03-01T10:00:00Z");

    static Map<String, Object> altinn2(Consumer<Map<String, Object>> endring) {
        Map<String, Object> c = new HashMap<>();
        c.put("Services", List.of("5252_2", "5252_2_fraOgMed=01.01.2024", "5252_2_tilOgMed=31.12.2025"));
        c.put("AuthorizationCode", "6a5f2c1e-0000-4000-8000-000000000001");
        c.put("OfferedBy", PERSON);
        c.put("CoveredBy", ORG);
        c.put("ValidToDate", NAA.plusSeconds(3600).getEpochSecond());
        endring.accept(c);
        return c;
    }

    static Map<String, Object> altinn3(Consumer<Map<String, Object>> endring) {
        Map<String, Object> right = new HashMap<>();
        right.put("action", List.of("consent"));
        right.put("resource", List.of(Map.of("type", "urn:altinn:resource", "value", "nav_samtykke_dsop_aap-ufore")));
        right.put("metadata", Map.of("fraogmed", "01.01.2024", "tilogmed", "31.12.2025"));
        Map<String, Object> d = new HashMap<>();
        d.put("type", "urn:altinn:consent");
        d.put("id", "93413201-b7e8-4ec3-a899-580fc02c6aeb");
        d.put("from", "urn:altinn:person:identifier-no:" + PERSON);
        d.put("to", Map.of("authority", "iso6523-actorid-upis", "ID", "0192:" + ORG));
        d.put("consented", "2025-07-18T07:57:30.409251+00:00");
        d.put("validTo", "2026-07-18T07:57:15.639509+00:00");
        d.put("consentRights", List.of(right));
        endring.accept(d);
        return Map.of("authorization_details", List.of(d), "scope", "nav:helse/v1/uforeopplysninger");
    }

    static Periode kontroller(Samtykke s, Optional<LocalDate> fom, Optional<LocalDate> tom) {
        return SamtykkeRegler.kontroller(s, ORG, PERSON, fom, tom, NAA);
    }

    static void avvist(Avvisning forventet, Executable e) {
        assertEquals(forventet, assertThrows(SamtykkeAvvistException.class, e).avvisning());
    }

    @Test
    void altinn2_consent_with_period_metadata_gives_the_consent_period_by_default() {
        Samtykke s = SamtykkeRegler.altinn2(altinn2(c -> { }), UFORE);
        assertEquals("5252_2", s.tjeneste());
        assertEquals(Samtykke.Versjon.ALTINN2, s.versjon());
        assertEquals(new Periode(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)), kontroller(s, Optional.empty(), Optional.empty()));
    }

    @Test
    void requested_period_inside_the_consent_is_kept_and_a_missing_end_comes_from_the_consent() {
        Samtykke s = SamtykkeRegler.altinn2(altinn2(c -> { }), UFORE);
        assertEquals(new Periode(LocalDate.of(2024, 6, 1), LocalDate.of(2024, 6, 30)),
                kontroller(s, Optional.of(LocalDate.of(2024, 6, 1)), Optional.of(LocalDate.of(2024, 6, 30))));
        assertEquals(new Periode(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 12, 31)),
                kontroller(s, Optional.of(LocalDate.of(2025, 2, 1)), Optional.empty()));
        assertEquals(new Periode(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 3, 31)),
                kontroller(s, Optional.empty(), Optional.of(LocalDate.of(2024, 3, 31))));
    }

    @Test
    void a_period_reaching_outside_the_consent_is_refused() {
        Samtykke s = SamtykkeRegler.altinn2(altinn2(c -> { }), UFORE);
        avvist(Avvisning.UTENFOR_PERIODE, () -> kontroller(s, Optional.of(LocalDate.of(2023, 12, 31)), Optional.empty()));
        avvist(Avvisning.UTENFOR_PERIODE, () -> kontroller(s, Optional.empty(), Optional.of(LocalDate.of(2026, 1, 1))));
        avvist(Avvisning.UTENFOR_PERIODE, () -> kontroller(s, Optional.of(LocalDate.of(2026, 2, 1)), Optional.empty()));
    }

    @Test
    void service_code_5252_3_counts_and_other_codes_do_not() {
        assertEquals("5252_3", SamtykkeRegler.altinn2(altinn2(c -> c.put("Services",
                List.of("5252_3", "5252_3_fraOgMed=01.01.2024", "5252_3_tilOgMed=31.12.2025"))), UFORE).tjeneste());
        for (String code : List.of("5252_1", "5252_4", "4629_2", "5252", "52522")) {
            avvist(Avvisning.FEIL_TJENESTE, () -> SamtykkeRegler.altinn2(altinn2(c -> c.put("Services", List.of(code))), UFORE));
        }
        avvist(Avvisning.FEIL_TJENESTE, () -> SamtykkeRegler.altinn2(altinn2(c -> c.remove("Services")), UFORE));
    }

    @Test
    void metadata_of_another_service_code_does_not_count() {
        Samtykke s = SamtykkeRegler.altinn2(altinn2(c -> c.put("Services",
                List.of("5252_2", "4629_2_fraOgMed=01.01.2024", "4629_2_tilOgMed=31.12.2025"))), UFORE);
        avvist(Avvisning.MANGLER_PERIODE, () -> kontroller(s, Optional.empty(), Optional.empty()));
    }

    @Test
    void missing_or_malformed_period_metadata_is_refused() {
        avvist(Avvisning.MANGLER_PERIODE, () -> kontroller(SamtykkeRegler.altinn2(altinn2(c -> c.put("Services",
                List.of("5252_2", "5252_2_fraOgMed=01.01.2024"))), UFORE), Optional.empty(), Optional.empty()));
        avvist(Avvisning.MANGLER_PERIODE, () -> SamtykkeRegler.altinn2(altinn2(c -> c.put("Services",
                List.of("5252_2", "5252_2_fraOgMed=2024-01-01", "5252_2_tilOgMed=31.12.2025"))), UFORE));
        avvist(Avvisning.MANGLER_PERIODE, () -> SamtykkeRegler.altinn2(altinn2(c -> c.put("Services",
                List.of("5252_2", "5252_2_fraOgMed=31.02.2024", "5252_2_tilOgMed=31.12.2025"))), UFORE));
    }

    @Test
    void expired_consent_is_refused_at_the_second_it_expires() {
        Samtykke s = SamtykkeRegler.altinn2(altinn2(c -> c.put("ValidToDate", NAA.getEpochSecond())), UFORE);
        avvist(Avvisning.UTLOPT, () -> kontroller(s, Optional.empty(), Optional.empty()));
        Samtykke ok = SamtykkeRegler.altinn2(altinn2(c -> c.put("ValidToDate", NAA.getEpochSecond() + 1)), UFORE);
        kontroller(ok, Optional.empty(), Optional.empty());
    }

    @Test
    void valid_to_date_may_be_written_as_text() {
        assertEquals(Instant.parse("2026-03-01T09:00:00Z"), SamtykkeRegler.tidspunkt("2026-03-01T10:00:00"));
        assertEquals(Instant.parse("2026-03-01T10:00:00Z"), SamtykkeRegler.tidspunkt("2026-03-01T10:00:00Z"));
        assertEquals(Instant.parse("2026-03-01T23:00:00Z"), SamtykkeRegler.tidspunkt("2026-03-01"));
        assertEquals(null, SamtykkeRegler.tidspunkt("i morgen"));
    }

    @Test
    void consent_to_another_organisation_or_from_another_person_is_refused() {
        avvist(Avvisning.FEIL_MOTTAKER, () -> kontroller(SamtykkeRegler.altinn2(altinn2(c -> c.put("CoveredBy", "974760673")), UFORE),
                Optional.empty(), Optional.empty()));
        avvist(Avvisning.FEIL_PERSON, () -> kontroller(SamtykkeRegler.altinn2(altinn2(c -> c.put("OfferedBy", "20036914700")), UFORE),
                Optional.empty(), Optional.empty()));
    }

    @Test
    void a_consent_without_its_parties_or_validity_is_not_a_valid_consent() {
        for (String claim : List.of("OfferedBy", "CoveredBy", "ValidToDate", "AuthorizationCode")) {
            avvist(Avvisning.UGYLDIG, () -> SamtykkeRegler.altinn2(altinn2(c -> c.remove(claim)), UFORE));
        }
    }

    @Test
    void altinn3_consent_is_read_from_authorization_details() {
        Samtykke s = SamtykkeRegler.altinn3(altinn3(d -> { }), UFORE).orElseThrow();
        assertEquals(Samtykke.Versjon.ALTINN3, s.versjon());
        assertEquals("93413201-b7e8-4ec3-a899-580fc02c6aeb", s.id());
        assertEquals(PERSON, s.avgiver());
        assertEquals(ORG, s.mottaker());
        assertEquals(new Periode(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 12, 31)), kontroller(s, Optional.empty(), Optional.empty()));
    }

    @Test
    void altinn3_accepts_metaData_spelling_and_the_urn_form_of_to() {
        Samtykke s = SamtykkeRegler.altinn3(altinn3(d -> {
            d.put("to", "urn:altinn:organization:identifier-no:" + ORG);
            Map<String, Object> right = new HashMap<>((Map<String, Object>) ((List<?>) d.get("consentRights")).get(0));
            right.remove("metadata");
            right.put("metaData", Map.of("fraOgMed", "01.01.2024", "tilOgMed", "31.12.2025"));
            d.put("consentRights", List.of(right));
        }), UFORE).orElseThrow();
        assertEquals(ORG, s.mottaker());
        assertTrue(s.fraOgMed().isPresent() && s.tilOgMed().isPresent());
    }

    @Test
    void altinn3_refusals() {
        avvist(Avvisning.FEIL_TJENESTE, () -> SamtykkeRegler.altinn3(altinn3(d -> d.put("consentRights", List.of(Map.of(
                "action", List.of("consent"), "resource", List.of(Map.of("type", "urn:altinn:resource", "value", "annen-ressurs")))))), UFORE));
        avvist(Avvisning.UTLOPT, () -> kontroller(SamtykkeRegler.altinn3(altinn3(d -> d.put("validTo", "2026-03-01T09:59:59Z")),
                UFORE).orElseThrow(), Optional.empty(), Optional.empty()));
        avvist(Avvisning.FEIL_MOTTAKER, () -> kontroller(SamtykkeRegler.altinn3(altinn3(d -> d.put("to",
                Map.of("authority", "iso6523-actorid-upis", "ID", "0192:974760673"))), UFORE).orElseThrow(), Optional.empty(), Optional.empty()));
        avvist(Avvisning.FEIL_PERSON, () -> kontroller(SamtykkeRegler.altinn3(altinn3(d -> d.put("from",
                "urn:altinn:person:identifier-no:20036914700")), UFORE).orElseThrow(), Optional.empty(), Optional.empty()));
        avvist(Avvisning.UGYLDIG, () -> SamtykkeRegler.altinn3(altinn3(d -> d.put("from", PERSON)), UFORE));
    }

    @Test
    void a_token_without_a_consent_entry_has_no_altinn3_consent() {
        assertTrue(SamtykkeRegler.altinn3(Map.of("scope", "x"), UFORE).isEmpty());
        assertTrue(SamtykkeRegler.altinn3(Map.of("authorization_details", List.of(Map.of("type", "urn:altinn:systemuser"))), UFORE).isEmpty());
    }

    @Test
    void the_header_may_carry_the_jwt_base64_encoded_once_more() {
        String jwt = "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJhbHRpbm4ubm8ifQ.c2ln";
        assertEquals(jwt, Samtykker.jwt(jwt));
        assertEquals(jwt, Samtykker.jwt("Bearer " + jwt));
        assertEquals(jwt, Samtykker.jwt(java.util.Base64.getEncoder().encodeToString(jwt.getBytes())));
        assertEquals("not-a-token", Samtykker.jwt("not-a-token"));
    }
}

package no.datadeling.infra.consent;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The consent rules as plain functions over token claims (JSON values: String, Number, List, Map), so they are tested
 * without a container. Order of the checks is the order NAV's uføre spec lists its 403 conditions.
 */
public final class SamtykkeRegler {

    public static final String ALTINN3_TYPE = "urn:altinn:consent";
    static final String PERSON_URN = "urn:altinn:person:identifier-no:";
    static final String ORG_URN = "urn:altinn:organization:identifier-no:";
    /** Consent metadata dates (NAV: "datoene er oppgitt på formatet dd.MM.yyyy"). */
    static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    /** Altinn 2 writes dates without zone; they are Norwegian time. */
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private SamtykkeRegler() {
    }

    /**
     * An Altinn 2 consent token's claims (signature already verified). Metadata rides in {@code Services} entries as
     * "5252_2_fraOgMed=01.01.2024"; the first entry with an accepted service code decides which metadata counts.
     */
    public static Samtykke altinn2(Map<String, Object> claims, SamtykkeKrav krav) {
        Object services = claims.containsKey("Services") ? claims.get("Services") : claims.get("ServiceCodes");
        List<String> entries = services instanceof List<?> l ? l.stream().map(String::valueOf).toList()
                : services instanceof String s ? List.of(s.split(",")) : List.of();
        String tjeneste = entries.stream().map(SamtykkeRegler::tjenestekode).filter(krav.altinn2Tjenestekoder()::contains)
                .findFirst().orElseThrow(() -> new SamtykkeAvvistException(Avvisning.FEIL_TJENESTE));
        Optional<LocalDate> fra = Optional.empty();
        Optional<LocalDate> til = Optional.empty();
        for (String entry : entries) {
            if (entry.startsWith(tjeneste + "_") && entry.indexOf('=') > 0) {
                String key = entry.substring(tjeneste.length() + 1, entry.indexOf('='));
                String value = entry.substring(entry.indexOf('=') + 1);
                if (key.equalsIgnoreCase("fraOgMed")) {
                    fra = Optional.of(dato(value));
                } else if (key.equalsIgnoreCase("tilOgMed")) {
                    til = Optional.of(dato(value));
                }
            }
        }
        String id = tekst(claims.get("AuthorizationCode"));
        String avgiver = tekst(claims.get("OfferedBy"));
        String mottaker = tekst(claims.get("CoveredBy"));
        Instant gyldigTil = tidspunkt(claims.get("ValidToDate"));
        if (id == null || avgiver == null || mottaker == null || gyldigTil == null) {
            throw new SamtykkeAvvistException(Avvisning.UGYLDIG);
        }
        return new Samtykke(Samtykke.Versjon.ALTINN2, id, tjeneste, avgiver, mottaker, gyldigTil, fra, til);
    }

    /** "5252_2_fraOgMed=01.01.2024" and "5252_2" both have service code "5252_2". */
    static String tjenestekode(String entry) {
        String[] parts = entry.trim().split("_", 3);
        return parts.length >= 2 ? parts[0] + "_" + parts[1] : entry.trim();
    }

    /**
     * The Altinn 3 consent in an access token's {@code authorization_details}, if it carries one. A consent for
     * another resource is {@link Avvisning#FEIL_TJENESTE}.
     */
    public static Optional<Samtykke> altinn3(Map<String, Object> accessClaims, SamtykkeKrav krav) {
        Object details = accessClaims.get("authorization_details");
        List<?> list = details instanceof List<?> l ? l : details instanceof Map<?, ?> m ? List.of(m) : List.of();
        for (Object d : list) {
            if (d instanceof Map<?, ?> detail && ALTINN3_TYPE.equals(detail.get("type"))) {
                return Optional.of(altinn3Samtykke(detail, krav));
            }
        }
        return Optional.empty();
    }

    private static Samtykke altinn3Samtykke(Map<?, ?> detail, SamtykkeKrav krav) {
        Map<?, ?> rettighet = null;
        String ressurs = null;
        if (detail.get("consentRights") instanceof List<?> rights) {
            for (Object right : rights) {
                if (right instanceof Map<?, ?> r && r.get("resource") instanceof List<?> resources) {
                    for (Object res : resources) {
                        if (res instanceof Map<?, ?> rm && krav.altinn3Ressurser().contains(tekst(rm.get("value")))) {
                            rettighet = r;
                            ressurs = tekst(rm.get("value"));
                        }
                    }
                }
            }
        }
        if (rettighet == null) {
            throw new SamtykkeAvvistException(Avvisning.FEIL_TJENESTE);
        }
        Map<?, ?> metadata = rettighet.get("metadata") instanceof Map<?, ?> m ? m
                : rettighet.get("metaData") instanceof Map<?, ?> m2 ? m2 : Map.of();
        Optional<LocalDate> fra = Optional.ofNullable(verdi(metadata, "fraogmed")).map(SamtykkeRegler::dato);
        Optional<LocalDate> til = Optional.ofNullable(verdi(metadata, "tilogmed")).map(SamtykkeRegler::dato);
        String id = tekst(detail.get("id"));
        String fraPerson = tekst(detail.get("from"));
        String mottaker = organisasjon(detail.get("to"));
        Instant gyldigTil = tidspunkt(detail.get("validTo"));
        if (id == null || fraPerson == null || !fraPerson.startsWith(PERSON_URN) || mottaker == null || gyldigTil == null) {
            throw new SamtykkeAvvistException(Avvisning.UGYLDIG);
        }
        return new Samtykke(Samtykke.Versjon.ALTINN3, id, ressurs, fraPerson.substring(PERSON_URN.length()), mottaker,
                gyldigTil, fra, til);
    }

    /**
     * Checks the consent against the call and returns the period to disclose: the requested one, with a missing end
     * taken from the consent period (NAV: "Dersom parameteren ikke er spesifisert, brukes samtykkeperiodens ...").
     *
     * @param konsument the organisasjonsnummer the access token was issued to
     * @param person    the identity number asked about
     */
    public static Periode kontroller(Samtykke s, String konsument, String person, Optional<LocalDate> fom,
                                     Optional<LocalDate> tom, Instant naa) {
        if (!naa.isBefore(s.gyldigTil())) {
            throw new SamtykkeAvvistException(Avvisning.UTLOPT);
        }
        if (!s.mottaker().equals(konsument)) {
            throw new SamtykkeAvvistException(Avvisning.FEIL_MOTTAKER);
        }
        if (!s.avgiver().equals(person)) {
            throw new SamtykkeAvvistException(Avvisning.FEIL_PERSON);
        }
        if (s.fraOgMed().isEmpty() || s.tilOgMed().isEmpty() || s.tilOgMed().get().isBefore(s.fraOgMed().get())) {
            throw new SamtykkeAvvistException(Avvisning.MANGLER_PERIODE);
        }
        Periode samtykket = new Periode(s.fraOgMed().get(), s.tilOgMed().get());
        LocalDate fra = fom.orElse(samtykket.fraOgMed());
        LocalDate til = tom.orElse(samtykket.tilOgMed());
        if (til.isBefore(fra) || !samtykket.inneholder(new Periode(fra, til))) {
            throw new SamtykkeAvvistException(Avvisning.UTENFOR_PERIODE);
        }
        return new Periode(fra, til);
    }

    private static LocalDate dato(String value) {
        try {
            return LocalDate.parse(value.trim(), DATO);
        } catch (DateTimeParseException e) {
            throw new SamtykkeAvvistException(Avvisning.MANGLER_PERIODE);
        }
    }

    /** Epoch seconds, an ISO date-time (with or without offset; without = Norwegian time) or a date (end of that day). */
    static Instant tidspunkt(Object v) {
        if (v instanceof Number n) {
            return Instant.ofEpochSecond(n.longValue());
        }
        String s = tekst(v);
        if (s == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return LocalDateTime.parse(s).atZone(OSLO).toInstant();
            } catch (DateTimeParseException notLocal) {
                try {
                    return LocalDate.parse(s).plusDays(1).atStartOfDay(OSLO).toInstant();
                } catch (DateTimeParseException notDate) {
                    return null;
                }
            }
        }
    }

    /** {@code to} as {"authority","ID":"0192:orgnr"} (Maskinporten's form) or "urn:altinn:organization:identifier-no:orgnr". */
    private static String organisasjon(Object to) {
        if (to instanceof Map<?, ?> m) {
            String id = tekst(m.get("ID"));
            return id != null && id.startsWith("0192:") ? id.substring(5) : null;
        }
        String s = tekst(to);
        return s != null && s.startsWith(ORG_URN) ? s.substring(ORG_URN.length()) : null;
    }

    private static String verdi(Map<?, ?> map, String key) {
        for (Map.Entry<?, ?> e : map.entrySet()) {
            if (String.valueOf(e.getKey()).toLowerCase(Locale.ROOT).equals(key)) {
                return tekst(e.getValue());
            }
        }
        return null;
    }

    private static String tekst(Object v) {
        return v instanceof String s && !s.isBlank() ? s.trim() : null;
    }
}

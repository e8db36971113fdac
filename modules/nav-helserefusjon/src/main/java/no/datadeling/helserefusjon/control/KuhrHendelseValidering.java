package no.datadeling.helserefusjon.control;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Set;
import no.datadeling.infra.ident.Foedselsnummer;

/**
 * The rules for one KUHR FKR event. A valid event becomes its normalised JSON (fields in fixed order, nothing else),
 * which is what is stored, fed downstream, and hashed to tell a re-sent event from a different one with the same id.
 * A rejection names the rule, never the offending value (it may be an identity number).
 */
public final class KuhrHendelseValidering {

    public static final Set<String> TYPER = Set.of("FRIKORT_INNVILGET", "FRIKORT_ANNULLERT", "EGENANDEL_REFUSJON");
    private static final Set<String> FELT = Set.of("hendelseId", "hendelsestype", "personident", "aar", "gyldigFraOgMed", "beloep",
            "opprettet");
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    /** Either {@code normalisert} (valid) or {@code aarsak} (rejected); {@code hendelseId} when one could be read. */
    public record Resultat(String hendelseId, String normalisert, String hendelsestype, String aarsak) {
        public boolean gyldig() {
            return aarsak == null;
        }
    }

    private KuhrHendelseValidering() {
    }

    public static String hendelseId(JsonValue v) {
        if (v instanceof JsonObject o && o.get("hendelseId") instanceof JsonString s && s.getString().matches("[A-Za-z0-9._:-]{1,64}")) {
            return s.getString();
        }
        return null;
    }

    public static Resultat valider(JsonValue v, int inneverendeAar) {
        if (!(v instanceof JsonObject o)) {
            return avvist(null, "Hendelsen er ikke et JSON-objekt.");
        }
        String id = hendelseId(o);
        if (id == null) {
            return avvist(null, "Mangler eller ugyldig hendelseId (1-64 tegn: bokstaver, sifre, punktum, understrek, kolon, bindestrek).");
        }
        for (String felt : o.keySet()) {
            if (!FELT.contains(felt)) {
                return avvist(id, "Ukjent felt: " + (felt.length() > 40 ? felt.substring(0, 40) : felt) + ".");
            }
        }
        String type = o.get("hendelsestype") instanceof JsonString s ? s.getString() : null;
        if (type == null || !TYPER.contains(type)) {
            return avvist(id, "Mangler eller ukjent hendelsestype. Lovlige verdier: EGENANDEL_REFUSJON, FRIKORT_ANNULLERT, FRIKORT_INNVILGET.");
        }
        String ident = o.get("personident") instanceof JsonString s ? s.getString() : null;
        if (ident == null || Foedselsnummer.parse(ident).isEmpty()) {
            return avvist(id, "Mangler eller ugyldig personident (fødselsnummer eller D-nummer).");
        }
        if (!(o.get("aar") instanceof JsonNumber n) || !n.isIntegral() || n.longValue() < 2000 || n.longValue() > inneverendeAar + 1) {
            return avvist(id, "Mangler eller ugyldig aar (2000 til og med neste år).");
        }
        int aar = (int) ((JsonNumber) o.get("aar")).longValue();
        JsonObjectBuilder b = JSON.createObjectBuilder().add("hendelseId", id).add("hendelsestype", type).add("personident", ident)
                .add("aar", aar);
        JsonValue fra = o.get("gyldigFraOgMed");
        JsonValue beloep = o.get("beloep");
        switch (type) {
            case "FRIKORT_INNVILGET" -> {
                LocalDate dato = dato(fra);
                if (dato == null || dato.getYear() != aar) {
                    return avvist(id, "FRIKORT_INNVILGET krever gyldigFraOgMed (ÅÅÅÅ-MM-DD) i aar.");
                }
                if (!mangler(beloep)) {
                    return avvist(id, "FRIKORT_INNVILGET har ikke beloep.");
                }
                b.add("gyldigFraOgMed", dato.toString());
            }
            case "EGENANDEL_REFUSJON" -> {
                BigDecimal kr = beloep instanceof JsonNumber tall ? tall.bigDecimalValue() : null;
                if (kr == null || kr.signum() <= 0 || kr.compareTo(BigDecimal.valueOf(1_000_000)) > 0 || kr.stripTrailingZeros().scale() > 2) {
                    return avvist(id, "EGENANDEL_REFUSJON krever beloep over 0 og høyst 1 000 000 kroner, med høyst to desimaler.");
                }
                if (!mangler(fra)) {
                    return avvist(id, "EGENANDEL_REFUSJON har ikke gyldigFraOgMed.");
                }
                b.add("beloep", kr.setScale(2, java.math.RoundingMode.UNNECESSARY));
            }
            default -> {
                if (!mangler(fra) || !mangler(beloep)) {
                    return avvist(id, "FRIKORT_ANNULLERT har verken gyldigFraOgMed eller beloep.");
                }
            }
        }
        JsonValue opprettet = o.get("opprettet");
        if (!mangler(opprettet)) {
            OffsetDateTime t = tidspunkt(opprettet);
            if (t == null) {
                return avvist(id, "Ugyldig opprettet: forventet tidspunkt med tidssone (ISO 8601).");
            }
            b.add("opprettet", t.toString());
        }
        return new Resultat(id, b.build().toString(), type, null);
    }

    private static Resultat avvist(String id, String aarsak) {
        return new Resultat(id, null, null, aarsak);
    }

    private static boolean mangler(JsonValue v) {
        return v == null || v.getValueType() == JsonValue.ValueType.NULL;
    }

    private static LocalDate dato(JsonValue v) {
        try {
            return v instanceof JsonString s ? LocalDate.parse(s.getString()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static OffsetDateTime tidspunkt(JsonValue v) {
        try {
            return v instanceof JsonString s ? OffsetDateTime.parse(s.getString()) : null;
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}

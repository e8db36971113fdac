package no.datadeling.simulering.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.simulering.control.Avslag;
import no.datadeling.simulering.control.Simuleringsforespoersel;
import no.datadeling.simulering.control.Simuleringsforespoersel.FremtidigInntekt;
import no.datadeling.simulering.control.Simuleringsforespoersel.Uttak;
import no.datadeling.simulering.control.Sivilstandssats;

/**
 * Reads SimulerAlderspensjonRequestV3 into a {@link Simuleringsforespoersel}; anything malformed is a 400
 * SimuleringsGrunnlag naming the field. Dates are date-time in the spec; a plain date is accepted too, and an instant
 * with an offset is read as the Norwegian calendar day it falls on (midnight in Oslo sent as UTC is the 1st, not the 31st).
 */
final class Forespoerselleser {

    private static final JsonReaderFactory JSON = Json.createReaderFactory(null);
    private static final ZoneId NORGE = ZoneId.of("Europe/Oslo");
    private static final int MAKS_AAR_I_UTLANDET = 60;

    private Forespoerselleser() {
    }

    static Simuleringsforespoersel les(InputStream kropp) {
        JsonObject o;
        try (JsonReader r = JSON.createReader(kropp)) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw feil("kroppen må være et JSON-objekt (SimulerAlderspensjonRequestV3).");
            }
            o = v.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw feil("kroppen er ikke gyldig JSON.");
        }
        String fnrTekst = tekst(o, "fnr");
        Foedselsnummer fnr = fnrTekst == null ? null : Foedselsnummer.parse(fnrTekst).orElse(null);
        if (fnr == null) {
            throw feil("fnr mangler eller er ikke et gyldig fødsels- eller D-nummer.");
        }
        int utland = heltall(o, "arIUtlandetEtter16", 0);
        if (utland < 0 || utland > MAKS_AAR_I_UTLANDET) {
            throw feil("arIUtlandetEtter16 må være mellom 0 og " + MAKS_AAR_I_UTLANDET + ".");
        }
        String sivilstand = tekst(o, "sivilstandVedPensjonering");
        if (sivilstand != null && !Sivilstandssats.ALLE.contains(sivilstand)) {
            throw feil("sivilstandVedPensjonering må være en av " + String.join(", ", Sivilstandssats.ALLE.stream().sorted().toList()) + ".");
        }
        return new Simuleringsforespoersel(fnr, uttak(o, "forsteUttak"), uttak(o, "heltUttak"), utland,
                sivilstand == null ? "UGIF" : sivilstand, sannhet(o, "epsPensjon"), sannhet(o, "eps2G"), inntekter(o),
                sannhet(o, "simulerMedAfpPrivat"));
    }

    private static Uttak uttak(JsonObject o, String felt) {
        JsonValue v = o.get(felt);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v.getValueType() != JsonValue.ValueType.OBJECT) {
            throw feil(felt + " må være et objekt {datoFom, grad}.");
        }
        JsonObject u = v.asJsonObject();
        LocalDate dato = dato(u, felt + ".datoFom");
        if (!u.containsKey("grad") || u.isNull("grad")) {
            throw feil(felt + ".grad mangler.");
        }
        return new Uttak(dato, heltall(u, "grad", felt + ".grad", 0));
    }

    private static List<FremtidigInntekt> inntekter(JsonObject o) {
        JsonValue v = o.get("fremtidigInntektListe");
        if (v == null || v == JsonValue.NULL) {
            return List.of();
        }
        if (v.getValueType() != JsonValue.ValueType.ARRAY) {
            throw feil("fremtidigInntektListe må være en liste.");
        }
        JsonArray a = v.asJsonArray();
        List<FremtidigInntekt> ut = new ArrayList<>(a.size());
        for (int i = 0; i < a.size(); i++) {
            String felt = "fremtidigInntektListe[" + i + "]";
            if (a.get(i).getValueType() != JsonValue.ValueType.OBJECT) {
                throw feil(felt + " må være et objekt {arligInntekt, fomDato}.");
            }
            JsonObject fi = a.getJsonObject(i);
            if (!fi.containsKey("arligInntekt") || fi.isNull("arligInntekt")) {
                throw feil(felt + ".arligInntekt mangler.");
            }
            int inntekt = heltall(fi, "arligInntekt", felt + ".arligInntekt", 0);
            if (inntekt < 0) {
                throw feil(felt + ".arligInntekt kan ikke være negativ.");
            }
            ut.add(new FremtidigInntekt(dato(fi, felt + ".fomDato"), inntekt));
        }
        ut.sort(Comparator.comparing(FremtidigInntekt::fomDato));
        return List.copyOf(ut);
    }

    private static LocalDate dato(JsonObject o, String fulltFelt) {
        String felt = fulltFelt.substring(fulltFelt.lastIndexOf('.') + 1);
        String s = tekst(o, felt, fulltFelt);
        if (s == null) {
            throw feil(fulltFelt + " mangler.");
        }
        try {
            if (s.length() == 10) {
                return LocalDate.parse(s);
            }
            try {
                return OffsetDateTime.parse(s).atZoneSameInstant(NORGE).toLocalDate();
            } catch (DateTimeParseException e) {
                return LocalDateTime.parse(s).toLocalDate();
            }
        } catch (DateTimeParseException e) {
            throw feil(fulltFelt + " er ikke en gyldig dato (ISO-8601, f.eks. 2030-01-01T00:00:00).");
        }
    }

    private static String tekst(JsonObject o, String felt) {
        return tekst(o, felt, felt);
    }

    private static String tekst(JsonObject o, String felt, String navn) {
        JsonValue v = o.get(felt);
        if (v == null || v == JsonValue.NULL) {
            return null;
        }
        if (v instanceof JsonString s) {
            return s.getString();
        }
        throw feil(navn + " må være en tekst.");
    }

    private static int heltall(JsonObject o, String felt, int standard) {
        return heltall(o, felt, felt, standard);
    }

    private static int heltall(JsonObject o, String felt, String navn, int standard) {
        JsonValue v = o.get(felt);
        if (v == null || v == JsonValue.NULL) {
            return standard;
        }
        if (v instanceof JsonNumber n && n.isIntegral()) {
            try {
                return n.intValueExact();
            } catch (ArithmeticException e) {
                throw feil(navn + " er for stort.");
            }
        }
        throw feil(navn + " må være et heltall.");
    }

    private static boolean sannhet(JsonObject o, String felt) {
        JsonValue v = o.get(felt);
        if (v == null || v == JsonValue.NULL || v == JsonValue.FALSE) {
            return false;
        }
        if (v == JsonValue.TRUE) {
            return true;
        }
        throw feil(felt + " må være true eller false.");
    }

    private static RuntimeException feil(String detalj) {
        return Avslag.SimuleringsGrunnlag.feil(detalj);
    }
}

package no.datadeling.verktoy.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A JSON request body read the way Helsenorge's ASP.NET service binds one: property names match regardless of case,
 * unknown properties are ignored, and a body that cannot be bound at all (missing, {@code null}, not an object, not
 * JSON, or a property of the wrong JSON type) leaves the request null: VER-000202 "Request er null".
 */
public final class JsonKropp {

    private final Map<String, JsonValue> felter = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

    private JsonKropp(JsonObject o) {
        o.forEach(felter::put);
    }

    public static JsonKropp les(String body) {
        if (body == null || body.isBlank()) {
            throw Feilkode.REQUEST_NULL.feil();
        }
        try (var r = Json.createReader(new StringReader(body))) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw Feilkode.REQUEST_NULL.feil();
            }
            return new JsonKropp(v.asJsonObject());
        } catch (jakarta.json.JsonException e) { // includes JsonParsingException
            throw Feilkode.REQUEST_NULL.feil();
        }
    }

    private Optional<JsonValue> verdi(String navn) {
        JsonValue v = felter.get(navn);
        return v == null || v.getValueType() == JsonValue.ValueType.NULL ? Optional.empty() : Optional.of(v);
    }

    /** A string property; absent or null is empty; another JSON type cannot be bound (VER-000202). */
    public Optional<String> tekst(String navn) {
        return verdi(navn).map(v -> {
            if (v instanceof JsonString s) {
                return s.getString();
            }
            throw Feilkode.REQUEST_NULL.feil(navn + " har feil type");
        });
    }

    /** A list of enumeration numbers; absent or null is empty; elements must be integers (else VER-000204). */
    public Optional<List<Integer>> heltallsliste(String navn) {
        return verdi(navn).map(v -> {
            if (!(v instanceof JsonArray a)) {
                throw Feilkode.REQUEST_NULL.feil(navn + " har feil type");
            }
            List<Integer> out = new ArrayList<>();
            for (JsonValue e : a) {
                if (e instanceof JsonNumber n && n.isIntegral() && n.bigIntegerValue().bitLength() < 32) {
                    out.add(n.intValue());
                } else if (e instanceof JsonString s && s.getString().matches("-?\\d{1,9}")) {
                    out.add(Integer.parseInt(s.getString()));
                } else {
                    throw Feilkode.ENUM_UDEFINERT.feil(navn);
                }
            }
            return out;
        });
    }
}

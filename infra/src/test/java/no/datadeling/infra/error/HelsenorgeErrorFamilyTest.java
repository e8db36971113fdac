package no.datadeling.infra.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class HelsenorgeErrorFamilyTest {

    static final HelsenorgeErrorFamily FAMILY = new HelsenorgeErrorFamily(List.of("x/"), Map.of(ErrorKind.UNEXPECTED, "PVS-000204")) {
    };

    static JsonObject parse(String s) {
        try (var r = Json.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }

    @Test
    void body_has_the_error_tables_columns_and_the_correlation_id() {
        JsonObject o = parse(HelsenorgeErrorFamily.json("VER-000205", new ApiError(ErrorKind.INVALID_INPUT, "VER-000205", 400,
                "Søkeord er en tom streng eller null", "k-1")));
        assertEquals("VER-000205", o.getString("Kode"));
        assertEquals(400, o.getInt("HttpStatus"));
        assertEquals("Søkeord er en tom streng eller null", o.getString("Beskrivelse"));
        assertEquals("k-1", o.getString("Korrelasjonsid"));
        assertFalse(HelsenorgeErrorFamily.json("X", new ApiError(ErrorKind.NOT_FOUND, null, 404, "m", null)).contains("Korrelasjonsid"));
    }

    @Test
    void uncatalogued_conditions_get_the_mapped_code_or_the_http_status() {
        assertEquals("PVS-000204", FAMILY.codeFor(ErrorKind.UNEXPECTED, 500));
        assertEquals("HTTP-401", FAMILY.codeFor(ErrorKind.UNAUTHENTICATED, 401));
        assertEquals("HTTP-404", FAMILY.codeFor(ErrorKind.UNKNOWN_URL, 404));
    }
}

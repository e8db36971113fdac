package no.datadeling.infra.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NavErrorFamilyTest {

    static JsonObject parse(String s) {
        try (var r = Json.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }

    @Test
    void spring_boot_shaped_body_with_call_id() {
        JsonObject o = parse(NavErrorFamily.json(new ApiError(ErrorKind.FORBIDDEN, null, 403, "Nei.", "k-1"),
                Instant.parse("2026-01-15T10:00:00.123456Z")));
        assertEquals("2026-01-15T10:00:00.123Z", o.getString("timestamp"));
        assertEquals(403, o.getInt("status"));
        assertEquals("Forbidden", o.getString("error"));
        assertEquals("Nei.", o.getString("message"));
        assertEquals("k-1", o.getString("callId"));
        assertFalse(o.containsKey("kode"));
    }

    @Test
    void a_family_code_is_added_when_set() {
        JsonObject o = parse(NavErrorFamily.json(new ApiError(ErrorKind.FORBIDDEN, "SAMTYKKE_UTLOPT", 403, "Utløpt.", null),
                Instant.EPOCH));
        assertEquals("SAMTYKKE_UTLOPT", o.getString("kode"));
        assertFalse(o.containsKey("callId"));
    }

    @Test
    void reason_phrases() {
        assertEquals("Bad Request", NavErrorFamily.reasonPhrase(400));
        assertEquals("Unauthorized", NavErrorFamily.reasonPhrase(401));
        assertEquals("Internal Server Error", NavErrorFamily.reasonPhrase(500));
    }
}

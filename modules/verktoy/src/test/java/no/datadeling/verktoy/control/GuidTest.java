package no.datadeling.verktoy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;
import no.datadeling.infra.error.ApiException;
import org.junit.jupiter.api.Test;

class GuidTest {

    static final UUID ID = UUID.fromString("08ead360-0d65-448c-ba9e-8a08f0921c90");

    @Test
    void reads_the_dotnet_formats() {
        assertEquals(ID, Guid.parse("08ead360-0d65-448c-ba9e-8a08f0921c90").orElseThrow());
        assertEquals(ID, Guid.parse("08EAD360-0D65-448C-BA9E-8A08F0921C90").orElseThrow());
        assertEquals(ID, Guid.parse("08ead3600d65448cba9e8a08f0921c90").orElseThrow());
        assertEquals(ID, Guid.parse("{08ead360-0d65-448c-ba9e-8a08f0921c90}").orElseThrow());
        assertEquals(ID, Guid.parse("(08ead360-0d65-448c-ba9e-8a08f0921c90)").orElseThrow());
    }

    @Test
    void refuses_what_java_alone_would_take() {
        assertTrue(Guid.parse("1-1-1-1-1").isEmpty());
        assertTrue(Guid.parse("08ead360-0d65-448c-ba9e-8a08f0921c9").isEmpty());
        assertTrue(Guid.parse("08ead360-0d65-448c-ba9e-8a08f0921c9g").isEmpty());
        assertTrue(Guid.parse(null).isEmpty());
    }

    @Test
    void an_empty_guid_or_garbage_is_ver_000209() {
        ApiException e = assertThrows(ApiException.class, () -> Guid.kreve("00000000-0000-0000-0000-000000000000", "VerktoyId"));
        assertEquals("VER-000209", e.code().orElseThrow());
        assertEquals(400, e.status());
        assertEquals("VER-000209", assertThrows(ApiException.class, () -> Guid.kreve("abc", "guid")).code().orElseThrow());
    }
}

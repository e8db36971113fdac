package no.datadeling.verktoy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PseudonymerTest {

    static final byte[] NOKKEL = "0123456789abcdef0123456789abcdef".getBytes();

    @Test
    void stable_per_client_and_citizen_and_different_otherwise() {
        String a = Pseudonymer.pseudoId(NOKKEL, "klient-a", "20036914700");
        assertEquals(a, Pseudonymer.pseudoId(NOKKEL, "klient-a", "20036914700"));
        assertNotEquals(a, Pseudonymer.pseudoId(NOKKEL, "klient-b", "20036914700"));
        assertNotEquals(a, Pseudonymer.pseudoId(NOKKEL, "klient-a", "03851598730"));
        assertNotEquals(a, Pseudonymer.pseudoId("another-32-byte-secret-key-here!".getBytes(), "klient-a", "20036914700"));
        // the length prefix keeps ("ab", "c...") and ("a", "bc...") apart
        assertNotEquals(Pseudonymer.pseudoId(NOKKEL, "k1", "20036914700"), Pseudonymer.pseudoId(NOKKEL, "k", "120036914700"));
    }

    @Test
    void is_a_version_8_guid_that_does_not_contain_the_number() {
        String id = Pseudonymer.pseudoId(NOKKEL, "klient-a", "20036914700");
        UUID u = UUID.fromString(id);
        assertEquals(8, u.version());
        assertEquals(2, u.variant());
        assertFalse(id.replace("-", "").contains("20036914700"));
    }

    @Test
    void the_key_must_be_base64_of_at_least_32_bytes() {
        assertNull(Pseudonymer.dekod("kort"));
        assertNull(Pseudonymer.dekod(Base64.getEncoder().encodeToString(new byte[31])));
        assertNull(Pseudonymer.dekod("ikke base64!!"));
        assertEquals(32, Pseudonymer.dekod(Base64.getEncoder().encodeToString(new byte[32])).length);
    }
}

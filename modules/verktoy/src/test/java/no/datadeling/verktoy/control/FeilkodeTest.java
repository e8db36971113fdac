package no.datadeling.verktoy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import no.datadeling.infra.error.ErrorKind;
import org.junit.jupiter.api.Test;

/** The catalogue as Helsenorge publishes it: every code once, with its HTTP status. */
class FeilkodeTest {

    @Test
    void holds_every_documented_code_with_its_status() {
        assertEquals(Set.of("VER-000202", "VER-000205", "VER-000254", "VK-001126", "VK-001206", "VER-000209", "VER-000204",
                        "PVF-000239", "VER-000218", "VER-000232", "VER-000228", "VER-000207", "PVS-000204", "VER-000260", "VER-000261"),
                Arrays.stream(Feilkode.values()).map(Feilkode::kode).collect(Collectors.toSet()));
        assertEquals(404, Feilkode.VERKTOY_IKKE_FUNNET.status());
        assertEquals(500, Feilkode.UNDERLIGGENDE_TJENESTE.status());
        assertTrue(Arrays.stream(Feilkode.values()).filter(f -> f.status() == 400).count() == 13);
    }

    @Test
    void exceptions_carry_code_status_and_kind() {
        var e = Feilkode.VERKTOY_IKKE_FUNNET.feil();
        assertEquals("VK-001126", e.code().orElseThrow());
        assertEquals(ErrorKind.NOT_FOUND, e.kind());
        assertEquals("Fant ingen verktøy med angitt id", e.melding());
        assertEquals("Ugyldig verdi for id: VerktoyId", Feilkode.UGYLDIG_ID.feil("VerktoyId").melding());
    }
}

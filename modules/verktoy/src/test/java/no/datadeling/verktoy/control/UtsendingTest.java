package no.datadeling.verktoy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.datadeling.domain.verktoy.VerktoyOppgave.BehandlerIdType;
import no.datadeling.infra.error.ApiException;
import org.junit.jupiter.api.Test;

/** Validation of the two send bodies, in the order the checks run. */
class UtsendingTest {

    static final String ID = "95d2290a-ecbc-4525-9593-f35d4ee4e42d";
    static final String FNR = "20036914700"; // a valid test-vector number (Skatteetaten)
    static final String ORGNR = "889640782";

    static String v2(String verktoyId, String fnr, String orgnr, String navn, String extra) {
        return "{\"VerktoyId\":" + q(verktoyId) + ",\"InnbyggerFnr\":" + q(fnr) + ",\"AvsenderOrgNummer\":" + q(orgnr)
                + ",\"AvsenderNavn\":" + q(navn) + extra + "}";
    }

    static String q(String s) {
        return s == null ? "null" : "\"" + s + "\"";
    }

    static String kode(String body, boolean v2) {
        ApiException e = assertThrows(ApiException.class, () -> {
            JsonKropp k = JsonKropp.les(body);
            if (v2) {
                Utsending.v2(k);
            } else {
                Utsending.v1(k);
            }
        });
        return e.code().orElse("HTTP-" + e.status());
    }

    @Test
    void reads_a_complete_v2_body() {
        Utsending u = Utsending.v2(JsonKropp.les(v2(ID, FNR, ORGNR, "Poliklinikk for søvn", ",\"FristDato\":\"2026-12-24T15:00:00\",\"Melding\":\"Hei\"")));
        assertEquals(Utsending.Api.V2, u.api());
        assertEquals(ID, u.verktoyId().toString());
        assertEquals(FNR, u.innbygger().verdi());
        assertEquals(LocalDate.of(2026, 12, 24), u.fristDato().orElseThrow());
        assertEquals("Hei", u.melding());
        assertNull(u.behandler());
    }

    @Test
    void v2_validation_codes() {
        assertEquals("VER-000209", kode(v2(null, FNR, ORGNR, "A", ""), true));
        assertEquals("VER-000209", kode(v2("00000000-0000-0000-0000-000000000000", FNR, ORGNR, "A", ""), true));
        assertEquals("VER-000209", kode(v2(ID, "20036914701", ORGNR, "A", ""), true));
        assertEquals("VER-000209", kode(v2(ID, null, ORGNR, "A", ""), true));
        assertEquals("VER-000209", kode(v2(ID, FNR, "889640781", "A", ""), true));
        assertEquals("HTTP-400", kode(v2(ID, FNR, ORGNR, " ", ""), true));
        assertEquals("HTTP-400", kode(v2(ID, FNR, ORGNR, "A".repeat(201), ""), true));
        assertEquals("HTTP-400", kode(v2(ID, FNR, ORGNR, "A", ",\"Melding\":\"" + "x".repeat(1501) + "\""), true));
        assertEquals("VER-000202", kode(v2(ID, FNR, ORGNR, "A", ",\"FristDato\":\"neste uke\""), true));
        assertEquals("VER-000202", kode(v2(ID, FNR, ORGNR, "A", ",\"Melding\":[]"), true));
    }

    @Test
    void a_melding_of_exactly_1500_characters_is_accepted() {
        Utsending u = Utsending.v2(JsonKropp.les(v2(ID, FNR, ORGNR, "A", ",\"Melding\":\"" + "ø".repeat(1500) + "\"")));
        assertEquals(1500, u.melding().length());
    }

    @Test
    void v1_prefers_the_hpr_number_and_falls_back_to_the_behandlers_fnr() {
        Utsending hpr = Utsending.v1(JsonKropp.les("{\"VerktoyId\":\"" + ID + "\",\"InnbyggerFnr\":\"" + FNR
                + "\",\"BehandlerHpr\":\"565513636\",\"BehandlerFnr\":\"" + FNR + "\"}"));
        assertEquals(new Utsending.BehandlerRef(BehandlerIdType.HPR, "565513636"), hpr.behandler());
        Utsending fnr = Utsending.v1(JsonKropp.les("{\"VerktoyId\":\"" + ID + "\",\"InnbyggerFnr\":\"" + FNR
                + "\",\"BehandlerFnr\":\"" + FNR + "\"}"));
        assertEquals(BehandlerIdType.FNR, fnr.behandler().type());
        assertTrue(fnr.fristDato().isEmpty());
    }

    @Test
    void v1_validation_codes() {
        String start = "{\"VerktoyId\":\"" + ID + "\",\"InnbyggerFnr\":\"" + FNR + "\"";
        assertEquals("VER-000209", kode(start + "}", false));
        assertEquals("VER-000209", kode(start + ",\"BehandlerHpr\":\"56551363X\"}", false));
        assertEquals("VER-000209", kode(start + ",\"BehandlerFnr\":\"12345678901\"}", false));
        assertEquals("VER-000202", kode(start + ",\"BehandlerHpr\":565513636}", false));
    }
}

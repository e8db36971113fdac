package no.datadeling.infra.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The request values every NAV API reads: every malformed one is a 400 naming the parameter, never its value. */
class ParameterverdierTest {

    static ApiException ugyldig(Executable e) {
        ApiException a = assertThrows(ApiException.class, e);
        assertEquals(ErrorKind.INVALID_INPUT, a.kind());
        assertFalse(a.melding().matches(".*\\d{11}.*"), "never echoes an identity number: " + a.melding());
        return a;
    }

    @Test
    void ident_must_be_a_valid_number() {
        assertEquals("03851598730", Parameterverdier.ident(" 03851598730 ", "fnr").verdi());
        assertEquals("Mangler header Nav-Personident.", ugyldig(() -> Parameterverdier.ident(null, "header Nav-Personident")).melding());
        ugyldig(() -> Parameterverdier.ident("", "fnr"));
        assertEquals("Ugyldig fødselsnummer eller D-nummer i fnr.", ugyldig(() -> Parameterverdier.ident("03851598731", "fnr")).melding());
    }

    @Test
    void required_values_are_trimmed() {
        assertEquals("ALDER", Parameterverdier.paakrevd(" ALDER ", "sakType"));
        assertEquals("Mangler sakType.", ugyldig(() -> Parameterverdier.paakrevd(" ", "sakType")).melding());
    }

    @Test
    void whole_numbers_within_bounds_with_a_default() {
        assertEquals(100, Parameterverdier.heltall(null, "antallHendelser", 1, 100, 100L));
        assertEquals(1, Parameterverdier.heltall("1", "antallHendelser", 1, 100, 100L));
        assertEquals("antallHendelser må være mellom 1 og 100.", ugyldig(() -> Parameterverdier.heltall("0", "antallHendelser", 1, 100, 100L)).melding());
        ugyldig(() -> Parameterverdier.heltall("101", "antallHendelser", 1, 100, 100L));
        assertEquals("Ugyldig antallHendelser: forventet et heltall.",
                ugyldig(() -> Parameterverdier.heltall("1e2", "antallHendelser", 1, 100, 100L)).melding());
        assertEquals("Mangler hendelsesnummer.", ugyldig(() -> Parameterverdier.heltall(null, "hendelsesnummer", 0, Long.MAX_VALUE, null)).melding());
    }
}

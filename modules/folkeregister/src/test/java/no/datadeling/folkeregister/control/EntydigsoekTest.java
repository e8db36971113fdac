package no.datadeling.folkeregister.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import org.junit.jupiter.api.Test;

class EntydigsoekTest {

    static final Rettighetspakke OMH = Rettighetspakke.OFFENTLIG_MED_HJEMMEL;
    static final Rettighetspakke OUH = Rettighetspakke.OFFENTLIG_UTEN_HJEMMEL;
    static final Persondokumentlager.Soekerad PERSON = new Persondokumentlager.Soekerad("09052400284", LocalDate.of(1924, 5, 9),
            "KARI ANNE CHRISTIANSEN", "Storgata", "10", "B", "0150", "ugradert");
    static final Persondokumentlager.Soekerad FORTROLIG = new Persondokumentlager.Soekerad("09052400284", LocalDate.of(1924, 5, 9),
            "KARI ANNE CHRISTIANSEN", "Storgata", "10", "B", "0150", "fortrolig");

    static Entydigsoek soek(Rettighetspakke p, String idnr, String utl, String leg, String duf, String dato, String navn,
                            String post, String adresse, String hus, String fonetisk) {
        return Entydigsoek.av(p, idnr, utl, leg, duf, dato, navn, post, adresse, hus, fonetisk);
    }

    static void ugyldig(Rettighetspakke p, String idnr, String utl, String dato, String navn, String adresse, String hus) {
        ApiException e = assertThrows(ApiException.class, () -> soek(p, idnr, utl, null, null, dato, navn, null, adresse, hus, null));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
    }

    @Test
    void needs_an_identifying_and_a_non_identifying_value() {
        ugyldig(OMH, null, null, null, "RULLETRAPP", null, null);
        ugyldig(OMH, "09052400284", null, null, null, null, null);
        ugyldig(OMH, "09052400284", null, "19240509", null, null, null);
        soek(OMH, null, "ARG-8766523769", null, null, "19240509", null, null, null, null, null);
        soek(OMH, "09052400284", null, null, null, null, "RULLETRAPP", null, null, null, null);
        soek(OMH, "09052400284", null, null, null, null, null, null, "Sto", null, null);
        soek(OMH, "09052400284", null, null, null, null, null, null, null, "10B", null);
    }

    @Test
    void refuses_malformed_values() {
        ugyldig(OMH, "09052400285", null, null, "X", null, null);
        ugyldig(OMH, null, "ARG8766523769", null, "X", null, null);
        ugyldig(OMH, null, "ARG-1", "19240231", null, null, null);
        ugyldig(OMH, "09052400284", null, null, null, "St", null);
        ugyldig(OMH, "09052400284", null, null, null, null, "10BB");
    }

    @Test
    void foreign_identifiers_only_with_hjemmel() {
        ApiException e = assertThrows(ApiException.class, () -> soek(OUH, null, "ARG-8766523769", null, null, null, "A", null, null, null, null));
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
        assertThrows(ApiException.class, () -> soek(OUH, null, null, null, "201512345678", null, "A", null, null, null, null));
    }

    @Test
    void matches_whole_name_words_address_prefix_and_house_number() {
        assertTrue(soek(OMH, "09052400284", null, null, null, null, "christiansen kari", null, null, null, null).passer(PERSON, OMH));
        assertFalse(soek(OMH, "09052400284", null, null, null, null, "CHRIST", null, null, null, null).passer(PERSON, OMH));
        assertTrue(soek(OMH, "09052400284", null, null, null, null, "KRISTIANSEN", null, null, null, "true").passer(PERSON, OMH));
        assertFalse(soek(OMH, "09052400284", null, null, null, null, "KRISTIANSEN", null, null, null, "false").passer(PERSON, OMH));
        assertTrue(soek(OMH, "09052400284", null, null, null, null, null, "0150", "storg", "10b", null).passer(PERSON, OMH));
        assertTrue(soek(OMH, "09052400284", null, null, null, null, null, null, "Storgata", "10", null).passer(PERSON, OMH));
        assertFalse(soek(OMH, "09052400284", null, null, null, null, null, null, "Storgata", "10A", null).passer(PERSON, OMH));
        assertFalse(soek(OMH, "09052400284", null, null, null, null, "KARI", "0151", null, null, null).passer(PERSON, OMH));
    }

    @Test
    void a_protected_address_does_not_find_the_person_for_a_package_that_may_not_see_it() {
        Entydigsoek adresse = soek(OUH, "09052400284", null, null, null, null, null, null, "Storgata", null, null);
        assertTrue(adresse.passer(PERSON, OUH));
        assertFalse(adresse.passer(FORTROLIG, OUH));
        assertTrue(adresse.passer(FORTROLIG, OMH));
    }

    @Test
    void phonetic_keys_fold_norwegian_spelling_variants() {
        assertEquals(Fonetikk.noekkel("Christiansen"), Fonetikk.noekkel("KRISTIANSEN"));
        assertEquals(Fonetikk.noekkel("Pettersen"), Fonetikk.noekkel("Petersen"));
        assertEquals(Fonetikk.noekkel("Aase"), Fonetikk.noekkel("Åse"));
        assertFalse(Fonetikk.noekkel("Hansen").equals(Fonetikk.noekkel("Jensen")));
    }
}

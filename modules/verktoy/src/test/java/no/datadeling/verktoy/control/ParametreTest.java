package no.datadeling.verktoy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import no.datadeling.domain.verktoy.Kodeverk;
import no.datadeling.infra.error.ApiException;
import org.junit.jupiter.api.Test;

class ParametreTest {

    static String kode(Runnable r) {
        ApiException e = assertThrows(ApiException.class, r::run);
        return e.code().orElse("HTTP-" + e.status());
    }

    @Test
    void list_parameters_repeat_or_hold_commas_and_must_be_defined() {
        assertEquals(Set.of(1, 3), Parametre.koder(List.of("1", "3"), Kodeverk.Fagomrade.class, "Fagomrader"));
        assertEquals(Set.of(1, 2), Parametre.koder(List.of("1,2", " "), Kodeverk.Malgruppe.class, "Malgrupper"));
        assertEquals(Set.of(), Parametre.koder(null, Kodeverk.Sprak.class, "Sprak"));
        assertEquals("VER-000204", kode(() -> Parametre.koder(List.of("4"), Kodeverk.Fagomrade.class, "Fagomrader")));
        assertEquals("VER-000204", kode(() -> Parametre.koder(List.of("bokmål"), Kodeverk.Sprak.class, "Sprak")));
        assertEquals(Set.of("35489007"), Parametre.tekster(Arrays.asList("35489007", "")));
    }

    @Test
    void bool_parameters() {
        assertNull(Parametre.bool(null, "x"));
        assertNull(Parametre.bool("", "x"));
        assertEquals(Boolean.TRUE, Parametre.bool("True", "x"));
        assertEquals(Boolean.FALSE, Parametre.bool("false", "x"));
        assertEquals("HTTP-400", kode(() -> Parametre.bool("ja", "x")));
    }

    @Test
    void antall_verktoy_defaults_to_10_and_allows_1_to_50() {
        assertEquals(10, Parametre.antallVerktoy(null));
        assertEquals(1, Parametre.antallVerktoy("1"));
        assertEquals(50, Parametre.antallVerktoy("50"));
        for (String ugyldig : List.of("0", "51", "-3", "ti", "1.5", "99999999999")) {
            assertEquals("VK-001206", kode(() -> Parametre.antallVerktoy(ugyldig)), ugyldig);
        }
    }

    @Test
    void sidereferanse_counts_from_one() {
        assertEquals(1, Parametre.sidereferanse(null));
        assertEquals(1, Parametre.sidereferanse("0"));
        assertEquals(7, Parametre.sidereferanse("7"));
        assertEquals("VK-001206", kode(() -> Parametre.sidereferanse("neste")));
    }

    @Test
    void row_count_defaults_to_and_is_capped_at_50() {
        assertEquals(50, Parametre.rowCount(null));
        assertEquals(10, Parametre.rowCount("10"));
        assertEquals(50, Parametre.rowCount("500"));
        assertEquals("VK-001206", kode(() -> Parametre.rowCount("0")));
    }

    @Test
    void sokeord_must_be_3_to_256_characters() {
        assertEquals("VER-000205", kode(() -> Parametre.sokeord(null)));
        assertEquals("VER-000205", kode(() -> Parametre.sokeord("   ")));
        assertEquals("VER-000254", kode(() -> Parametre.sokeord("ab")));
        assertEquals("VER-000254", kode(() -> Parametre.sokeord("a".repeat(257))));
        assertEquals("abc", Parametre.sokeord(" abc "));
        assertEquals(256, Parametre.sokeord("å".repeat(256)).length());
    }
}

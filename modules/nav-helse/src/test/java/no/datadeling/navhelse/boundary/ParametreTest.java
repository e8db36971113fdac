package no.datadeling.navhelse.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.datadeling.domain.medlemskap.Hjemmelgruppe;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The request rules of the NAV Helse endpoints: every malformed value is a 400 naming the parameter, never its value. */
class ParametreTest {

    static void ugyldig(Executable e) {
        ApiException a = assertThrows(ApiException.class, e);
        assertEquals(ErrorKind.INVALID_INPUT, a.kind());
        assertFalse(a.melding().matches(".*\\d{11}.*"), "never echoes an identity number: " + a.melding());
    }

    @Test
    void dates_are_iso_and_ranges_do_not_run_backwards() {
        assertEquals(Optional.of(LocalDate.of(2024, 2, 29)), Parametre.dato("2024-02-29", "fomDato"));
        assertEquals(Optional.empty(), Parametre.dato(" ", "fomDato"));
        ugyldig(() -> Parametre.dato("2023-02-29", "fomDato"));
        ugyldig(() -> Parametre.dato("01.01.2024", "fomDato"));
        Parametre.rekkefolge(Optional.of(LocalDate.of(2024, 1, 1)), "a", Optional.of(LocalDate.of(2024, 1, 1)), "b");
        ugyldig(() -> Parametre.rekkefolge(Optional.of(LocalDate.of(2024, 1, 2)), "a", Optional.of(LocalDate.of(2024, 1, 1)), "b"));
    }

    @Test
    void booleans_are_true_or_false_and_default_false() {
        assertFalse(Parametre.sannhetsverdi(null, "x"));
        assertTrue(Parametre.sannhetsverdi("true", "x"));
        ugyldig(() -> Parametre.sannhetsverdi("TRUE", "x"));
        ugyldig(() -> Parametre.sannhetsverdi("1", "x"));
    }

    @Test
    void repeated_and_comma_separated_values() {
        assertEquals(List.of("GYLD", "AVST", "UAVK"), Parametre.verdier(Arrays.asList("GYLD,AVST", " UAVK "), "statuser",
                Set.of("GYLD", "AVST", "UAVK")));
        assertEquals(List.of(), Parametre.verdier(null, "statuser", Set.of("GYLD")));
        ugyldig(() -> Parametre.verdier(List.of("GYLD,X"), "statuser", Set.of("GYLD")));
        assertEquals(List.of("LAANEKASSEN"), Parametre.verdier(List.of("LAANEKASSEN"), "ekskluderKilder", null));
    }

    @Test
    void hjemmelgruppe_and_type() {
        assertEquals(List.of(), TrygdehendelserResource.grupper(null));
        assertEquals(List.of(), TrygdehendelserResource.grupper("ALLE"));
        assertEquals(List.of(Hjemmelgruppe.EOS), TrygdehendelserResource.grupper("EOS"));
        assertEquals(List.of(Hjemmelgruppe.OEVRIGE), TrygdehendelserResource.grupper("OEVRIGE"));
        ugyldig(() -> TrygdehendelserResource.grupper("eos"));
        assertEquals(Optional.of(true), MedlemskapsunntakResource.medlem("MED_MEDLEMSKAP"));
        assertEquals(Optional.of(false), MedlemskapsunntakResource.medlem("UTEN_MEDLEMSKAP"));
        ugyldig(() -> MedlemskapsunntakResource.medlem("MEDLEM"));
    }

    @Test
    void hjemmelgruppe_follows_the_legal_basis() {
        assertEquals(Hjemmelgruppe.EOS, Hjemmelgruppe.forGrunnlag("FO_12_1"));
        assertEquals(Hjemmelgruppe.OEVRIGE, Hjemmelgruppe.forGrunnlag("FTL_2-8"));
        assertEquals(Hjemmelgruppe.OEVRIGE, Hjemmelgruppe.forGrunnlag("Storbrit_NIrland_6_1"));
    }

    @Test
    void admin_body_with_defaults_and_refusals() {
        var i = MedlemskapsunntakAdminResource.innhold(MedlemskapsunntakAdminResource.json(
                "{\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2026-12-31\",\"grunnlag\":\"FO_12_1\"}"));
        assertEquals("GYLD", i.status());
        assertEquals("ENDL", i.lovvalg());
        assertEquals("MEDL", i.kilde());
        assertTrue(i.medlem());
        ugyldig(() -> MedlemskapsunntakAdminResource.json("nei"));
        ugyldig(() -> MedlemskapsunntakAdminResource.innhold(MedlemskapsunntakAdminResource.json(
                "{\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2026-12-31\"}")));
        ugyldig(() -> MedlemskapsunntakAdminResource.innhold(MedlemskapsunntakAdminResource.json(
                "{\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2026-12-31\",\"grunnlag\":\"FO_12_1\",\"lovvalg\":\"X\"}")));
        ugyldig(() -> MedlemskapsunntakAdminResource.innhold(MedlemskapsunntakAdminResource.json(
                "{\"fraOgMed\":\"2026-01-01\",\"tilOgMed\":\"2026-12-31\",\"grunnlag\":7}")));
    }
}

package no.datadeling.folkeregister.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.domain.folkeregister.Persondokumenttekst;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;
import org.junit.jupiter.api.Test;

/** The part matrix and the rights packages' limits on one document that has everything. */
class UtsnittTest {

    static final JsonObject DOK = les("""
            {"identifikasjonsnummer":[{"erGjeldende":true,"foedselsEllerDNummer":"09052400284"},{"erGjeldende":false,"foedselsEllerDNummer":"49052400284"}],
             "status":[{"erGjeldende":true,"status":"bosatt"},{"erGjeldende":false,"status":"midlertidig"}],
             "sivilstand":[{"erGjeldende":true,"sivilstand":"skilt"},{"erGjeldende":false,"sivilstand":"gift"}],
             "navn":[{"erGjeldende":true,"fornavn":"A"},{"erGjeldende":false,"fornavn":"B"}],
             "bostedsadresse":[{"erGjeldende":true,"adressegradering":"fortrolig"},{"erGjeldende":false,"adressegradering":"ugradert"}],
             "postadresse":[{"erGjeldende":true,"adressegradering":"strengtFortrolig"}],
             "familierelasjon":[{"erGjeldende":true,"relatertPersonsRolle":"mor"}],
             "foreldreansvar":[{"erGjeldende":true,"ansvar":"felles"}],
             "vergemaalEllerFremtidsfullmakt":[{"erGjeldende":true}],
             "utenlandskPersonidentifikasjon":[{"erGjeldende":true}],
             "legitimasjonsdokument":[{"erGjeldende":true}],
             "opphold":[{"erGjeldende":true}],
             "innflytting":[{"erGjeldende":true}],
             "doedsfall":{"erGjeldende":true,"doedsdato":"2020-01-01"}}""");

    static JsonObject les(String s) {
        return JaxbJson.JSON.createReader(new StringReader(s)).readObject();
    }

    /** The document as a request with these parts sees it: stored as the loader stores it, cut as a lookup cuts it. */
    static JsonObject anvend(Rettighetspakke p, String... part) {
        return les(new String(Persondokumenttekst.fra(DOK).skriv(Utsnitt.av(p, List.of(part))), StandardCharsets.UTF_8));
    }

    static Set<String> elementer(Rettighetspakke p, String... part) {
        return new TreeSet<>(anvend(p, part).keySet());
    }

    static int antall(Rettighetspakke p, String element, String... part) {
        var v = anvend(p, part).get(element);
        return v == null ? 0 : v.asJsonArray().size();
    }

    @Test
    void default_is_person_basis_without_history() {
        assertEquals(Set.of("identifikasjonsnummer", "status", "sivilstand", "navn", "bostedsadresse", "postadresse", "doedsfall"),
                elementer(Rettighetspakke.OFFENTLIG_MED_HJEMMEL));
        assertEquals(1, antall(Rettighetspakke.OFFENTLIG_MED_HJEMMEL, "status"));
    }

    @Test
    void a_single_element_part_gives_it_and_identifikasjonsnummer() {
        assertEquals(Set.of("identifikasjonsnummer", "status"), elementer(Rettighetspakke.OFFENTLIG_UTEN_HJEMMEL, "status"));
        assertEquals(Set.of("identifikasjonsnummer", "innflytting"), elementer(Rettighetspakke.FINANS_OG_BEGRENSET, "innflytting"));
    }

    @Test
    void historikk_per_package() {
        assertEquals(2, antall(Rettighetspakke.OFFENTLIG_MED_HJEMMEL, "status", "historikk"));
        assertEquals(1, antall(Rettighetspakke.FINANS_OG_BEGRENSET, "status", "historikk"));
        assertEquals(2, antall(Rettighetspakke.FINANS_OG_BEGRENSET, "sivilstand", "historikk"));
        assertEquals(1, antall(Rettighetspakke.OFFENTLIG_UTEN_HJEMMEL, "sivilstand", "historikk"));
        assertEquals(2, antall(Rettighetspakke.OFFENTLIG_UTEN_HJEMMEL, "navn", "historikk"));
        assertEquals(2, antall(Rettighetspakke.OFFENTLIG_UTEN_HJEMMEL, "identifikasjonsnummer", "historikk"));
    }

    @Test
    void relasjon_utvidet_per_package() {
        Set<String> rel = Set.of("familierelasjon", "foreldreansvar", "vergemaalEllerFremtidsfullmakt");
        assertEquals(rel, intersect(elementer(Rettighetspakke.OFFENTLIG_MED_HJEMMEL, "relasjon-utvidet"), rel));
        assertEquals(rel, intersect(elementer(Rettighetspakke.FINANS_OG_BEGRENSET, "relasjon-utvidet"), rel));
        assertEquals(Set.of("vergemaalEllerFremtidsfullmakt"), intersect(elementer(Rettighetspakke.OFFENTLIG_UTEN_HJEMMEL, "relasjon-utvidet"), rel));
    }

    @Test
    void identitetsgrunnlag_utvidet_and_confidential_elements_only_with_hjemmel() {
        assertEquals(Set.of("identifikasjonsnummer", "legitimasjonsdokument", "utenlandskPersonidentifikasjon"),
                elementer(Rettighetspakke.OFFENTLIG_MED_HJEMMEL, "identitetsgrunnlag-utvidet"));
        for (Rettighetspakke p : List.of(Rettighetspakke.FINANS_OG_BEGRENSET, Rettighetspakke.OFFENTLIG_UTEN_HJEMMEL)) {
            assertEquals(Set.of("identifikasjonsnummer"), elementer(p, "identitetsgrunnlag-utvidet", "opphold", "utenlandskPersonidentifikasjon"));
        }
    }

    @Test
    void protected_addresses_never_reach_a_package_without_clearance() {
        assertEquals(1, antall(Rettighetspakke.OFFENTLIG_MED_HJEMMEL, "postadresse"));
        assertEquals(0, antall(Rettighetspakke.FINANS_OG_BEGRENSET, "postadresse"));
        assertEquals(1, antall(Rettighetspakke.FINANS_OG_BEGRENSET, "bostedsadresse"));
        assertEquals(0, antall(Rettighetspakke.OFFENTLIG_UTEN_HJEMMEL, "bostedsadresse"));
        assertEquals(1, antall(Rettighetspakke.OFFENTLIG_UTEN_HJEMMEL, "bostedsadresse", "historikk"), "the old ugradert one");
    }

    @Test
    void a_cut_the_stored_person_basis_holds_is_served_from_it_and_equally() {
        Persondokumenttekst hel = Persondokumenttekst.fra(DOK);
        Persondokumenttekst basis = hel.utdrag(Persondokumenttekst.BASIS);
        for (Rettighetspakke p : Rettighetspakke.values()) {
            for (List<String> part : List.of(List.<String>of(), List.of("person-basis"), List.of("navn", "bostedsadresse"))) {
                Utsnitt u = Utsnitt.av(p, part);
                assertTrue(u.iBasis(), p + " " + part);
                assertEquals(skriv(hel, u), skriv(basis, u), p + " " + part);
            }
        }
        assertFalse(Utsnitt.av(Rettighetspakke.OFFENTLIG_MED_HJEMMEL, List.of("historikk")).iBasis());
        assertFalse(Utsnitt.av(Rettighetspakke.OFFENTLIG_MED_HJEMMEL, List.of("relasjon-utvidet")).iBasis());
        assertFalse(Utsnitt.av(Rettighetspakke.FINANS_OG_BEGRENSET, List.of("person-basis", "innflytting")).iBasis());
    }

    static String skriv(Persondokumenttekst d, Utsnitt u) {
        return new String(d.skriv(u), StandardCharsets.UTF_8);
    }

    @Test
    void unknown_part_is_a_400() {
        assertThrows(ApiException.class, () -> Utsnitt.av(Rettighetspakke.OFFENTLIG_MED_HJEMMEL, List.of("hobby")));
        assertThrows(ApiException.class, () -> Utsnitt.av(Rettighetspakke.OFFENTLIG_MED_HJEMMEL, List.of("Status")));
    }

    private static Set<String> intersect(Set<String> a, Set<String> b) {
        Set<String> s = new TreeSet<>(a);
        s.retainAll(b);
        return s;
    }
}

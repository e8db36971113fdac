package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Freg.FIN;
import static no.datadeling.launcher.it.Freg.OMH;
import static no.datadeling.launcher.it.Freg.OUH;
import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.datadeling.domain.populasjon.Folkeregister;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET personer/entydigsoek: the seed's rules for identifying and non-identifying values, unique hits, no hit, many hits. */
@Order(42)
@ExtendWith(DatadelingServer.class)
class FolkeregisterEntydigsoekIT {

    static Http.Response soek(String pakke, String accept, String... kv) {
        StringBuilder q = new StringBuilder("entydigsoek");
        for (int i = 0; i < kv.length; i += 2) {
            q.append(i == 0 ? '?' : '&').append(kv[i]).append('=').append(URLEncoder.encode(kv[i + 1], StandardCharsets.UTF_8));
        }
        return Freg.get(pakke, q.toString(), accept);
    }

    static Folkeregister.Person medAdresse() {
        return Folkeregisterdata.person(p -> p.soek().adressenavn() != null && "ugradert".equals(p.soek().adressegradering())
                && !p.person().erDNummer());
    }

    @ParameterizedTest
    @ValueSource(strings = {OMH, OUH, FIN})
    void finds_a_person_by_number_and_name_in_every_package(String pakke) {
        Folkeregister.Person p = medAdresse();
        String etternavn = p.person().etternavn().toUpperCase(Locale.ROOT);
        Http.Response r = soek(pakke, null, "identifikasjonsnummer", p.person().foedselsnummer(), "navn", etternavn);
        Freg.assertOk(r, "application/json");
        assertEquals(Freg.forventet(Folkeregisterdata.gjeldende(p), pakke), r.json());
    }

    @Test
    void the_seeds_example_gives_identifikasjonsnummer_and_navn() throws Exception {
        Folkeregister.Person p = medAdresse();
        Http.Response r = soek(OMH, null, "identifikasjonsnummer", p.person().foedselsnummer(), "navn",
                p.person().etternavn().toUpperCase(Locale.ROOT), "part", "navn");
        assertEquals(Set.of("identifikasjonsnummer", "navn"), r.json().keySet());
        Http.Response xml = soek(OMH, "application/xml", "identifikasjonsnummer", p.person().foedselsnummer(), "navn",
                p.person().fornavn().toLowerCase(Locale.ROOT), "part", "navn");
        assertEquals(r.json(), Freg.xmlPerson(xml.body()));
    }

    @Test
    void matches_by_street_prefix_house_number_and_postnummer() {
        Folkeregister.Person p = medAdresse();
        String fnr = p.person().foedselsnummer();
        String hus = p.soek().husnummer() + (p.soek().husbokstav() == null ? "" : p.soek().husbokstav());
        assertEquals(200, soek(OMH, null, "identifikasjonsnummer", fnr, "adressenavn", p.soek().adressenavn().substring(0, 3)).status());
        assertEquals(200, soek(OMH, null, "identifikasjonsnummer", fnr, "adressenavn", p.soek().adressenavn(), "husnummer", hus,
                "postnummer", p.soek().postnummer()).status());
        Freg.assertFeil(soek(OMH, null, "identifikasjonsnummer", fnr, "adressenavn", "Zzz"), 404, "FREG-007");
        Freg.assertFeil(soek(OMH, null, "identifikasjonsnummer", fnr, "husnummer", "9999"), 404, "FREG-007");
    }

    @Test
    void a_protected_address_does_not_find_the_person_for_a_package_without_clearance() {
        Folkeregister.Person p = Folkeregisterdata.person(x -> "fortrolig".equals(x.soek().adressegradering()) && x.soek().adressenavn() != null);
        String[] q = {"identifikasjonsnummer", p.person().foedselsnummer(), "adressenavn", p.soek().adressenavn()};
        assertEquals(200, soek(OMH, null, q).status());
        assertEquals(200, soek(FIN, null, q).status());
        Freg.assertFeil(soek(OUH, null, q), 404, "FREG-007");
    }

    @Test
    void finds_by_foreign_identifier_passport_and_duf_number_with_hjemmel_only() {
        for (String type : List.of("utenlandskPersonidentifikasjon", "legitimasjonsdokument", "utlendingsmyndighetenesIdentifikasjonsnummer")) {
            Folkeregister.Person p = Folkeregisterdata.person(x -> !Folkeregisterdata.register().erDublett(x.person().nummer())
                    && x.identifikatorer().stream().anyMatch(i -> i.type().equals(type)) && Folkeregisterdata.alle(y -> y.identifikatorer()
                    .contains(x.identifikatorer().stream().filter(i -> i.type().equals(type)).findFirst().orElseThrow())).size() == 1);
            String verdi = p.identifikatorer().stream().filter(i -> i.type().equals(type)).findFirst().orElseThrow().verdi();
            String param = "utenlandskPersonidentifikasjon".equals(type) ? "utenlandskpersonidentifikasjon" : type;
            Http.Response r = soek(OMH, null, param, verdi, "foedselsdato", p.person().foedselsdato().toString().replace("-", ""));
            assertEquals(200, r.status(), type + " " + r.body());
            assertEquals(p.person().foedselsnummer(), r.json().getJsonArray("identifikasjonsnummer").getJsonObject(0).getString("foedselsEllerDNummer"));
            Freg.assertFeil(soek(OUH, null, param, verdi, "navn", "X"), 403, "FREG-005");
            Freg.assertFeil(soek(FIN, null, param, verdi, "navn", "X"), 403, "FREG-005");
        }
    }

    @Test
    void a_doublet_is_not_a_unique_hit_until_the_name_tells_them_apart() {
        Map<String, List<Folkeregister.Person>> etterId = Folkeregisterdata.personer().values().stream()
                .flatMap(p -> p.identifikatorer().stream().filter(i -> i.type().equals("utenlandskPersonidentifikasjon")).map(i -> Map.entry(i.verdi(), p)))
                .collect(Collectors.groupingBy(Map.Entry::getKey, Collectors.mapping(Map.Entry::getValue, Collectors.toList())));
        var par = etterId.entrySet().stream().filter(e -> e.getValue().size() == 2
                && !e.getValue().get(0).person().fornavn().equals(e.getValue().get(1).person().fornavn())).findFirst().orElseThrow();
        Folkeregister.Person en = par.getValue().get(0);
        Http.Response begge = soek(OMH, null, "utenlandskpersonidentifikasjon", par.getKey(), "navn", en.person().etternavn());
        Freg.assertFeil(begge, 404, "FREG-010");
        Http.Response entydig = soek(OMH, null, "utenlandskpersonidentifikasjon", par.getKey(), "navn",
                en.person().fornavn() + " " + en.person().etternavn());
        assertEquals(200, entydig.status(), entydig.body());
        JsonObject id = entydig.json().getJsonArray("identifikasjonsnummer").getJsonObject(0);
        assertEquals(en.person().foedselsnummer(), id.getString("foedselsEllerDNummer"));
    }

    @Test
    void phonetic_search_finds_spelling_variants_only_when_asked() {
        Folkeregister.Person p = Folkeregisterdata.person(x -> x.person().etternavn().equals("Kristiansen") || x.person().etternavn().equals("Pettersen"));
        String variant = p.person().etternavn().equals("Kristiansen") ? "Christiansen" : "Petersen";
        String fnr = p.person().foedselsnummer();
        Freg.assertFeil(soek(OMH, null, "identifikasjonsnummer", fnr, "navn", variant), 404, "FREG-007");
        assertEquals(200, soek(OMH, null, "identifikasjonsnummer", fnr, "navn", variant, "soekFonetisk", "true").status());
    }

    @Test
    void refuses_searches_the_seed_does_not_allow() {
        Folkeregister.Person p = medAdresse();
        String fnr = p.person().foedselsnummer();
        Freg.assertFeil(soek(OMH, null, "navn", "KARI"), 400, "FREG-006");
        Freg.assertFeil(soek(OMH, null, "identifikasjonsnummer", fnr), 400, "FREG-006");
        Freg.assertFeil(soek(OMH, null, "identifikasjonsnummer", fnr, "foedselsdato", "19800101"), 400, "FREG-006");
        Freg.assertFeil(soek(OMH, null, "identifikasjonsnummer", "12345678901", "navn", "X"), 400, "FREG-006");
        Freg.assertFeil(soek(OMH, null, "identifikasjonsnummer", fnr, "adressenavn", "St"), 400, "FREG-006");
        Freg.assertFeil(soek(OMH, null, "identifikasjonsnummer", fnr, "navn", "X", "soekFonetisk", "ja"), 400, "FREG-006");
        Freg.assertFeil(soek(OMH, null, "utenlandskpersonidentifikasjon", "Argentina-1", "navn", "X"), 400, "FREG-006");
        Freg.assertFeil(soek(OMH, "text/html", "identifikasjonsnummer", fnr, "navn", "X"), 406, "FREG-008");
    }
}

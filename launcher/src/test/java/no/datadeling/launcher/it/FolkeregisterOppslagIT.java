package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Freg.FIN;
import static no.datadeling.launcher.it.Freg.OMH;
import static no.datadeling.launcher.it.Freg.OUH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import no.datadeling.domain.populasjon.Folkeregister;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET personer/{folkeregisteridentifikator} in every rights package and both formats, against the generator. */
@Order(40)
@ExtendWith(DatadelingServer.class)
class FolkeregisterOppslagIT {

    static final Pattern TIDSPUNKT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?([+-]\\d{2}:\\d{2}|Z)");
    static final Pattern DATO = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    static Folkeregister.Person rik() {
        return Folkeregisterdata.person(p -> Folkeregisterdata.harHistorikk(p, "bostedsadresse")
                && Folkeregisterdata.har(p, "familierelasjon") && Folkeregisterdata.harHistorikk(p, "sivilstand"));
    }

    @ParameterizedTest
    @ValueSource(strings = {OMH, OUH, FIN})
    void returns_the_current_document_as_json_cut_to_the_package(String pakke) {
        for (Folkeregister.Person p : List.of(rik(), Folkeregisterdata.person(x -> x.person().erDNummer()),
                Folkeregisterdata.person(x -> "doed".equals(x.person().personstatus())))) {
            Http.Response r = Freg.get(pakke, p.person().foedselsnummer(), null);
            Freg.assertOk(r, "application/json");
            assertEquals(Freg.forventet(Folkeregisterdata.gjeldende(p), pakke), r.json(), pakke);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {OMH, OUH, FIN})
    void returns_the_same_document_as_xml_valid_against_our_xsd(String pakke) throws Exception {
        Folkeregister.Person p = rik();
        Http.Response r = Freg.get(pakke, p.person().foedselsnummer(), "application/xml", "person-basis", "relasjon-utvidet", "historikk");
        Freg.assertOk(r, "application/xml");
        assertTrue(r.body().contains("<folkeregisterperson xmlns=\"folkeregisteret:tilgjengeliggjoering:person:v1\""), r.body());
        assertEquals(Freg.forventet(Folkeregisterdata.gjeldende(p), pakke, "person-basis", "relasjon-utvidet", "historikk"),
                Freg.xmlPerson(r.body()));
    }

    @Test
    void a_sample_of_persons_matches_the_generator_in_every_element() {
        List<Folkeregister.Person> utvalg = Folkeregisterdata.alle(p -> p.person().nummer() % 211 == 0);
        for (Folkeregister.Person p : utvalg) {
            String[] alt = {"person-basis", "relasjon-utvidet", "identitetsgrunnlag-utvidet", "historikk", "innflytting", "utflytting",
                "foedselINorge", "opphold", "utlendingsmyndighetenesIdentifikasjonsnummer", "forholdTilSametingetsValgmanntall",
                "brukAvSamiskSpraak"};
            Http.Response r = Freg.get(OMH, p.person().foedselsnummer(), null, alt);
            assertEquals(200, r.status());
            assertEquals(Folkeregisterdata.gjeldende(p), r.json(), "everything, with history, is the whole stored document");
        }
        assertTrue(utvalg.size() > 10);
    }

    @Test
    void looks_up_by_an_earlier_d_number_too() {
        Folkeregister.Person p = Folkeregisterdata.person(x -> x.identifikatorer().stream().anyMatch(i -> "folkeregisteridentifikator".equals(i.type())));
        String tidligere = p.identifikatorer().stream().filter(i -> "folkeregisteridentifikator".equals(i.type())).findFirst().orElseThrow().verdi();
        JsonObject svar = Freg.get(OMH, tidligere, null, "historikk").json();
        assertEquals(p.person().foedselsnummer(), svar.getJsonArray("identifikasjonsnummer").stream()
                .map(v -> v.asJsonObject()).filter(v -> "iBruk".equals(v.getString("status")) && v.getBoolean("erGjeldende"))
                .findFirst().orElseThrow().getString("foedselsEllerDNummer"));
    }

    @Test
    void has_the_seeds_shape_timestamps_and_dates() {
        Folkeregister.Person p = rik();
        JsonObject svar = Freg.get(OMH, p.person().foedselsnummer(), null).json();
        // the seed's example: these elements, as arrays, each entry with registermetadata
        for (String element : List.of("identifikasjonsnummer", "status", "kjoenn", "foedsel", "sivilstand", "navn", "bostedsadresse")) {
            var e = svar.getJsonArray(element).getJsonObject(0);
            assertTrue(TIDSPUNKT.matcher(e.getString("ajourholdstidspunkt")).matches(), e.toString());
            assertTrue(TIDSPUNKT.matcher(e.getString("gyldighetstidspunkt")).matches(), e.toString());
            assertTrue(e.getBoolean("erGjeldende"));
            assertTrue(e.containsKey("kilde"));
        }
        JsonObject id = svar.getJsonArray("identifikasjonsnummer").getJsonObject(0);
        assertEquals(Set.of("iBruk"), Set.of(id.getString("status")));
        assertTrue(Set.of("foedselsnummer", "dNummer").contains(id.getString("identifikatortype")));
        JsonObject foedsel = svar.getJsonArray("foedsel").getJsonObject(0);
        assertTrue(DATO.matcher(foedsel.getString("foedselsdato")).matches());
        assertEquals(foedsel.getString("foedselsdato").substring(0, 4), foedsel.getString("foedselsaar"));
        JsonObject adresse = svar.getJsonArray("bostedsadresse").getJsonObject(0);
        assertTrue(adresse.containsKey("vegadresse") || adresse.containsKey("matrikkeladresse"));
        assertTrue(Set.of("ugradert", "fortrolig", "strengtFortrolig", "klientadresse").contains(adresse.getString("adressegradering")));
        assertTrue(DATO.matcher(adresse.getString("flyttedato")).matches());
    }

    @Test
    void answers_the_seeds_part_status_example_with_exactly_identifikasjonsnummer_and_status() {
        Folkeregister.Person p = rik();
        JsonObject svar = Freg.get(OMH, p.person().foedselsnummer(), null, "status").json();
        assertEquals(Set.of("identifikasjonsnummer", "status"), svar.keySet());
    }

    @Test
    void json_members_follow_the_xsd_order() {
        Http.Response r = Freg.get(OMH, rik().person().foedselsnummer(), null);
        String body = r.body();
        assertTrue(body.indexOf("\"identifikasjonsnummer\"") < body.indexOf("\"status\""));
        assertTrue(body.indexOf("\"ajourholdstidspunkt\"") < body.indexOf("\"erGjeldende\""));
        assertTrue(body.indexOf("\"sivilstand\"") < body.indexOf("\"navn\""));
    }
}

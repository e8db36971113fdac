package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.Marshaller;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.domain.folkeregister.xml.Folkeregisterperson;
import no.datadeling.domain.folkeregister.xml.ObjectFactory;
import no.datadeling.infra.ident.Foedselsnummer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The synthetic Folkeregister: valid against our XSD, consistent with the population, relations in both directions. */
class FolkeregisterTest {

    private static final PopulasjonSpec SPEC = new PopulasjonSpec(11, 3000);
    private static final Map<String, Folkeregister.Person> REGISTER = new HashMap<>();
    private static final Map<String, JsonObject> GJELDENDE = new HashMap<>();
    private static Folkeregister folkeregister;

    @BeforeAll
    static void generer() {
        Populasjon pop = new Populasjon(SPEC);
        folkeregister = new Folkeregister(pop);
        pop.forEachPerson(p -> {
            Folkeregister.Person fp = folkeregister.person(p);
            REGISTER.put(p.foedselsnummer(), fp);
            GJELDENDE.put(p.foedselsnummer(), json(fp.gjeldende().json()));
        });
    }

    static JsonObject json(String s) {
        try (var r = JaxbJson.JSON.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }

    static List<JsonObject> gjeldende(JsonObject doc, String element) {
        List<JsonObject> out = new ArrayList<>();
        if (doc.containsKey(element)) {
            doc.getJsonArray(element).forEach(v -> {
                if (v.asJsonObject().getBoolean("erGjeldende")) {
                    out.add(v.asJsonObject());
                }
            });
        }
        return out;
    }

    @Test
    void every_version_validates_against_our_xsd_and_reads_back_to_the_same_json() throws Exception {
        Schema schema = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                .newSchema(getClass().getResource("/xsd/folkeregisterperson.xsd"));
        Marshaller m = JAXBContext.newInstance(Folkeregisterperson.class).createMarshaller();
        var validator = schema.newValidator();
        int versjoner = 0;
        for (Folkeregister.Person fp : REGISTER.values()) {
            for (Folkeregister.Persondokument d : fp.versjoner()) {
                Folkeregisterperson doc = JaxbJson.les(json(d.json()), Folkeregisterperson.class);
                assertEquals(d.json(), JaxbJson.tilJson(doc));
                StringWriter xml = new StringWriter();
                m.marshal(new ObjectFactory().createFolkeregisterperson(doc), xml);
                validator.validate(new StreamSource(new StringReader(xml.toString())));
                versjoner++;
            }
        }
        assertTrue(versjoner > REGISTER.size(), "some persons must have more than one version: " + versjoner);
    }

    @Test
    void each_version_has_its_own_32_hex_identifier_and_versions_follow_in_time() {
        Set<String> ider = new HashSet<>();
        for (Folkeregister.Person fp : REGISTER.values()) {
            OffsetDateTime forrige = null;
            for (int k = 0; k < fp.versjoner().size(); k++) {
                Folkeregister.Persondokument d = fp.versjoner().get(k);
                assertTrue(d.persondokumentidentifikator().matches("[0-9a-f]{32}"), d.persondokumentidentifikator());
                assertTrue(ider.add(d.persondokumentidentifikator()), "duplicate id");
                assertEquals(k + 1, d.versjon());
                assertTrue(forrige == null || d.ajourholdstidspunkt().isAfter(forrige));
                assertFalse(d.ajourholdstidspunkt().toLocalDate().isAfter(Populasjon.REFERANSEDATO));
                forrige = d.ajourholdstidspunkt();
            }
        }
    }

    @Test
    void the_current_document_agrees_with_the_population() {
        for (Folkeregister.Person fp : REGISTER.values()) {
            SyntetiskPerson p = fp.person();
            JsonObject doc = GJELDENDE.get(p.foedselsnummer());
            List<JsonObject> id = gjeldende(doc, "identifikasjonsnummer").stream()
                    .filter(i -> "iBruk".equals(i.getString("status"))).toList();
            assertEquals(1, id.size());
            assertEquals(p.foedselsnummer(), id.get(0).getString("foedselsEllerDNummer"));
            assertEquals(p.identifikatortype(), id.get(0).getString("identifikatortype"));
            assertEquals(List.of(p.personstatus()), gjeldende(doc, "status").stream().map(s -> s.getString("status")).toList());
            assertEquals(List.of(p.kjoenn()), gjeldende(doc, "kjoenn").stream().map(s -> s.getString("kjoenn")).toList());
            JsonObject navn = gjeldende(doc, "navn").get(0);
            assertEquals(p.fornavn().toUpperCase(java.util.Locale.ROOT), navn.getString("fornavn"));
            assertEquals(p.etternavn().toUpperCase(java.util.Locale.ROOT), navn.getString("etternavn"));
            assertEquals(p.foedselsdato().toString(), gjeldende(doc, "foedsel").get(0).getString("foedselsdato"));
            assertEquals(1, gjeldende(doc, "sivilstand").size());
            assertEquals("doed".equals(p.personstatus()), doc.containsKey("doedsfall"));
            assertEquals("utflyttet".equals(p.personstatus()), doc.containsKey("utflytting"));
            boolean bor = "bosatt".equals(p.personstatus());
            assertEquals(bor ? 1 : 0, gjeldende(doc, "bostedsadresse").size(), p::toString);
        }
    }

    @Test
    void family_relations_agree_in_both_directions() {
        Map<String, String> motsatt = Map.of("mor", "barn", "far", "barn", "barn", "?", "ektefelleEllerPartner", "ektefelleEllerPartner");
        int relasjoner = 0;
        for (var e : GJELDENDE.entrySet()) {
            for (JsonObject rel : gjeldende(e.getValue(), "familierelasjon")) {
                JsonObject annen = GJELDENDE.get(rel.getString("relatertPerson"));
                assertNotNull(annen, "related person must be in the register");
                boolean funnet = gjeldende(annen, "familierelasjon").stream().anyMatch(r -> r.getString("relatertPerson").equals(e.getKey())
                        && r.getString("relatertPersonsRolle").equals(rel.getString("minRolleForPerson"))
                        && r.getString("minRolleForPerson").equals(rel.getString("relatertPersonsRolle")));
                assertTrue(funnet, "no reverse relation for " + rel.getString("relatertPersonsRolle"));
                assertTrue(motsatt.containsKey(rel.getString("relatertPersonsRolle")));
                relasjoner++;
            }
        }
        assertTrue(relasjoner > GJELDENDE.size() / 2, "too few relations: " + relasjoner);
    }

    @Test
    void spouses_name_each_other_and_parents_are_of_an_age_to_have_children() {
        int gifte = 0;
        for (Folkeregister.Person fp : REGISTER.values()) {
            SyntetiskPerson p = fp.person();
            JsonObject sivilstand = gjeldende(GJELDENDE.get(p.foedselsnummer()), "sivilstand").get(0);
            if ("gift".equals(sivilstand.getString("sivilstand"))) {
                gifte++;
                String ektefelle = sivilstand.getString("relatertVedSivilstand");
                assertEquals(folkeregister.ektefelle(p.nummer()).orElseThrow(), ektefelle);
                JsonObject hans = gjeldende(GJELDENDE.get(ektefelle), "sivilstand").get(0);
                assertEquals(p.foedselsnummer(), hans.getString("relatertVedSivilstand"));
                assertTrue(Set.of("gift", "enkeEllerEnkemann").contains(hans.getString("sivilstand")));
            }
            folkeregister.mor(p.nummer()).ifPresent(mor -> {
                int alder = Period.between(REGISTER.get(mor).person().foedselsdato(), p.foedselsdato()).getYears();
                assertTrue(alder >= 18 && alder <= 42, "mother's age at birth " + alder);
                assertEquals("kvinne", REGISTER.get(mor).person().kjoenn());
            });
            folkeregister.far(p.nummer()).ifPresent(far -> {
                int alder = Period.between(REGISTER.get(far).person().foedselsdato(), p.foedselsdato()).getYears();
                assertTrue(alder >= 17 && alder <= 55, "father's age at birth " + alder);
            });
        }
        assertTrue(gifte > REGISTER.size() / 10, "married: " + gifte);
    }

    @Test
    void replaced_values_carry_their_end_and_the_register_has_every_kind_of_history() {
        Map<String, Integer> antall = new HashMap<>();
        for (var e : GJELDENDE.entrySet()) {
            JsonObject doc = e.getValue();
            for (var element : doc.entrySet()) {
                if (element.getValue().getValueType() != JsonValue.ValueType.ARRAY) {
                    antall.merge(element.getKey(), 1, Integer::sum);
                    continue;
                }
                for (JsonValue v : element.getValue().asJsonArray()) {
                    JsonObject o = v.asJsonObject();
                    if (!o.getBoolean("erGjeldende")) {
                        assertTrue(o.containsKey("opphoerstidspunkt"), element.getKey());
                        antall.merge("historisk " + element.getKey(), 1, Integer::sum);
                    }
                }
                antall.merge(element.getKey(), 1, Integer::sum);
            }
        }
        for (String forventet : List.of("historisk bostedsadresse", "historisk sivilstand", "historisk status", "historisk navn",
                "historisk familierelasjon", "doedsfall", "utflytting", "innflytting", "adressebeskyttelse",
                "vergemaalEllerFremtidsfullmakt", "foreldreansvar", "utenlandskPersonidentifikasjon", "legitimasjonsdokument",
                "postadresseIUtlandet", "oppholdsadresse", "kontaktinformasjonForDoedsbo", "opphold", "identitetsgrunnlag")) {
            assertTrue(antall.getOrDefault(forventet, 0) > 0, "nobody has " + forventet + ": " + antall);
        }
    }

    @Test
    void addresses_use_real_kommune_postnummer_pairs() {
        Map<String, String> kjente = Map.of("0150", "0301|OSLO", "5003", "4601|BERGEN", "7010", "5001|TRONDHEIM",
                "9008", "5501|TROMSØ", "4006", "1103|STAVANGER", "9730", "5610|KARASJOK");
        int sett = 0;
        for (JsonObject doc : GJELDENDE.values()) {
            for (JsonObject b : gjeldende(doc, "bostedsadresse")) {
                JsonObject v = b.containsKey("vegadresse") ? b.getJsonObject("vegadresse") : b.getJsonObject("matrikkeladresse");
                JsonObject poststed = v.getJsonObject("poststed");
                String kommune = v.containsKey("kommunenummer") ? v.getString("kommunenummer")
                        : v.getJsonObject("matrikkelnummer").getString("kommunenummer");
                String kjent = kjente.get(poststed.getString("postnummer"));
                if (kjent != null) {
                    assertEquals(kjent, kommune + "|" + poststed.getString("poststedsnavn"));
                    sett++;
                }
                assertTrue(kommune.matches("\\d{4}") && poststed.getString("postnummer").matches("\\d{4}"));
            }
        }
        assertTrue(sett > 0);
    }

    @Test
    void earlier_d_numbers_and_doublets_are_searchable_identifiers() {
        Map<String, List<String>> etterVerdi = new HashMap<>();
        int tidligereD = 0;
        for (Folkeregister.Person fp : REGISTER.values()) {
            for (Folkeregister.Identifikator id : fp.identifikatorer()) {
                etterVerdi.computeIfAbsent(id.type() + ":" + id.verdi(), k -> new ArrayList<>()).add(fp.person().foedselsnummer());
                if ("folkeregisteridentifikator".equals(id.type())) {
                    tidligereD++;
                    assertTrue(Foedselsnummer.of(id.verdi()).erDNummer());
                    assertFalse(REGISTER.containsKey(id.verdi()), "an earlier D-number is nobody's current number");
                }
            }
        }
        assertTrue(tidligereD > 0, "no immigrant had a D-number first");
        assertTrue(etterVerdi.values().stream().anyMatch(l -> l.size() == 2), "no doublet shares a foreign identifier");
    }

    @Test
    void the_same_population_gives_the_same_documents() {
        Populasjon pop = new Populasjon(SPEC);
        Folkeregister igjen = new Folkeregister(pop);
        pop.personer(200).forEach(p -> assertEquals(REGISTER.get(p.foedselsnummer()).versjoner(), igjen.person(p).versjoner()));
    }

    @Test
    void search_data_is_the_current_name_and_address() {
        for (Folkeregister.Person fp : REGISTER.values()) {
            SyntetiskPerson p = fp.person();
            assertTrue(fp.soek().navn().endsWith(p.etternavn().toUpperCase(java.util.Locale.ROOT)));
            if (fp.soek().adressenavn() != null) {
                assertTrue(fp.gjeldende().json().contains("\"adressenavn\":\"" + fp.soek().adressenavn() + "\""));
            }
            assertTrue(p.foedselsdato().isBefore(LocalDate.of(2026, 1, 1)));
        }
    }
}

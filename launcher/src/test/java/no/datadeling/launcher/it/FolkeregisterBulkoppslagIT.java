package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Freg.FIN;
import static no.datadeling.launcher.it.Freg.OMH;
import static no.datadeling.launcher.it.Freg.OUH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.domain.folkeregister.xml.Bulkoppslag;
import no.datadeling.domain.populasjon.Folkeregister;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** POST personer/bulkoppslag and bulkoppslag/arkiv: bodies in JSON and XML, the seed's shapes, hostile bodies. */
@Order(44)
@ExtendWith(DatadelingServer.class)
class FolkeregisterBulkoppslagIT {

    static final String JSON = "application/json";
    static final String XML = "application/xml";

    static List<String> fnr(int antall) {
        return Folkeregisterdata.personer().keySet().stream().limit(antall).toList();
    }

    static String jsonKropp(String felt, List<String> verdier) {
        return "{\"" + felt + "\":[" + verdier.stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(",")) + "]}";
    }

    static String xmlKropp(String rot, String felt, List<String> verdier) {
        return "<" + rot + " xmlns=\"folkeregisteret:tilgjengeliggjoering:person:v1\">"
                + verdier.stream().map(v -> "<" + felt + ">" + v + "</" + felt + ">").collect(Collectors.joining()) + "</" + rot + ">";
    }

    @Test
    void answers_the_seeds_example_in_its_shape() {
        String fnr = fnr(1).get(0);
        Http.Response r = Freg.post(OMH, "bulkoppslag/?part=status", "{\"foedselsEllerDNummer\": [\"" + fnr + "\"]}", "Content-Type", JSON);
        Freg.assertOk(r, JSON);
        JsonObject svar = r.json();
        assertEquals(Set.of("oppslag"), svar.keySet());
        JsonObject oppslag = svar.getJsonArray("oppslag").getJsonObject(0);
        assertEquals(Set.of("foedselsEllerDNummer", "folkeregisterperson"), oppslag.keySet());
        assertEquals(fnr, oppslag.getString("foedselsEllerDNummer"));
        assertEquals(Freg.forventet(Folkeregisterdata.gjeldende(Folkeregisterdata.personer().get(fnr)), OMH, "status"),
                oppslag.getJsonObject("folkeregisterperson"));
    }

    @Test
    void answers_each_distinct_number_once_in_request_order_and_unknown_ones_without_a_document() {
        List<String> fem = fnr(5);
        List<String> sendt = new ArrayList<>(List.of(fem.get(2), fem.get(0), "20036914700", fem.get(2), fem.get(4), fem.get(0)));
        JsonArray oppslag = Freg.post(OMH, "bulkoppslag", jsonKropp("foedselsEllerDNummer", sendt), "Content-Type", JSON)
                .json().getJsonArray("oppslag");
        assertEquals(List.of(fem.get(2), fem.get(0), "20036914700", fem.get(4)),
                oppslag.stream().map(o -> o.asJsonObject().getString("foedselsEllerDNummer")).toList());
        assertFalse(oppslag.getJsonObject(2).containsKey("folkeregisterperson"));
        for (int i : new int[] {0, 1, 3}) {
            String nr = oppslag.getJsonObject(i).getString("foedselsEllerDNummer");
            assertEquals(Freg.forventet(Folkeregisterdata.gjeldende(Folkeregisterdata.personer().get(nr)), OMH),
                    oppslag.getJsonObject(i).getJsonObject("folkeregisterperson"));
        }
    }

    @Test
    void finds_a_person_by_an_earlier_d_number_too_under_the_number_asked_for() {
        Folkeregister.Person p = Folkeregisterdata.person(x -> x.identifikatorer().stream().anyMatch(i -> "folkeregisteridentifikator".equals(i.type())));
        String tidligere = p.identifikatorer().stream().filter(i -> "folkeregisteridentifikator".equals(i.type())).findFirst().orElseThrow().verdi();
        String annen = fnr(1).get(0);
        for (String part : new String[] {"person-basis", "historikk"}) {
            JsonArray oppslag = Freg.post(OMH, "bulkoppslag?part=" + part, jsonKropp("foedselsEllerDNummer", List.of(annen, tidligere)),
                    "Content-Type", JSON).json().getJsonArray("oppslag");
            assertEquals(tidligere, oppslag.getJsonObject(1).getString("foedselsEllerDNummer"));
            assertEquals(Freg.forventet(Folkeregisterdata.gjeldende(p), OMH, part), oppslag.getJsonObject(1).getJsonObject("folkeregisterperson"), part);
            assertEquals(Freg.forventet(Folkeregisterdata.gjeldende(Folkeregisterdata.personer().get(annen)), OMH, part),
                    oppslag.getJsonObject(0).getJsonObject("folkeregisterperson"), part);
        }
    }

    @Test
    void a_thousand_numbers_in_one_request() {
        List<String> tusen = fnr(1000);
        Http.Response r = Freg.post(OMH, "bulkoppslag?part=navn", jsonKropp("foedselsEllerDNummer", tusen), "Content-Type", JSON, "Accept", JSON);
        assertEquals(200, r.status());
        JsonArray oppslag = r.json().getJsonArray("oppslag");
        assertEquals(1000, oppslag.size());
        assertTrue(oppslag.stream().allMatch(o -> o.asJsonObject().containsKey("folkeregisterperson")));
        Freg.assertFeil(Freg.post(OMH, "bulkoppslag", jsonKropp("foedselsEllerDNummer",
                java.util.stream.Stream.concat(tusen.stream(), java.util.stream.Stream.of(tusen.get(0))).toList()), "Content-Type", JSON), 400, "FREG-006");
    }

    @Test
    void content_type_and_accept_decide_the_formats_as_the_seed_says() throws Exception {
        List<String> to = fnr(2);
        String json = jsonKropp("foedselsEllerDNummer", to);
        String xml = xmlKropp("personBulkoppslagRequest", "foedselsEllerDNummer", to);
        // an empty Accept answers in the body's format; no Content-Type means XML
        assertTrue(Freg.post(OMH, "bulkoppslag", json, "Content-Type", JSON).contentType().startsWith(JSON));
        Http.Response xmlSvar = Freg.post(OMH, "bulkoppslag", xml, "Content-Type", XML);
        assertTrue(xmlSvar.contentType().startsWith(XML));
        Http.Response utenType = Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(Freg.sti(OMH, "bulkoppslag")))
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(xml)), "Authorization", Freg.token(OMH));
        assertEquals(200, utenType.status(), utenType.body());
        assertTrue(utenType.contentType().startsWith(XML));
        // Accept wins when it is given
        assertTrue(Freg.post(OMH, "bulkoppslag", json, "Content-Type", JSON, "Accept", XML).contentType().startsWith(XML));
        assertTrue(Freg.post(OMH, "bulkoppslag", xml, "Content-Type", XML, "Accept", JSON).contentType().startsWith(JSON));
        Freg.assertFeil(Freg.post(OMH, "bulkoppslag", json, "Content-Type", JSON, "Accept", "text/html"), 406, "FREG-008");
        Freg.assertFeil(Freg.post(OMH, "bulkoppslag", json, "Content-Type", "text/plain"), 400, "FREG-006");

        Bulkoppslag bulk = Freg.xmlBulk(xmlSvar.body());
        assertEquals(to, bulk.getOppslag().stream().map(o -> o.getFoedselsEllerDNummer()).toList());
        JsonObject somJson = Folkeregisterdata.json(JaxbJson.tilJson(bulk.getOppslag().get(0).getFolkeregisterperson()));
        assertEquals(Freg.forventet(Folkeregisterdata.gjeldende(Folkeregisterdata.personer().get(to.get(0))), OMH), somJson);
    }

    @Test
    void archive_bulk_returns_the_versions_asked_for() throws Exception {
        Folkeregister.Person p = Folkeregisterdata.person(x -> x.versjoner().size() >= 3);
        List<String> ider = new ArrayList<>(Folkeregisterdata.versjonsider(p));
        ider.add("8446cf3bb867bfdb6de9cc9c17f6adf2");
        Http.Response r = Freg.post(OMH, "bulkoppslag/arkiv/?part=historikk", jsonKropp("dokumentidentifikator", ider), "Content-Type", JSON);
        Freg.assertOk(r, JSON);
        JsonArray oppslag = r.json().getJsonArray("oppslag");
        assertEquals(ider.size(), oppslag.size());
        for (int i = 0; i < p.versjoner().size(); i++) {
            assertEquals(ider.get(i), oppslag.getJsonObject(i).getString("dokumentidentifikator"));
            assertEquals(Freg.forventet(Folkeregisterdata.json(p.versjoner().get(i).json()), OMH, "historikk"),
                    oppslag.getJsonObject(i).getJsonObject("folkeregisterperson"));
        }
        assertFalse(oppslag.getJsonObject(ider.size() - 1).containsKey("folkeregisterperson"));
        Http.Response xml = Freg.post(OMH, "bulkoppslag/arkiv", xmlKropp("arkivDokumentBulkoppslagRequest", "dokumentidentifikator", ider));
        Bulkoppslag bulk = Freg.xmlBulk(xml.body());
        assertEquals(ider, bulk.getOppslag().stream().map(o -> o.getDokumentidentifikator()).toList());
        assertNull(bulk.getOppslag().get(ider.size() - 1).getFolkeregisterperson());
    }

    @Test
    void exists_only_under_offentlig_med_hjemmel() {
        String json = jsonKropp("foedselsEllerDNummer", fnr(1));
        for (String pakke : List.of(OUH, FIN)) {
            Freg.assertFeil(Freg.post(pakke, "bulkoppslag", json, "Content-Type", JSON), 404, "FREG-003");
            Freg.assertFeil(Freg.post(pakke, "bulkoppslag/arkiv", json, "Content-Type", JSON), 404, "FREG-003");
        }
    }

    @Test
    void refuses_hostile_and_malformed_bodies() throws Exception {
        String fnr = fnr(1).get(0);
        Path hemmelig = Files.createTempFile("xxe", ".txt");
        Files.writeString(hemmelig, fnr);
        try {
            for (String kropp : List.of(
                    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + hemmelig.toUri() + "\">]><r><foedselsEllerDNummer>&x;</foedselsEllerDNummer></r>",
                    "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">"
                            + "<!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\">]>"
                            + "<r><foedselsEllerDNummer>&d;</foedselsEllerDNummer></r>",
                    "<!DOCTYPE r><r><foedselsEllerDNummer>" + fnr + "</foedselsEllerDNummer></r>",
                    "<r><foedselsEllerDNummer>" + fnr + "</foedselsEllerDNummer>",
                    "<r/>")) {
                Http.Response r = Freg.post(OMH, "bulkoppslag", kropp, "Content-Type", XML);
                Freg.assertFeil(r, 400, "FREG-006");
                assertFalse(r.body().contains(fnr));
            }
        } finally {
            Files.delete(hemmelig);
        }
        for (String kropp : List.of("{", "[]", "{\"foedselsEllerDNummer\":\"" + fnr + "\"}", "{\"foedselsEllerDNummer\":[1]}",
                "{\"foedselsEllerDNummer\":[\"12345678901\"]}", "{\"foedselsEllerDNummer\":[]}")) {
            Freg.assertFeil(Freg.post(OMH, "bulkoppslag", kropp, "Content-Type", JSON), 400, "FREG-006");
        }
        Freg.assertFeil(Freg.post(OMH, "bulkoppslag", "{\"foedselsEllerDNummer\":[\"" + "1".repeat(2_000_000) + "\"]}",
                "Content-Type", JSON), 400, "FREG-006");
    }
}

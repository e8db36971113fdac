package no.datadeling.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import java.io.StringReader;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.domain.folkeregister.xml.Bulkoppslag;
import no.datadeling.domain.folkeregister.xml.Folkeregisterperson;

/**
 * Folkeregisteret as a client sees it: paths, tokens per rights package, the expected answer per package and part
 * (the rules of Skatteetaten's data minimisation restated here as a table, independent of the server's code), and
 * XML checked against our XSD.
 */
final class Freg {

    static final String OMH = "offentlig-med-hjemmel";
    static final String OUH = "offentlig-uten-hjemmel";
    static final String FIN = "finans-og-begrenset";
    static final List<String> PAKKER = List.of(OMH, OUH, FIN);
    static final Map<String, String> SCOPE = Map.of(OMH, "folkeregister:deling/offentligmedhjemmel",
            OUH, "folkeregister:deling/offentligutenhjemmel", FIN, "folkeregister:deling/finans");

    static final Set<String> PERSON_BASIS = Set.of("identifikasjonsnummer", "identitetsgrunnlag", "status", "doedsfall",
            "sivilstand", "foedsel", "statsborgerskap", "kjoenn", "navn", "bostedsadresse", "oppholdsadresse", "deltBosted",
            "postadresse", "postadresseIUtlandet", "adressebeskyttelse", "kontaktinformasjonForDoedsbo", "preferertKontaktadresse");
    static final Set<String> ADRESSER = Set.of("bostedsadresse", "oppholdsadresse", "deltBosted", "postadresse",
            "postadresseIUtlandet", "preferertKontaktadresse");
    /** What each package may ever see besides person-basis. */
    static final Map<String, Set<String>> I_TILLEGG = Map.of(
            OMH, Set.copyOf(JaxbJson.klasse(Folkeregisterperson.class).navn()),
            FIN, Set.of("familierelasjon", "foreldreansvar", "vergemaalEllerFremtidsfullmakt", "innflytting", "utflytting", "foedselINorge", "bibehold"),
            OUH, Set.of("vergemaalEllerFremtidsfullmakt", "innflytting", "utflytting", "foedselINorge", "bibehold"));
    static final Map<String, Set<String>> HISTORIKK = Map.of(
            OMH, Set.copyOf(JaxbJson.klasse(Folkeregisterperson.class).navn()),
            FIN, Set.of("identifikasjonsnummer", "navn", "sivilstand", "bostedsadresse", "oppholdsadresse", "deltBosted", "postadresse",
                    "postadresseIUtlandet", "preferertKontaktadresse"),
            OUH, Set.of("identifikasjonsnummer", "navn", "bostedsadresse", "oppholdsadresse", "deltBosted", "postadresse",
                    "postadresseIUtlandet", "preferertKontaktadresse"));
    static final Map<String, Set<String>> GRADERINGER = Map.of(OMH, Set.of("ugradert", "klientadresse", "fortrolig", "strengtFortrolig"),
            FIN, Set.of("ugradert", "klientadresse", "fortrolig"), OUH, Set.of("ugradert", "klientadresse"));

    private static Schema xsd;
    private static JAXBContext jaxb;

    private Freg() {
    }

    static String sti(String pakke, String ressurs) {
        return "folkeregisteret/" + pakke + "/api/v1/personer/" + ressurs;
    }

    static String token(String pakke) {
        return Http.bearer(TestTokens.maskinportenToken(SCOPE.get(pakke)));
    }

    static String medPart(String sti, String... part) {
        StringBuilder s = new StringBuilder(sti);
        for (String p : part) {
            s.append(s.indexOf("?") < 0 ? '?' : '&').append("part=").append(URLEncoder.encode(p, StandardCharsets.UTF_8));
        }
        return s.toString();
    }

    static Http.Response get(String pakke, String ressurs, String accept, String... part) {
        return accept == null ? Http.get(medPart(sti(pakke, ressurs), part), "Authorization", token(pakke))
                : Http.get(medPart(sti(pakke, ressurs), part), "Authorization", token(pakke), "Accept", accept);
    }

    static Http.Response post(String pakke, String ressurs, String kropp, String... headere) {
        String[] alle = new String[headere.length + 2];
        alle[0] = "Authorization";
        alle[1] = token(pakke);
        System.arraycopy(headere, 0, alle, 2, headere.length);
        return Http.send(HttpRequest.newBuilder(Http.uri(sti(pakke, ressurs))).POST(HttpRequest.BodyPublishers.ofString(kropp)), alle);
    }

    /** The document as package {@code pakke} must receive it for {@code part} (the rules as a table). */
    static JsonObject forventet(JsonObject dokument, String pakke, String... part) {
        Set<String> elementer = new java.util.HashSet<>(Set.of("identifikasjonsnummer"));
        boolean historikk = false;
        boolean valgt = false;
        for (String p : part) {
            switch (p) {
                case "historikk" -> historikk = true;
                case "person-basis" -> elementer.addAll(PERSON_BASIS);
                case "relasjon-utvidet" -> elementer.addAll(Set.of("familierelasjon", "foreldreansvar", "vergemaalEllerFremtidsfullmakt"));
                case "identitetsgrunnlag-utvidet" -> elementer.addAll(Set.of("falskIdentitet", "legitimasjonsdokument", "utenlandskPersonidentifikasjon"));
                default -> elementer.add(p);
            }
            valgt |= !"historikk".equals(p);
        }
        if (!valgt) {
            elementer.addAll(PERSON_BASIS);
        }
        JsonObjectBuilder ut = JaxbJson.JSON.createObjectBuilder();
        for (var e : dokument.entrySet()) {
            String el = e.getKey();
            boolean synlig = PERSON_BASIS.contains(el) || I_TILLEGG.get(pakke).contains(el);
            if (!elementer.contains(el) || !synlig) {
                continue;
            }
            boolean hist = historikk && HISTORIKK.get(pakke).contains(el);
            if (e.getValue() instanceof JsonArray arr) {
                JsonArrayBuilder liste = JaxbJson.JSON.createArrayBuilder();
                int n = 0;
                for (JsonValue v : arr) {
                    JsonObject o = v.asJsonObject();
                    boolean gjeldende = o.getBoolean("erGjeldende", true);
                    boolean gradering = !ADRESSER.contains(el) || !(o.get("adressegradering") instanceof JsonString g)
                            || GRADERINGER.get(pakke).contains(g.getString());
                    if ((gjeldende || hist) && gradering) {
                        liste.add(v);
                        n++;
                    }
                }
                if (n > 0) {
                    ut.add(el, liste);
                }
            } else if (e.getValue().asJsonObject().getBoolean("erGjeldende", true) || hist) {
                ut.add(el, e.getValue());
            }
        }
        return ut.build();
    }

    static synchronized Schema xsd() throws Exception {
        if (xsd == null) {
            xsd = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI)
                    .newSchema(Freg.class.getResource("/xsd/folkeregisterperson.xsd"));
        }
        return xsd;
    }

    static synchronized JAXBContext jaxb() throws Exception {
        if (jaxb == null) {
            jaxb = JAXBContext.newInstance(no.datadeling.domain.folkeregister.xml.ObjectFactory.class);
        }
        return jaxb;
    }

    /** Validates against our XSD and reads the person back as the JSON it stands for. */
    static JsonObject xmlPerson(String xml) throws Exception {
        xsd().newValidator().validate(new StreamSource(new StringReader(xml)));
        @SuppressWarnings("unchecked")
        JAXBElement<Folkeregisterperson> el = (JAXBElement<Folkeregisterperson>) jaxb().createUnmarshaller().unmarshal(new StringReader(xml));
        return Folkeregisterdata.json(JaxbJson.tilJson(el.getValue()));
    }

    static Bulkoppslag xmlBulk(String xml) throws Exception {
        xsd().newValidator().validate(new StreamSource(new StringReader(xml)));
        @SuppressWarnings("unchecked")
        JAXBElement<Bulkoppslag> el = (JAXBElement<Bulkoppslag>) jaxb().createUnmarshaller().unmarshal(new StringReader(xml));
        return el.getValue();
    }

    static void assertOk(Http.Response r, String type) {
        assertEquals(200, r.status(), r.body());
        assertTrue(r.contentType().startsWith(type), r.contentType());
        assertEquals("no-store", r.header("Cache-Control"));
        assertFalse(r.body().contains("[GMT]") || r.body().contains("[UTC]"), "zone-id suffix in a timestamp");
    }

    /** A FREG error in JSON: the seed's two members exactly. */
    static void assertFeil(Http.Response r, int status, String kode) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonObject body = r.json();
        assertEquals(Set.of("kode", "melding"), body.keySet(), body.toString());
        assertEquals(kode, body.getString("kode"), body.toString());
        assertFalse(body.getString("melding").isBlank());
    }

    static List<String> navn(JsonObject o) {
        return new ArrayList<>(o.keySet());
    }
}

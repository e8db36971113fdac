package no.datadeling.folkeregister.boundary;

import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.infra.error.ApiException;

/**
 * Reads the identifiers of a bulk lookup from its body: JSON {@code {"foedselsEllerDNummer": ["...", ...]}} or XML
 * with repeated {@code <foedselsEllerDNummer>} elements under any root (likewise {@code dokumentidentifikator} for
 * the archive). Hostile input is refused with a 400: bodies over {@link #MAKS_BYTES}, malformed JSON or XML, any
 * XML DOCTYPE (so no external entity and no entity expansion can happen), more than 1 000 identifiers.
 */
public final class Bulkforespoersel {

    /** 1 000 identifiers take about 40 kB in either format; anything much larger is not a bulk lookup. */
    static final int MAKS_BYTES = 1 << 20;
    private static final XMLInputFactory XML = sikkerXmlFabrikk();

    private Bulkforespoersel() {
    }

    /** The JDK's own StAX parser, never a provider found on the classpath, with DTDs and external entities off. */
    private static XMLInputFactory sikkerXmlFabrikk() {
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        return f;
    }

    static byte[] lesKropp(InputStream in) {
        if (in == null) {
            return new byte[0];
        }
        try {
            byte[] kropp = in.readNBytes(MAKS_BYTES + 1);
            if (kropp.length > MAKS_BYTES) {
                throw ApiException.invalidInput("Forespørselen er for stor.");
            }
            return kropp;
        } catch (IOException e) {
            throw ApiException.invalidInput("Kunne ikke lese forespørselen.");
        }
    }

    static List<String> les(byte[] kropp, Formatvalg format, String felt) {
        List<String> verdier = format == Formatvalg.JSON ? json(kropp, felt) : xml(kropp, felt);
        if (verdier.isEmpty()) {
            throw ApiException.invalidInput("Forespørselen må inneholde minst ett " + felt + ".");
        }
        if (verdier.size() > no.datadeling.folkeregister.control.FolkeregisterService.MAKS_BULK) {
            throw ApiException.invalidInput("Et bulkoppslag kan inneholde opp mot 1000 " + felt + ", denne har flere.");
        }
        return verdier;
    }

    private static List<String> json(byte[] kropp, String felt) {
        JsonObject obj;
        try (var r = JaxbJson.JSON.createReader(new ByteArrayInputStream(kropp))) {
            JsonValue v = r.readValue();
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                throw ApiException.invalidInput("Forespørselen må være et JSON-objekt med " + felt + ".");
            }
            obj = v.asJsonObject();
        } catch (JsonException | IllegalStateException e) {
            throw ApiException.invalidInput("Forespørselen er ikke gyldig JSON.");
        }
        JsonValue liste = obj.get(felt);
        if (!(liste instanceof JsonArray arr)) {
            throw ApiException.invalidInput("Forespørselen må ha " + felt + " som en liste.");
        }
        List<String> ut = new ArrayList<>(arr.size());
        for (JsonValue v : arr) {
            if (!(v instanceof JsonString s)) {
                throw ApiException.invalidInput("Hvert " + felt + " må være en tekst.");
            }
            ut.add(s.getString());
        }
        return ut;
    }

    private static List<String> xml(byte[] kropp, String felt) {
        List<String> ut = new ArrayList<>();
        XMLStreamReader r = null;
        try {
            r = XML.createXMLStreamReader(new ByteArrayInputStream(kropp));
            StringBuilder tekst = null;
            while (r.hasNext()) {
                int hendelse = r.next();
                switch (hendelse) {
                    case XMLStreamConstants.DTD -> throw ApiException.invalidInput("XML med DOCTYPE er ikke tillatt.");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw ApiException.invalidInput("XML med entiteter er ikke tillatt.");
                    case XMLStreamConstants.START_ELEMENT -> tekst = felt.equals(r.getLocalName()) ? new StringBuilder() : null;
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> {
                        if (tekst != null) {
                            tekst.append(r.getText());
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (tekst != null && felt.equals(r.getLocalName())) {
                            ut.add(tekst.toString().trim());
                            if (ut.size() > no.datadeling.folkeregister.control.FolkeregisterService.MAKS_BULK) {
                                return ut;
                            }
                        }
                        tekst = null;
                    }
                    default -> {
                        // comments, processing instructions, whitespace
                    }
                }
            }
            return ut;
        } catch (XMLStreamException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw ApiException.invalidInput("Forespørselen er ikke gyldig XML.");
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // nothing held
                }
            }
        }
    }
}

package no.datadeling.folkeregister.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonObject;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.domain.folkeregister.xml.Bulkoppslag;
import no.datadeling.domain.folkeregister.xml.Feilmelding;
import no.datadeling.domain.folkeregister.xml.Folkeregisterperson;
import no.datadeling.domain.folkeregister.xml.ObjectFactory;
import no.datadeling.domain.folkeregister.xml.Personoppslag;

/**
 * Answers in JSON (the documents' members in the XSD's order) or XML (the JAXB classes generated from our XSD).
 * The JAXB context and the JSON generator factory are built once: both are expensive and thread-safe.
 */
@ApplicationScoped
public class Formattering {

    private static final ObjectFactory XML = new ObjectFactory();
    private JAXBContext jaxb;
    private JsonGeneratorFactory json;

    @PostConstruct
    void init() {
        json = JaxbJson.JSON.createGeneratorFactory(Map.of());
        try {
            jaxb = JAXBContext.newInstance(Folkeregisterperson.class, Bulkoppslag.class, Feilmelding.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB context for the person XSD", e);
        }
    }

    public byte[] json(JsonObject person) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
        try (JsonGenerator g = json.createGenerator(out, StandardCharsets.UTF_8)) {
            JaxbJson.skrivIRekkefoelge(person, Folkeregisterperson.class, g, null);
        }
        return out.toByteArray();
    }

    public byte[] xml(JsonObject person) {
        return marshal(XML.createFolkeregisterperson(JaxbJson.les(person, Folkeregisterperson.class)));
    }

    /** {@code {"oppslag":[{"foedselsEllerDNummer"|"dokumentidentifikator": ..., "folkeregisterperson": {...}}]}} */
    public byte[] json(List<FolkeregisterService.Oppslag> oppslag, String noekkelnavn) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(oppslag.size() * 4096 + 64);
        try (JsonGenerator g = json.createGenerator(out, StandardCharsets.UTF_8)) {
            g.writeStartObject().writeStartArray("oppslag");
            for (FolkeregisterService.Oppslag o : oppslag) {
                g.writeStartObject().write(noekkelnavn, o.noekkel());
                if (o.dokument() != null) {
                    JaxbJson.skrivIRekkefoelge(o.dokument(), Folkeregisterperson.class, g, "folkeregisterperson");
                }
                g.writeEnd();
            }
            g.writeEnd().writeEnd();
        }
        return out.toByteArray();
    }

    public byte[] xml(List<FolkeregisterService.Oppslag> oppslag, boolean arkiv) {
        Bulkoppslag svar = new Bulkoppslag();
        for (FolkeregisterService.Oppslag o : oppslag) {
            Personoppslag p = new Personoppslag();
            if (arkiv) {
                p.setDokumentidentifikator(o.noekkel());
            } else {
                p.setFoedselsEllerDNummer(o.noekkel());
            }
            if (o.dokument() != null) {
                p.setFolkeregisterperson(JaxbJson.les(o.dokument(), Folkeregisterperson.class));
            }
            svar.getOppslag().add(p);
        }
        return marshal(XML.createBulkoppslag(svar));
    }

    public byte[] feilXml(String kode, String melding) {
        Feilmelding f = new Feilmelding();
        f.setKode(kode);
        f.setMelding(melding);
        return marshal(XML.createFeilmelding(f));
    }

    private byte[] marshal(JAXBElement<?> element) {
        try {
            Marshaller m = jaxb.createMarshaller();
            m.setProperty(Marshaller.JAXB_ENCODING, "UTF-8");
            ByteArrayOutputStream out = new ByteArrayOutputStream(8192);
            m.marshal(element, out);
            return out.toByteArray();
        } catch (JAXBException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
    }
}

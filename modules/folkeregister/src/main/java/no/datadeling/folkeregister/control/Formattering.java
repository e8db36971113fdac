package no.datadeling.folkeregister.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.JsonReader;
import jakarta.xml.bind.JAXBContext;
import jakarta.xml.bind.JAXBElement;
import jakarta.xml.bind.JAXBException;
import jakarta.xml.bind.Marshaller;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.domain.folkeregister.Persondokumenttekst;
import no.datadeling.domain.folkeregister.xml.Bulkoppslag;
import no.datadeling.domain.folkeregister.xml.Feilmelding;
import no.datadeling.domain.folkeregister.xml.Folkeregisterperson;
import no.datadeling.domain.folkeregister.xml.ObjectFactory;
import no.datadeling.domain.folkeregister.xml.Personoppslag;

/**
 * Answers in JSON (the stored documents' text, cut to the request) or XML (the JAXB classes generated from our XSD,
 * filled from that JSON). The JAXB context is built once: it is expensive and thread-safe.
 */
@ApplicationScoped
public class Formattering {

    private static final ObjectFactory XML = new ObjectFactory();
    private static final byte[] OPPSLAG = "{\"oppslag\":[".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PERSON = ",\"folkeregisterperson\":".getBytes(StandardCharsets.US_ASCII);
    private JAXBContext jaxb;

    @PostConstruct
    void init() {
        try {
            jaxb = JAXBContext.newInstance(Folkeregisterperson.class, Bulkoppslag.class, Feilmelding.class);
        } catch (JAXBException e) {
            throw new IllegalStateException("JAXB context for the person XSD", e);
        }
    }

    /** The document as {@code utsnitt} lets it through: pieces of the stored text, not written anew (see Persondokumenttekst). */
    public byte[] json(Persondokumenttekst person, Utsnitt utsnitt) {
        return person.skriv(utsnitt);
    }

    public byte[] xml(Persondokumenttekst person, Utsnitt utsnitt) {
        return marshal(XML.createFolkeregisterperson(jaxb(person, utsnitt)));
    }

    /**
     * {@code {"oppslag":[{"foedselsEllerDNummer"|"dokumentidentifikator": ..., "folkeregisterperson": {...}}]}}, written
     * into one array of the exact size: measured first, so nothing grows or is copied at the end (a bulk answer of
     * 1 000 persons is some 2.5 MB).
     */
    public byte[] json(List<FolkeregisterService.Oppslag> oppslag, String noekkelnavn, Utsnitt utsnitt) {
        byte[] noekkel = ("{\"" + noekkelnavn + "\":\"").getBytes(StandardCharsets.US_ASCII);
        Persondokumenttekst.Snitt[] snitt = new Persondokumenttekst.Snitt[oppslag.size()];
        long plass = OPPSLAG.length + 2L;
        for (int i = 0; i < oppslag.size(); i++) {
            FolkeregisterService.Oppslag o = oppslag.get(i);
            plass += (i > 0 ? 1 : 0) + noekkel.length + o.noekkel().length() + 2;
            if (o.dokument() != null) {
                snitt[i] = o.dokument().snitt(utsnitt);
                plass += PERSON.length + snitt[i].lengde();
            }
        }
        if (plass > Integer.MAX_VALUE - 8) {
            throw new IllegalStateException("a bulk answer of " + plass + " bytes");
        }
        byte[] ut = new byte[(int) plass];
        int pos = legg(ut, 0, OPPSLAG);
        for (int i = 0; i < oppslag.size(); i++) {
            FolkeregisterService.Oppslag o = oppslag.get(i);
            if (i > 0) {
                ut[pos++] = ',';
            }
            pos = legg(ut, pos, noekkel);
            // the key is a validated fødsels-/D-nummer or 32 hex characters: ASCII, nothing in it to escape
            pos = legg(ut, pos, o.noekkel().getBytes(StandardCharsets.US_ASCII));
            ut[pos++] = '"';
            if (snitt[i] != null) {
                pos = legg(ut, pos, PERSON);
                pos = snitt[i].skriv(ut, pos);
            }
            ut[pos++] = '}';
        }
        ut[pos++] = ']';
        ut[pos++] = '}';
        if (pos != ut.length) {
            throw new IllegalStateException("bulk answer measured " + ut.length + " bytes, wrote " + pos);
        }
        return ut;
    }

    private static int legg(byte[] ut, int pos, byte[] fra) {
        System.arraycopy(fra, 0, ut, pos, fra.length);
        return pos + fra.length;
    }

    public byte[] xml(List<FolkeregisterService.Oppslag> oppslag, boolean arkiv, Utsnitt utsnitt) {
        Bulkoppslag svar = new Bulkoppslag();
        for (FolkeregisterService.Oppslag o : oppslag) {
            Personoppslag p = new Personoppslag();
            if (arkiv) {
                p.setDokumentidentifikator(o.noekkel());
            } else {
                p.setFoedselsEllerDNummer(o.noekkel());
            }
            if (o.dokument() != null) {
                p.setFolkeregisterperson(jaxb(o.dokument(), utsnitt));
            }
            svar.getOppslag().add(p);
        }
        return marshal(XML.createBulkoppslag(svar));
    }

    private Folkeregisterperson jaxb(Persondokumenttekst person, Utsnitt utsnitt) {
        try (JsonReader r = JaxbJson.JSON.createReader(new ByteArrayInputStream(json(person, utsnitt)))) {
            return JaxbJson.les(r.readObject(), Folkeregisterperson.class);
        }
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

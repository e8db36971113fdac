package no.datadeling.infra.error;

import jakarta.json.Json;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringWriter;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * Skatteetaten's common error format (api-dokumentasjon "Feilhåndtering"):
 * JSON {@code {"kode","melding","korrelasjonsid"}} or XML {@code <feil xmlns="urn:no:skatteetaten:datasamarbeid:feil:v1">}.
 * Each API supplies its code prefix and which number each {@link ErrorKind} has in its catalogue.
 */
public abstract class SkatteetatenErrorFamily implements ErrorFamily {

    public static final String XML_NAMESPACE = "urn:no:skatteetaten:datasamarbeid:feil:v1";
    private static final XMLOutputFactory XML_OUTPUT = XMLOutputFactory.newFactory();

    private final String prefix;
    private final List<String> basePaths;
    private final Map<ErrorKind, String> numbers;
    private final String fallbackNumber;

    protected SkatteetatenErrorFamily(String prefix, List<String> basePaths, Map<ErrorKind, String> numbers, String fallbackNumber) {
        this.prefix = prefix;
        this.basePaths = basePaths;
        this.numbers = numbers;
        this.fallbackNumber = fallbackNumber;
    }

    @Override
    public List<String> basePaths() {
        return basePaths;
    }

    public String codeFor(ErrorKind kind) {
        return prefix + "-" + numbers.getOrDefault(kind, fallbackNumber);
    }

    @Override
    public Response render(ApiError error, HttpHeaders headers) {
        String kode = error.code() != null ? error.code() : codeFor(error.kind());
        // A 406 means the client's Accept is not served at all: answer in the default format (JSON).
        boolean xml = error.status() != 406 && NegotiatedFormat.of(headers) == NegotiatedFormat.XML;
        String body = xml ? xml(kode, error) : json(kode, error);
        MediaType type = (xml ? MediaType.APPLICATION_XML_TYPE : MediaType.APPLICATION_JSON_TYPE).withCharset("UTF-8");
        return Response.status(error.status()).type(type).entity(body).build();
    }

    static String json(String kode, ApiError error) {
        var b = Json.createObjectBuilder().add("kode", kode).add("melding", error.melding());
        if (error.korrelasjonsid() != null) {
            b.add("korrelasjonsid", error.korrelasjonsid());
        }
        return b.build().toString();
    }

    static String xml(String kode, ApiError error) {
        try {
            StringWriter out = new StringWriter();
            XMLStreamWriter w = XML_OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("feil");
            w.writeDefaultNamespace(XML_NAMESPACE);
            element(w, "kode", kode);
            element(w, "melding", error.melding());
            if (error.korrelasjonsid() != null) {
                element(w, "korrelasjonsid", error.korrelasjonsid());
            }
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return out.toString();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }
}

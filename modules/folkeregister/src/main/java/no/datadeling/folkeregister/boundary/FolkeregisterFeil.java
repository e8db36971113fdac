package no.datadeling.folkeregister.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import no.datadeling.folkeregister.control.Formattering;
import no.datadeling.infra.error.ApiError;
import no.datadeling.infra.error.ErrorFamily;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.error.NegotiatedFormat;

/**
 * Folkeregisteret's error body {@code {"kode": "FREG-nnn", "melding": "..."}} (XML {@code <feilmelding>} of our XSD
 * when the client prefers XML). Skatteetaten documents only FREG-001; the rest of the catalogue is ours, one code per
 * condition so a client can tell them apart:
 * 001 500 unexpected, 002 500 backend (database), 003 404 unknown URL (also 405 wrong method),
 * 004 401 authentication, 005 403 authorisation (scope, grant, a search the package may not do), 006 400 bad input,
 * 007 404 no such person or document, 008 406 Accept not JSON/XML, 009 429 too many requests,
 * 010 404 entydig søk without a unique hit.
 */
@ApplicationScoped
public class FolkeregisterFeil implements ErrorFamily {

    public static final String BASE_PATH = "folkeregisteret/";
    static final String FEIL_I_TJENESTEN = "Feil i tjenesten. Vennligst prøv igjen seinere.";
    private static final Map<ErrorKind, String> KODER = Map.ofEntries(
            Map.entry(ErrorKind.UNEXPECTED, "001"), Map.entry(ErrorKind.BACKEND, "002"), Map.entry(ErrorKind.UNAVAILABLE, "002"),
            Map.entry(ErrorKind.UNKNOWN_URL, "003"), Map.entry(ErrorKind.METHOD_NOT_ALLOWED, "003"),
            Map.entry(ErrorKind.UNAUTHENTICATED, "004"), Map.entry(ErrorKind.FORBIDDEN, "005"),
            Map.entry(ErrorKind.INVALID_INPUT, "006"), Map.entry(ErrorKind.UNSUPPORTED_MEDIA_TYPE, "006"),
            Map.entry(ErrorKind.NOT_FOUND, "007"), Map.entry(ErrorKind.NOT_ACCEPTABLE, "008"),
            Map.entry(ErrorKind.TOO_MANY_REQUESTS, "009"));

    private Formattering formattering;

    @Inject
    FolkeregisterFeil(Formattering formattering) {
        this.formattering = formattering;
    }

    FolkeregisterFeil() {
        // CDI proxy
    }

    @Override
    public List<String> basePaths() {
        return List.of(BASE_PATH);
    }

    public static String kode(ErrorKind kind) {
        return "FREG-" + KODER.getOrDefault(kind, "001");
    }

    @Override
    public Response render(ApiError error, HttpHeaders headers) {
        String kode = error.code() != null ? error.code() : kode(error.kind());
        // never details on a 5xx: the seed's own text
        String melding = error.status() >= 500 ? FEIL_I_TJENESTEN : error.melding();
        boolean xml = error.status() != 406 && NegotiatedFormat.of(headers) == NegotiatedFormat.XML;
        if (xml) {
            return Response.status(error.status()).type(MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"))
                    .entity(formattering.feilXml(kode, melding)).build();
        }
        String body = no.datadeling.domain.folkeregister.JaxbJson.JSON.createObjectBuilder().add("kode", kode).add("melding", melding).build().toString();
        return Response.status(error.status()).type(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")).entity(body).build();
    }
}

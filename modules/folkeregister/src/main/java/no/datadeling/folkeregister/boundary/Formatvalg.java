package no.datadeling.folkeregister.boundary;

import jakarta.ws.rs.core.MediaType;
import java.util.Locale;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;

/**
 * Content negotiation as Folkeregisteret documents it: Accept application/json (the default) or application/xml,
 * anything else 406. A bulk lookup's body is application/json or application/xml (the default when Content-Type is
 * missing), and with an empty Accept the answer comes in the body's format.
 */
public enum Formatvalg {
    JSON(MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")),
    XML(MediaType.APPLICATION_XML_TYPE.withCharset("UTF-8"));

    private final MediaType type;

    Formatvalg(MediaType type) {
        this.type = type;
    }

    public MediaType type() {
        return type;
    }

    /** For a lookup: what Accept asks for; JSON when it states no preference. */
    public static Formatvalg forOppslag(String accept) {
        Formatvalg f = fraAccept(accept);
        return f != null ? f : JSON;
    }

    /** For a bulk lookup: what Accept asks for; the body's format when it states no preference (empty, or only *&#47;*). */
    public static Formatvalg forBulk(String accept, Formatvalg innhold) {
        Formatvalg f = fraAccept(accept);
        return f != null ? f : innhold;
    }

    /** The body's format from Content-Type; missing is XML; any other type is a 400. */
    public static Formatvalg fraContentType(String contentType) {
        if (contentType == null || contentType.isBlank()) {
            return XML;
        }
        String t = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "application/json" -> JSON;
            case "application/xml" -> XML;
            default -> throw ApiException.invalidInput("Ikke støttet Content-Type. Støttede typer er application/json og application/xml.");
        };
    }

    /**
     * The most preferred of JSON and XML by quality; null when Accept is empty or its best choice is a wildcard
     * (the caller's default applies); a 406 when it accepts neither.
     */
    static Formatvalg fraAccept(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        double json = -1;
        double xml = -1;
        double jokertegn = -1;
        for (String del : accept.split(",")) {
            String[] ledd = del.trim().split(";");
            String type = ledd[0].trim().toLowerCase(Locale.ROOT);
            double q = kvalitet(ledd);
            switch (type) {
                case "application/json" -> json = Math.max(json, q);
                case "application/xml" -> xml = Math.max(xml, q);
                case "*/*", "application/*" -> jokertegn = Math.max(jokertegn, q);
                default -> {
                    // another type: does not count
                }
            }
        }
        double best = Math.max(json, xml);
        if (best > 0 && best >= jokertegn) {
            return json >= xml ? JSON : XML;
        }
        if (jokertegn > 0) {
            return null;
        }
        throw new ApiException(ErrorKind.NOT_ACCEPTABLE,
                "Oppgitt Accept-header inneholder ikke application/json eller application/xml.");
    }

    private static double kvalitet(String[] ledd) {
        for (int i = 1; i < ledd.length; i++) {
            String[] kv = ledd[i].trim().split("=", 2);
            if (kv.length == 2 && "q".equalsIgnoreCase(kv[0].trim())) {
                try {
                    double q = Double.parseDouble(kv[1].trim());
                    return q < 0 || q > 1 ? 0 : q;
                } catch (NumberFormatException e) {
                    return 0;
                }
            }
        }
        return 1;
    }
}

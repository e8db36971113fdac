package no.datadeling.infra.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

/** JSON or XML for an error body, from the request's Accept header (JSON unless XML is preferred). */
public enum NegotiatedFormat {
    JSON, XML;

    public static NegotiatedFormat of(HttpHeaders headers) {
        if (headers == null) {
            return JSON;
        }
        try {
            // getAcceptableMediaTypes() is sorted by quality, most preferred first
            for (MediaType m : headers.getAcceptableMediaTypes()) {
                if (isXml(m)) {
                    return XML;
                }
                if (m.isWildcardType() || "json".equals(m.getSubtype()) || m.getSubtype().endsWith("+json")) {
                    return JSON;
                }
            }
        } catch (RuntimeException malformedAccept) {
            return JSON;
        }
        return JSON;
    }

    private static boolean isXml(MediaType m) {
        return !m.isWildcardSubtype() && ("xml".equals(m.getSubtype()) || m.getSubtype().endsWith("+xml"));
    }
}

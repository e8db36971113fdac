package no.datadeling.infra.error;

import jakarta.ejb.ApplicationException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The one exception the API code throws for an answer that is not 2xx. Carries a client-safe message only:
 * it is rendered by the API family's mapper, never with a stack trace. Marked as an EJB application exception
 * so an EJB boundary neither wraps it into a 500 nor swallows the rollback.
 */
@ApplicationException(rollback = true)
public class ApiException extends RuntimeException {

    private final ErrorKind kind;
    private final String code;
    private final int status;
    private final Map<String, String> headers = new LinkedHashMap<>();

    public ApiException(ErrorKind kind, String melding) {
        this(kind, null, kind.status(), melding);
    }

    /** A family-specific code (e.g. "VER-000205") with its own status, for catalogues richer than {@link ErrorKind}. */
    public ApiException(ErrorKind kind, String code, int status, String melding) {
        super(melding, null, false, false);
        this.kind = kind;
        this.code = code;
        this.status = status;
    }

    public static ApiException invalidInput(String melding) {
        return new ApiException(ErrorKind.INVALID_INPUT, melding);
    }

    public static ApiException notFound(String melding) {
        return new ApiException(ErrorKind.NOT_FOUND, melding);
    }

    public static ApiException forbidden(String melding) {
        return new ApiException(ErrorKind.FORBIDDEN, melding);
    }

    public static ApiException unauthenticated(String melding) {
        return new ApiException(ErrorKind.UNAUTHENTICATED, melding);
    }

    /** A header the error answer must carry (e.g. Retry-After on a 429). */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public ErrorKind kind() {
        return kind;
    }

    public Optional<String> code() {
        return Optional.ofNullable(code);
    }

    public int status() {
        return status;
    }

    public String melding() {
        return getMessage();
    }
}

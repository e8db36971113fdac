package no.datadeling.infra.error;

/**
 * The error conditions every API family knows; each family maps them to its own code and body
 * (e.g. Skatteetaten's ARBEIDSFORHOLD-004 for {@link #UNAUTHENTICATED}).
 */
public enum ErrorKind {
    UNEXPECTED(500),
    BACKEND(500),
    UNKNOWN_URL(404),
    UNAUTHENTICATED(401),
    FORBIDDEN(403),
    INVALID_INPUT(400),
    NOT_FOUND(404),
    NOT_ACCEPTABLE(406),
    METHOD_NOT_ALLOWED(405),
    UNSUPPORTED_MEDIA_TYPE(415),
    TOO_MANY_REQUESTS(429),
    UNAVAILABLE(503);

    private final int status;

    ErrorKind(int status) {
        this.status = status;
    }

    public int status() {
        return status;
    }
}

package no.datadeling.infra.ident;

/** An identity or organisation number failed its format or check-digit rules. */
public class UgyldigIdentifikatorException extends IllegalArgumentException {
    public UgyldigIdentifikatorException(String message) {
        super(message);
    }
}

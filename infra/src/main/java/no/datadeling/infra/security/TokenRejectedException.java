package no.datadeling.infra.security;

/** Why a token was not accepted; the reason is for our log, never for the client. */
public class TokenRejectedException extends Exception {

    /**
     * Coarse classes of rejection, for callers that must answer differently: a consent token from an issuer we do not
     * trust as Altinn is "not issued by Altinn" (NAV's uføre API), an expired or forged one is "no valid consent".
     */
    public enum Reason {
        /** Not a parsable signed JWT at all. */
        MALFORMED,
        /** {@code iss} is not one of our configured issuers. */
        UNTRUSTED_ISSUER,
        /** A trusted issuer, but of a kind this call site does not accept (e.g. a Maskinporten token as consent). */
        WRONG_KIND,
        /** Trusted issuer, but signature, algorithm, lifetime or audience failed. */
        INVALID
    }

    private final Reason reason;

    public TokenRejectedException(String message) {
        this(Reason.INVALID, message);
    }

    public TokenRejectedException(Reason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

package no.datadeling.infra.consent;

import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;

/** A consent that does not allow the disclosure: 403 in the API family's format, with the reason's code. */
public class SamtykkeAvvistException extends ApiException {

    private final Avvisning avvisning;

    public SamtykkeAvvistException(Avvisning avvisning) {
        super(ErrorKind.FORBIDDEN, avvisning.kode(), ErrorKind.FORBIDDEN.status(), avvisning.melding());
        this.avvisning = avvisning;
    }

    public Avvisning avvisning() {
        return avvisning;
    }
}

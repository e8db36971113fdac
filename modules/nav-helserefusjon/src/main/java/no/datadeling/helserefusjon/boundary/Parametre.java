package no.datadeling.helserefusjon.boundary;

/** Request values of Helserefusjon only; the ones every NAV API reads are in {@link no.datadeling.infra.error.Parameterverdier}. */
final class Parametre {

    static final String PERSON_HEADER = "Nav-Personident";

    private Parametre() {
    }

    /** The caller's Nav-Call-Id when it is a sane token, else the server's correlation id. */
    static String callId(String fraKlient, String korrelasjonsid) {
        return fraKlient != null && fraKlient.matches("[A-Za-z0-9._:-]{1,100}") ? fraKlient : korrelasjonsid;
    }
}

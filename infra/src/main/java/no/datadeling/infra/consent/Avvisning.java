package no.datadeling.infra.consent;

/**
 * Why a consent does not allow the disclosure: each is a 403 (NAV's uføre spec lists them), with a stable code for the
 * consumer's support and a message that says which condition failed, never anything about the data.
 */
public enum Avvisning {
    MANGLER("Konsumenten mangler gyldig samtykketoken."),
    UGYLDIG("Samtykketokenet er ikke gyldig (signatur, utstedelse eller levetid)."),
    IKKE_FRA_ALTINN("Samtykketokenet er ikke utstedt av Altinn."),
    FEIL_TJENESTE("Samtykket gjelder ikke denne tjenesten (tjenestekode eller ressurs)."),
    UTLOPT("Samtykket har passert utløpstidspunktet (ValidToDate)."),
    FEIL_MOTTAKER("Organisasjonsnummeret samtykket er gitt til er ikke organisasjonsnummeret aksesstokenet er utstedt til."),
    FEIL_PERSON("Fødselsnummeret som har gitt samtykket er ikke fødselsnummeret det spørres på."),
    MANGLER_PERIODE("Samtykket mangler gyldig samtykkeperiode (fraOgMed og tilOgMed på formatet dd.MM.yyyy)."),
    UTENFOR_PERIODE("Forespurt periode ligger utenfor samtykkeperioden.");

    private final String melding;

    Avvisning(String melding) {
        this.melding = melding;
    }

    public String melding() {
        return melding;
    }

    /** The stable code in the error body, e.g. "SAMTYKKE_UTLOPT". */
    public String kode() {
        return "SAMTYKKE_" + name();
    }
}

package no.datadeling.simulering.control;

import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;

/** The spec's 400 variants, each with NAV's code (the variant's name) and a message for the consumer. */
public enum Avslag {
    IkkelopendeYtelse("Bruker har ikke løpende alderspensjon."),
    FodtFor1943("Bruker er født før 1943."),
    GammeltRegelverk("Bruker har løpende alderspensjon på gammelt regelverk."),
    LavtTidligUttak("Avslag på vilkårsprøving grunnet for lavt tidlig uttak."),
    KortTrygdetid("Avslag på vilkårsprøving grunnet for kort trygdetid."),
    SimuleringsGrunnlag("Det ble funnet feil i simuleringsgrunnlaget"),
    Annet("Annet");

    private final String beskrivelse;

    Avslag(String beskrivelse) {
        this.beskrivelse = beskrivelse;
    }

    public ApiException feil() {
        return new ApiException(ErrorKind.INVALID_INPUT, name(), 400, beskrivelse);
    }

    /** With the precise reason after the variant's own description ("Annet" has only the reason). */
    public ApiException feil(String detalj) {
        String melding = this == Annet ? detalj : beskrivelse.replaceAll("\\.$", "") + ": " + detalj;
        return new ApiException(ErrorKind.INVALID_INPUT, name(), 400, melding);
    }
}

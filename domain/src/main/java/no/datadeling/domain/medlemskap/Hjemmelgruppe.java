package no.datadeling.domain.medlemskap;

/**
 * How trygdehendelser are grouped for filtering: EOS for periods under the EEA social security regulation
 * (grunnlag FO_*, forordning 883/2004 and 987/2009), OEVRIGE for the rest (folketrygdloven, bilateral agreements).
 * The API's filter value ALLE (both) is not a group of its own.
 */
public enum Hjemmelgruppe {
    EOS, OEVRIGE;

    public static Hjemmelgruppe forGrunnlag(String grunnlag) {
        return grunnlag.startsWith("FO_") ? EOS : OEVRIGE;
    }
}

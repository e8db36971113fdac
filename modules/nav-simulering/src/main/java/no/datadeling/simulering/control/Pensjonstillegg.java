package no.datadeling.simulering.control;

/**
 * Pensjonstillegg, folketrygdloven § 19-8 (the successor of særtillegg): what brings grunnpensjon + tilleggspensjon up
 * to the minstepensjonsnivå for the marital status, proportioned to trygdetid.
 */
public final class Pensjonstillegg {

    private Pensjonstillegg() {
    }

    public static double beregn(double minstenivaaIG, double g, int trygdetid, double grunnpensjon, double tilleggspensjon,
                                Folketrygdparametre p) {
        return Math.max(0, minstenivaaIG * g * trygdetid / p.sats("full_trygdetid") - grunnpensjon - tilleggspensjon);
    }

    /**
     * Minstenivåtillegg individuelt (§ 19-14): from 67 the levealdersjusted kapittel 19 pension (basis / forholdstall)
     * is topped up to the minstepensjonsnivå; an early withdrawal has no such guarantee.
     */
    public static double minstenivaatillegg(double minstenivaa, double justertPensjon, boolean fyllt67) {
        return fyllt67 ? Math.max(0, minstenivaa - justertPensjon) : 0;
    }
}

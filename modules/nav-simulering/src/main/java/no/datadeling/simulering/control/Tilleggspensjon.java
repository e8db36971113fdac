package no.datadeling.simulering.control;

/**
 * Tilleggspensjon a year, folketrygdloven § 19-6 with § 3-8: G × sluttpoengtall × opptjeningsprosent × poengår / 40,
 * where the percentage is 45 for poengår up to 1991 and 42 from 1992 (§ 3-8 second paragraph), and full pension needs
 * 40 poengår: with more, the best 40 count, the split between the two periods kept in proportion.
 */
public final class Tilleggspensjon {

    private Tilleggspensjon() {
    }

    public static double beregn(double g, double sluttpoengtall, int poengaarTom1991, int poengaarFom1992, Folketrygdparametre p) {
        double fullt = p.sats("full_trygdetid");
        int alle = poengaarTom1991 + poengaarFom1992;
        if (alle == 0) {
            return 0;
        }
        double skala = Math.min(1.0, fullt / alle);
        return g * sluttpoengtall * (p.sats("opptjeningsprosent_tom1991") * poengaarTom1991
                + p.sats("opptjeningsprosent_fom1992") * poengaarFom1992) * skala / fullt;
    }
}

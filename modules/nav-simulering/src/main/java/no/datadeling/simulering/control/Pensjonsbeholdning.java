package no.datadeling.simulering.control;

/**
 * Pensjonsbeholdning, folketrygdloven § 20-5 (and for the 1954–1962 cohorts the earning before 2010 by the same rule,
 * as the transitional rules of § 20-4 build it): each year adds 18.1 % of pensjonsgivende inntekt up to 7.1 G of that
 * year, and the holding is regulated with wage growth (§ 20-18), here the growth of G, so it is stated in today's G.
 */
public final class Pensjonsbeholdning {

    private Pensjonsbeholdning() {
    }

    /**
     * One year's addition, in today's kroner.
     *
     * @param gAar the year's average G (today's G for a future year, whose income is given in today's kroner)
     * @param gIDag today's G
     */
    public static double opptjening(double inntekt, double gAar, double gIDag, Folketrygdparametre p) {
        double grunnlag = Math.min(inntekt, p.sats("opptjeningstak") * gAar);
        return p.sats("opptjeningsandel") * grunnlag * gIDag / gAar;
    }
}

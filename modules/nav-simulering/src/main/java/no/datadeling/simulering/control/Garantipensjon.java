package no.datadeling.simulering.control;

/**
 * Garantipensjon, folketrygdloven §§ 20-9 to 20-11: the garantipensjonsnivå for the marital status, proportioned to
 * trygdetid (tt/40), less 80 % of the inntektspensjon, both as at 67; the result is kept as a garantipensjonsbeholdning
 * (the yearly amount × delingstall at 67) and paid as beholdning / delingstall at withdrawal, like inntektspensjon.
 */
public final class Garantipensjon {

    private Garantipensjon() {
    }

    /** The level a year at full grade, in kroner: nivå × G × tt / 40. */
    public static double nivaa(double nivaaIG, double g, int trygdetid, Folketrygdparametre p) {
        return nivaaIG * g * trygdetid / p.sats("full_trygdetid");
    }

    /** @param nivaa from {@link #nivaa}; beholdning the pensjonsbeholdning at withdrawal; d67 the cohort's delingstall at 67 */
    public static double beholdning(double nivaa, double pensjonsbeholdning, double d67, Folketrygdparametre p) {
        return Math.max(0, nivaa * d67 - p.sats("garantipensjon_avkorting") * pensjonsbeholdning);
    }
}

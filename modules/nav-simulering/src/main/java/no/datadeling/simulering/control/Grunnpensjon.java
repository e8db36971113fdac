package no.datadeling.simulering.control;

/** Grunnpensjon a year, folketrygdloven § 19-5 with § 3-2: sats × G × trygdetid / 40. */
public final class Grunnpensjon {

    private Grunnpensjon() {
    }

    public static double beregn(double satsIG, double g, int trygdetid, Folketrygdparametre p) {
        return satsIG * g * trygdetid / p.sats("full_trygdetid");
    }
}

package no.datadeling.simulering.control;

/**
 * Pensjonspoeng of one year, folketrygdloven § 3-13 (applied to kapittel 19 by § 19-6 / § 3-8): the year's income
 * above G, in G. How much of the income counts (the ceilings) depends on the year:
 * 1967–1970 income up to 8 G (at most 7 points); 1971–1991 fully up to 8 G and a third of the part between 8 and 12 G;
 * from 1992 fully up to 6 G and a third of the part between 6 and 12 G (so at most 7 and 8.33 points).
 */
public final class Pensjonspoeng {

    private Pensjonspoeng() {
    }

    /** @param g the year's average G */
    public static double poeng(double inntekt, int aar, double g) {
        double iG = inntekt / g;
        if (iG <= 1) {
            return 0;
        }
        double fullt = aar < 1992 ? 8 : 6;
        double tredjedel = aar < 1971 ? 0 : (Math.min(iG, 12) - fullt) / 3;
        return Math.min(iG, fullt) - 1 + Math.max(0, tredjedel);
    }

    /** § 3-12: a year with pensjonspoeng is a poengår. */
    public static boolean erPoengaar(double poeng) {
        return poeng > 0;
    }
}

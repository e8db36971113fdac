package no.datadeling.simulering.control;

/**
 * Garantitillegg for opptjente rettigheter, folketrygdloven § 20-20, for those born 1954–1962: if the pension at 67 by
 * kapittel 19 on the opptjening up to and including 2009 (grunnpensjon, tilleggspensjon and pensjonstillegg with the
 * poengår and trygdetid to 2009, divided by the cohort's forholdstall at 67) is higher than the pension at 67 by
 * kapittel 20 on the same years (the pensjonsbeholdning earned to 2009, § 20-4, divided by the delingstall at 67, plus
 * the garantipensjon that beholdning gives), the difference is kept as a garantitilleggsbeholdning (× delingstall at
 * 67, regulated like the pensjonsbeholdning) and paid as beholdning / delingstall at withdrawal, in kapittel 20's share.
 * Not included: the minstenivåtillegg of kapittel 19 and any pensjonspoeng other than from income (omsorg, dagpenger),
 * which the synthetic earnings history does not hold.
 */
public final class Garantitillegg {

    /** The rule compares the opptjening to and including this year (the last year before the new rules, § 20-20). */
    public static final int SISTE_AAR = 2009;
    public static final int FOERSTE_KULL = 1954;
    public static final int SISTE_KULL = 1962;

    private Garantitillegg() {
    }

    public static boolean gjelder(int kull) {
        return kull >= FOERSTE_KULL && kull <= SISTE_KULL;
    }

    /** Trygdetid counted to the end of 2009: the years from 16 to 2009, never more than the trygdetid at withdrawal. */
    public static int trygdetid2009(int kull, int trygdetid) {
        return Math.max(0, Math.min(trygdetid, SISTE_AAR - (kull + 16) + 1));
    }

    /**
     * The kapittel 19 pension at 67 on the opptjening to 2009, levealdersjustert: (GP + TP + PT) / forholdstall at 67.
     *
     * @param sluttpoengtall2009 of the poengår to 2009; poengaarFom1992 counts 1992..2009 only
     */
    public static double kapittel19Ved67(Sivilstandssats sats, double g, int tt2009, double sluttpoengtall2009,
                                         int poengaarTom1991, int poengaarFom1992, double forholdstall67, Folketrygdparametre p) {
        double gp = Grunnpensjon.beregn(sats.grunnpensjon(p), g, tt2009, p);
        double tp = Tilleggspensjon.beregn(g, sluttpoengtall2009, poengaarTom1991, poengaarFom1992, p);
        double pt = Pensjonstillegg.beregn(sats.minstepensjonsnivaa(p), g, tt2009, gp, tp, p);
        return (gp + tp + pt) / forholdstall67;
    }

    /** The kapittel 20 pension at 67 on the beholdning earned to 2009: inntektspensjon plus the garantipensjon it leaves. */
    public static double kapittel20Ved67(Sivilstandssats sats, double g, int tt2009, double beholdning2009, double delingstall67,
                                         Folketrygdparametre p) {
        double nivaa = Garantipensjon.nivaa(sats.garantipensjonsnivaa(p), g, tt2009, p);
        double gpb = Garantipensjon.beholdning(nivaa, beholdning2009, delingstall67, p);
        return (beholdning2009 + gpb) / delingstall67;
    }

    /** § 20-20: the garantitilleggsbeholdning, (kapittel 19 at 67 - kapittel 20 at 67) × delingstall at 67, never negative. */
    public static double beholdning(double kapittel19Ved67, double kapittel20Ved67, double delingstall67) {
        return Math.max(0, kapittel19Ved67 - kapittel20Ved67) * delingstall67;
    }
}

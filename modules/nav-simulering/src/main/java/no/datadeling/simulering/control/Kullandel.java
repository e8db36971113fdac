package no.datadeling.simulering.control;

/**
 * The cohort mix, folketrygdloven § 19-15 and § 20-19: born 1943–1953 get alderspensjon by kapittel 19 only; born
 * 1954–1962 a weighted sum, 1954 nine tenths kapittel 19 and one tenth kapittel 20, one tenth less old and one more new
 * per year to 1962 (one tenth and nine tenths); born 1963 or later kapittel 20 only. Born before 1943 is outside this
 * simulation (FodtFor1943).
 */
public final class Kullandel {

    public static final int FOERSTE_KULL = 1943;

    private Kullandel() {
    }

    /** The kapittel 19 share in tenths (0..10); kapittel 20's is 10 minus it. */
    public static int kapittel19Tideler(int kull) {
        if (kull < FOERSTE_KULL) {
            throw new IllegalArgumentException("born before 1943");
        }
        if (kull <= 1953) {
            return 10;
        }
        return Math.max(0, 1963 - kull);
    }

    public static double kapittel19(int kull) {
        return kapittel19Tideler(kull) / 10.0;
    }

    public static double kapittel20(int kull) {
        return (10 - kapittel19Tideler(kull)) / 10.0;
    }
}

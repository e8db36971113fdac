package no.datadeling.simulering.control;

import java.util.Arrays;

/**
 * Sluttpoengtall, folketrygdloven § 3-11 first paragraph: the average of the 20 highest pensjonspoeng; with fewer than
 * 20 poengår, the average of all of them. Years without points do not pull the average down.
 */
public final class Sluttpoengtall {

    static final int BESTE_AAR = 20;

    private Sluttpoengtall() {
    }

    public static double av(double[] poeng) {
        double[] p = Arrays.stream(poeng).filter(Pensjonspoeng::erPoengaar).sorted().toArray();
        if (p.length == 0) {
            return 0;
        }
        int n = Math.min(BESTE_AAR, p.length);
        double sum = 0;
        for (int i = p.length - n; i < p.length; i++) {
            sum += p[i];
        }
        return sum / n;
    }
}

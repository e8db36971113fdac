package no.datadeling.simulering.control;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The full (100 %) alderspensjon a year if withdrawn on {@code dato}, with every figure the answer shows: kapittel 19's
 * grunnpensjon, tilleggspensjon, pensjonstillegg (basis, before forholdstall) and minstenivåtillegg, kapittel 20's
 * beholdninger and the yearly inntektspensjon, garantipensjon and garantitillegg (§ 20-20, 1954–1962 only), each
 * chapter's share for the cohort, and the degree of uføretrygd the pension replaces.
 */
public record Beregningspunkt(LocalDate dato, int alderMaaneder, int poengaarTom1991, int poengaarFom1992,
                              double sluttpoengtall, int trygdetid, double grunnpensjon, double tilleggspensjon,
                              double pensjonstillegg, double minstenivaatillegg, double forholdstall, double delingstall,
                              double pensjonsbeholdning, double garantipensjonsbeholdning, double garantitilleggsbeholdning,
                              double garantipensjonsnivaa, double inntektspensjon, double garantipensjon, double garantitillegg,
                              boolean harGarantitillegg, double andel19, double andel20, int uforegradVedOmregning) {

    /** The yearly amount per pensjonstype at full grade, each chapter weighted by its cohort share. */
    public Map<String, Double> delytelser() {
        Map<String, Double> d = new LinkedHashMap<>();
        if (andel19 > 0) {
            d.put("GP", andel19 * grunnpensjon / forholdstall);
            d.put("TP", andel19 * tilleggspensjon / forholdstall);
            d.put("PT", andel19 * pensjonstillegg / forholdstall);
            d.put("MIN_NIVA_TILL_INDV", andel19 * minstenivaatillegg);
        }
        if (andel20 > 0) {
            d.put("IP", andel20 * inntektspensjon);
            d.put("GAP", andel20 * garantipensjon);
            if (harGarantitillegg) {
                d.put("GAT", andel20 * garantitillegg);
            }
        }
        return d;
    }

    public double total() {
        return delytelser().values().stream().mapToDouble(Double::doubleValue).sum();
    }

    /** What the early-withdrawal test counts: the pension without the guarantee that starts at 67. */
    public double utenMinstenivaatillegg() {
        return total() - andel19 * minstenivaatillegg;
    }
}

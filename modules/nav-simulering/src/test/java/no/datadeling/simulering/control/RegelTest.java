package no.datadeling.simulering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import no.datadeling.simulering.entity.Uforeperiode;
import org.junit.jupiter.api.Test;

/** One worked example per rule, computed by hand in the comment, against the shipped parameter file. */
class RegelTest {

    static final Folketrygdparametre P = Folketrygdparametre.standard();

    @Test
    void grunnbeloep_has_every_year_from_1967_and_regulates_to_todays_g() {
        Grunnbeloep g = P.grunnbeloep();
        assertEquals(5400, g.snitt(1967));
        assertEquals(122225, g.snitt(2024));
        assertEquals(130160, g.gjeldende());
        for (int aar = 1967; aar <= 2025; aar++) {
            assertTrue(g.snitt(aar) >= g.snitt(Math.max(1967, aar - 1)), "G never falls: " + aar);
        }
        // a future year is counted in today's G
        assertEquals(130160, g.snitt(2031));
        // 5 400 kr in 1967 was 1 G; 1 G today is 130 160 kr
        assertEquals(130160, g.iDagensKroner(5400, 1967), 1e-6);
        assertThrows(IllegalArgumentException.class, () -> g.snitt(1966));
        assertEquals("2025.2", P.versjon());
    }

    @Test
    void pensjonspoeng_follow_the_ceilings_of_each_period() {
        // 1990, 4 G: 4 - 1 = 3 points
        assertEquals(3.0, Pensjonspoeng.poeng(4 * 33575, 1990, 33575), 1e-9);
        // 2000, 10 G: 6 - 1 = 5, plus (10 - 6) / 3 = 1.333 -> 6.333
        assertEquals(6.3333333, Pensjonspoeng.poeng(10 * 48377, 2000, 48377), 1e-6);
        // 1969, 10 G: only up to 8 G counts before 1971 -> 7
        assertEquals(7.0, Pensjonspoeng.poeng(10 * 6400, 1969, 6400), 1e-9);
        // 1980, 13 G: 8 - 1 = 7, plus (12 - 8) / 3 -> 8.333 (nothing above 12 G)
        assertEquals(8.3333333, Pensjonspoeng.poeng(13 * 16633, 1980, 16633), 1e-6);
        // at or below 1 G: no points, no poengår
        assertEquals(0.0, Pensjonspoeng.poeng(16633, 1980, 16633));
        assertFalse(Pensjonspoeng.erPoengaar(0));
    }

    @Test
    void sluttpoengtall_is_the_average_of_the_twenty_best() {
        // 25 poengår with 1..25 points: the best 20 are 6..25, average (6 + 25) / 2 = 15.5
        double[] p = new double[25];
        for (int i = 0; i < 25; i++) {
            p[i] = i + 1;
        }
        assertEquals(15.5, Sluttpoengtall.av(p), 1e-9);
        // fewer than 20: the average of the poengår only (years without points do not count): (2 + 4) / 2 = 3
        assertEquals(3.0, Sluttpoengtall.av(new double[] {2, 0, 4}), 1e-9);
        assertEquals(0.0, Sluttpoengtall.av(new double[0]));
    }

    @Test
    void tilleggspensjon_weights_the_percentages_and_caps_at_forty_years() {
        // G 100 000, sluttpoengtall 5, 20 + 20 poengår: 100 000 x 5 x (0.45 x 20 + 0.42 x 20) / 40 = 217 500
        assertEquals(217500, Tilleggspensjon.beregn(100000, 5, 20, 20, P), 1e-6);
        // 30 + 20 = 50 poengår are scaled to 40: (0.45 x 30 + 0.42 x 20) x 40/50 / 40 = 0.438 -> 219 000
        assertEquals(219000, Tilleggspensjon.beregn(100000, 5, 30, 20, P), 1e-6);
        // 10 poengår from 1992: 100 000 x 5 x 0.42 x 10 / 40 = 52 500
        assertEquals(52500, Tilleggspensjon.beregn(100000, 5, 0, 10, P), 1e-6);
        assertEquals(0, Tilleggspensjon.beregn(100000, 0, 0, 0, P));
    }

    @Test
    void grunnpensjon_and_pensjonstillegg_by_marital_status_and_trygdetid() {
        // single, full trygdetid: 1.00 G; EPS over 2 G or with pension: 0.90 G; EPS under 2 G: 1.00 G; 20 years of 40 halves it
        assertEquals(130160, Grunnpensjon.beregn(Sivilstandssats.ENSLIG.grunnpensjon(P), 130160, 40, P), 1e-6);
        assertEquals(117144, Grunnpensjon.beregn(Sivilstandssats.EPS_OVER_2G.grunnpensjon(P), 130160, 40, P), 1e-6);
        assertEquals(117144, Grunnpensjon.beregn(Sivilstandssats.EPS_PENSJON.grunnpensjon(P), 130160, 40, P), 1e-6);
        assertEquals(130160, Grunnpensjon.beregn(Sivilstandssats.EPS_UNDER_2G.grunnpensjon(P), 130160, 40, P), 1e-6);
        assertEquals(65080, Grunnpensjon.beregn(1.0, 130160, 20, P), 1e-6);
        // minstepensjonsnivå 1.84 G = 239 494.40; GP 130 160 + TP 50 000 leaves a pensjonstillegg of 59 334.40
        assertEquals(59334.4, Pensjonstillegg.beregn(1.84, 130160, 40, 130160, 50000, P), 1e-6);
        // a tilleggspensjon over the level: no tillegg
        assertEquals(0, Pensjonstillegg.beregn(1.84, 130160, 40, 130160, 200000, P));
        // minstenivåtillegg only from 67: 239 494.40 - 200 000 = 39 494.40
        assertEquals(39494.4, Pensjonstillegg.minstenivaatillegg(239494.4, 200000, true), 1e-6);
        assertEquals(0, Pensjonstillegg.minstenivaatillegg(239494.4, 200000, false));
    }

    @Test
    void sivilstand_chooses_the_lower_satser_only_with_a_partner_over_2g_or_with_pension() {
        assertEquals(Sivilstandssats.EPS_OVER_2G, Sivilstandssats.av("GIFT", false, true));
        assertEquals(Sivilstandssats.EPS_PENSJON, Sivilstandssats.av("SAMB", true, false));
        assertEquals(Sivilstandssats.EPS_PENSJON, Sivilstandssats.av("REPA", true, true));
        assertEquals(Sivilstandssats.EPS_UNDER_2G, Sivilstandssats.av("GIFT", false, false));
        assertEquals(Sivilstandssats.ENSLIG, Sivilstandssats.av("SKIL", true, true));
        assertEquals("HOY", Sivilstandssats.ENSLIG.garantisatsType());
        assertEquals("HOY", Sivilstandssats.EPS_UNDER_2G.garantisatsType());
        assertEquals("ORDINAER", Sivilstandssats.EPS_OVER_2G.garantisatsType());
        assertEquals("ORDINAER", Sivilstandssats.EPS_PENSJON.garantisatsType());
    }

    @Test
    void pensjonsbeholdning_adds_18_1_percent_up_to_7_1_g_in_todays_g() {
        // 2024 (G 122 225), 500 000 kr: 0.181 x 500 000 = 90 500, x 130 160 / 122 225 = 96 375.37
        assertEquals(96375.37, Pensjonsbeholdning.opptjening(500000, 122225, 130160, P), 0.01);
        // 2 000 000 kr is capped at 7.1 G: 0.181 x 7.1 x 130 160 = 167 268.62 (in today's G whatever the year)
        assertEquals(167268.62, Pensjonsbeholdning.opptjening(2000000, 122225, 130160, P), 0.01);
    }

    @Test
    void garantipensjon_is_the_level_less_80_percent_of_the_holding() {
        // høy sats 1.81 G at full trygdetid: 235 589.60 a year
        double nivaa = Garantipensjon.nivaa(1.81, 130160, 40, P);
        assertEquals(235589.6, nivaa, 1e-6);
        // beholdning: 235 589.60 x 17.64 - 0.8 x 1 000 000 = 3 355 800.54
        assertEquals(3355800.544, Garantipensjon.beholdning(nivaa, 1000000, 17.64, P), 1e-3);
        // a large holding: no garantipensjon
        assertEquals(0, Garantipensjon.beholdning(nivaa, 10000000, 17.64, P));
    }

    @Test
    void trygdetid_from_16_less_the_years_abroad() {
        // withdrawal at 62: 46 possible years, capped at 40
        assertEquals(40, Trygdetid.anvendt(62, 0, P));
        // at 70, 30 years abroad: (67 - 16) - 30 = 21
        assertEquals(21, Trygdetid.anvendt(70, 30, P));
        // at 62, 45 years abroad: 1 year, under the 5 required
        assertEquals(1, Trygdetid.anvendt(62, 45, P));
        assertFalse(Trygdetid.oppfyllerMinstekrav(4, P));
        assertTrue(Trygdetid.oppfyllerMinstekrav(5, P));
    }

    @Test
    void forholdstall_and_delingstall_interpolate_by_month() {
        assertEquals(1.000, P.forholdstall(1943, 67 * 12), 1e-9);
        // 1954 at 62 years 6 months: between 18.84 (62) and 18.08 (63): 18.84 - 0.76 / 2 = 18.46
        assertEquals(18.46, P.delingstall(1954, 62 * 12 + 6), 1e-9);
        // the divisors fall with age: a later withdrawal is divided by less
        for (int m = 62 * 12; m < 75 * 12; m++) {
            assertTrue(P.delingstall(1960, m + 1) < P.delingstall(1960, m));
            assertTrue(P.forholdstall(1950, m + 1) < P.forholdstall(1950, m));
        }
        // cohorts after the table use its last row
        assertEquals(P.delingstall(1990, 800), P.delingstall(1999, 800));
    }

    @Test
    void minstepensjonsnivaa_and_garantipensjonsnivaa_come_from_the_published_kroner_amounts() {
        double g = P.grunnbeloep().gjeldende();
        // særskilt sats 257 040 kr at G 118 620 = 2.166920 G; in today's G: 2.166920 x 130 160 = 282 046.25
        assertEquals(282046.25, Sivilstandssats.ENSLIG.minstepensjonsnivaa(P) * g, 0.01);
        // høy 228 726 -> 250 977.71; ordinær 217 359 -> 238 504.87; lav 187 801 -> 206 071.30 (each x 130 160 / 118 620)
        assertEquals(250977.71, Sivilstandssats.EPS_UNDER_2G.minstepensjonsnivaa(P) * g, 0.01);
        assertEquals(238504.87, Sivilstandssats.EPS_OVER_2G.minstepensjonsnivaa(P) * g, 0.01);
        assertEquals(206071.30, Sivilstandssats.EPS_PENSJON.minstepensjonsnivaa(P) * g, 0.01);
        // garantipensjonsnivå høy 227 468 -> 249 597.33, ordinær 210 418 -> 230 888.61
        assertEquals(249597.33, Sivilstandssats.ENSLIG.garantipensjonsnivaa(P) * g, 0.01);
        assertEquals(249597.33, Sivilstandssats.EPS_UNDER_2G.garantipensjonsnivaa(P) * g, 0.01);
        assertEquals(230888.61, Sivilstandssats.EPS_PENSJON.garantipensjonsnivaa(P) * g, 0.01);
        // early withdrawal is measured against the ordinær satser whatever one's own (§ 19-11, § 20-15)
        assertEquals(238504.87, Sivilstandssats.minstepensjonsnivaaForTidligUttak(P) * g, 0.01);
        assertEquals(230888.61, Sivilstandssats.garantipensjonsnivaaForTidligUttak(P) * g, 0.01);
        // the four minstepensjonsnivå satser are ordered as § 19-8 orders them
        assertTrue(Sivilstandssats.ENSLIG.minstepensjonsnivaa(P) > Sivilstandssats.EPS_UNDER_2G.minstepensjonsnivaa(P));
        assertTrue(Sivilstandssats.EPS_UNDER_2G.minstepensjonsnivaa(P) > Sivilstandssats.EPS_OVER_2G.minstepensjonsnivaa(P));
        assertTrue(Sivilstandssats.EPS_OVER_2G.minstepensjonsnivaa(P) > Sivilstandssats.EPS_PENSJON.minstepensjonsnivaa(P));
    }

    @Test
    void the_tables_hold_the_published_figures_and_fall_with_age_and_rise_with_the_cohort() {
        // forholdstall at 67 as NAV lists them with the minste pensjonsnivå satser: 1943 1.000 ... 1954 1.062
        assertEquals(1.000, P.forholdstall(1943, 67 * 12), 1e-9);
        assertEquals(1.005, P.forholdstall(1944, 67 * 12), 1e-9);
        assertEquals(1.020, P.forholdstall(1947, 67 * 12), 1e-9);
        assertEquals(1.055, P.forholdstall(1953, 67 * 12), 1e-9);
        assertEquals(1.062, P.forholdstall(1954, 67 * 12), 1e-9);
        assertEquals(1.099, P.forholdstall(1959, 67 * 12), 1e-9);
        // delingstall of 1963 at 62 and 67 as published: 20.06 and 16.02
        assertEquals(20.06, P.delingstall(1963, 62 * 12), 1e-9);
        assertEquals(16.02, P.delingstall(1963, 67 * 12), 1e-9);
        for (int kull = 1943; kull <= 1962; kull++) {
            for (int m = 62 * 12; m < 75 * 12; m++) {
                assertTrue(P.forholdstall(kull, m + 1) < P.forholdstall(kull, m), "forholdstall " + kull + " " + m);
            }
            if (kull > 1943) {
                assertTrue(P.forholdstall(kull, 67 * 12) > P.forholdstall(kull - 1, 67 * 12), "forholdstall rises, " + kull);
            }
        }
        for (int kull = 1954; kull <= 1990; kull++) {
            for (int m = 62 * 12; m < 75 * 12; m++) {
                assertTrue(P.delingstall(kull, m + 1) < P.delingstall(kull, m), "delingstall " + kull + " " + m);
            }
            if (kull > 1954) {
                assertTrue(P.delingstall(kull, 67 * 12) >= P.delingstall(kull - 1, 67 * 12), "delingstall rises, " + kull);
            }
        }
    }

    @Test
    void garantitillegg_makes_up_what_the_2009_opptjening_gave_by_kapittel_19() {
        // born 1958: trygdetid to 2009 is 2009 - 1974 + 1 = 36 years (under the 40 at withdrawal)
        assertEquals(36, Garantitillegg.trygdetid2009(1958, 40));
        assertEquals(20, Garantitillegg.trygdetid2009(1958, 20));
        assertTrue(Garantitillegg.gjelder(1954) && Garantitillegg.gjelder(1962));
        assertFalse(Garantitillegg.gjelder(1953) || Garantitillegg.gjelder(1963));
        // kapittel 19 on 2009: sluttpoengtall 5, 10 poengår to 1991 and 18 from 1992, single, tt 36, forholdstall 1.091
        //   GP = 130 160 x 36/40 = 117 144; TP = 130 160 x 5 x (0.45 x 10 + 0.42 x 18) / 40 = 196 216.20;
        //   PT = max(0, 282 046.25 x 36/40 - GP - TP) = 0; (117 144 + 196 216.20) / 1.091 = 287 222.91
        double k19 = Garantitillegg.kapittel19Ved67(Sivilstandssats.ENSLIG, 130160, 36, 5, 10, 18, 1.091, P);
        assertEquals(287222.91, k19, 0.01);
        // kapittel 20 on 2009: beholdning 2 000 000, delingstall 15.45; garantipensjonsnivå 249 597.33 x 36/40 = 224 637.59,
        //   garantipensjonsbeholdning 224 637.59 x 15.45 - 0.8 x 2 000 000 = 1 870 650.83;
        //   (2 000 000 + 1 870 650.83) / 15.45 = 250 527.56
        double k20 = Garantitillegg.kapittel20Ved67(Sivilstandssats.ENSLIG, 130160, 36, 2_000_000, 15.45, P);
        assertEquals(250527.56, k20, 0.01);
        // the difference 36 695.35 a year, kept as 36 695.35 x 15.45 = 566 943.21
        assertEquals(566943.21, Garantitillegg.beholdning(k19, k20, 15.45), 0.01);
        // the new rules give more: no tillegg
        assertEquals(0, Garantitillegg.beholdning(k20, k19, 15.45));
    }

    @Test
    void uforegrad_ved_omregning_is_the_degree_the_day_before_the_pension_replaces_it() {
        // born 15 March 1958: the month after 67 is April 2025, so the degree on 31 March 2025 counts
        LocalDate fd = LocalDate.of(1958, 3, 15);
        var ufore = List.of(new Uforeperiode(LocalDate.of(2020, 5, 1), LocalDate.of(2024, 4, 30), 50),
                new Uforeperiode(LocalDate.of(2024, 5, 1), null, 80));
        assertEquals(80, Alderspensjonsberegning.uforegradVedOmregning(fd, LocalDate.of(2025, 4, 1), ufore));
        assertEquals(80, Alderspensjonsberegning.uforegradVedOmregning(fd, LocalDate.of(2028, 1, 1), ufore));
        // before 67 nothing is converted; without uføretrygd, or when it stopped before 67, nothing either
        assertEquals(0, Alderspensjonsberegning.uforegradVedOmregning(fd, LocalDate.of(2025, 3, 1), ufore));
        assertEquals(0, Alderspensjonsberegning.uforegradVedOmregning(fd, LocalDate.of(2025, 4, 1), List.of()));
        assertEquals(0, Alderspensjonsberegning.uforegradVedOmregning(fd, LocalDate.of(2025, 4, 1),
                List.of(new Uforeperiode(LocalDate.of(2020, 5, 1), LocalDate.of(2024, 4, 30), 50))));
    }

    @Test
    void cohort_weights() {
        assertEquals(1.0, Kullandel.kapittel19(1943));
        assertEquals(1.0, Kullandel.kapittel19(1953));
        assertEquals(0.9, Kullandel.kapittel19(1954), 1e-12);
        assertEquals(0.1, Kullandel.kapittel20(1954), 1e-12);
        assertEquals(0.1, Kullandel.kapittel19(1962), 1e-12);
        assertEquals(0.9, Kullandel.kapittel20(1962), 1e-12);
        assertEquals(0.0, Kullandel.kapittel19(1963));
        assertThrows(IllegalArgumentException.class, () -> Kullandel.kapittel19(1942));
        // property: the two shares sum to one for every cohort, and the old share never rises with the cohort
        for (int kull = 1943; kull <= 2010; kull++) {
            assertEquals(1.0, Kullandel.kapittel19(kull) + Kullandel.kapittel20(kull), 1e-12, "kull " + kull);
            assertTrue(Kullandel.kapittel19(kull + 1) <= Kullandel.kapittel19(kull));
        }
    }
}

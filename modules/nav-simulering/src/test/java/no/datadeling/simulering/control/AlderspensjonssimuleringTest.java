package no.datadeling.simulering.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.simulering.control.Simuleringsforespoersel.FremtidigInntekt;
import no.datadeling.simulering.control.Simuleringsforespoersel.Uttak;
import no.datadeling.simulering.entity.Opptjening;
import no.datadeling.simulering.entity.Uforeperiode;
import org.junit.jupiter.api.Test;

/** The simulation as a whole: its vilkår (each 400 variant) and the properties the issue asks for, on random histories. */
class AlderspensjonssimuleringTest {

    static final Folketrygdparametre P = Folketrygdparametre.standard();
    static final Alderspensjonssimulering SIM = new Alderspensjonssimulering(P);
    static final Alderspensjonsberegning BEREGNING = new Alderspensjonsberegning(P);
    static final int SISTE = 2024;
    static final Foedselsnummer FNR = fnr();

    static Foedselsnummer fnr() {
        for (int i = 100; ; i++) {
            var s = Foedselsnummer.withClassicCheckDigits("010150" + i);
            if (s.isPresent()) {
                return Foedselsnummer.of(s.get());
            }
        }
    }

    /** A career of {@code g} G a year from 22 to 66 (to the last settled year). */
    static Opptjening karriere(int kull, double g, LocalDate lopende, Integer grad) {
        int foerste = Math.max(1967, kull + 17);
        int siste = Math.min(SISTE, kull + 70);
        int[] inntekter = new int[siste - foerste + 1];
        for (int aar = foerste; aar <= siste; aar++) {
            int alder = aar - kull;
            inntekter[aar - foerste] = alder >= 22 && alder <= 66 ? (int) (g * P.grunnbeloep().snitt(aar)) : 0;
        }
        return new Opptjening(foerste, inntekter, lopende, grad);
    }

    static Simuleringsforespoersel foresp(Uttak forste, Uttak helt, int utland, String sivilstand) {
        return new Simuleringsforespoersel(FNR, forste, helt, utland, sivilstand, false, false, List.of(), false);
    }

    static String kode(Runnable r) {
        return assertThrows(ApiException.class, r::run).code().orElseThrow();
    }

    @Test
    void born_1950_full_at_67_gets_kapittel_19_only() {
        LocalDate fd = LocalDate.of(1950, 3, 15);
        var r = SIM.simuler(fd, karriere(1950, 5, null, null), foresp(new Uttak(LocalDate.of(2017, 4, 1), 100), null, 0, "UGIF"), SISTE);
        var periode = r.perioder().get(0);
        assertEquals(LocalDate.of(2017, 4, 1), periode.datoFom());
        assertEquals(List.of("GP", "TP", "PT", "MIN_NIVA_TILL_INDV"), List.copyOf(periode.delytelser().keySet()));
        // 5 G a year from 22 to 66 (1972..2016): 4 points each year, 45 poengår, 20 to 1991 and 25 from 1992
        Beregningspunkt b = r.punkter().get(0);
        assertEquals(4.0, b.sluttpoengtall(), 1e-9);
        assertEquals(20, b.poengaarTom1991());
        assertEquals(25, b.poengaarFom1992());
        // TP = 130 160 x 4 x (0.45 x 20 + 0.42 x 25) x 40/45 / 40 = 130 160 x 4 x 0.43333 = 225 610.67
        assertEquals(130160 * 4 * (0.45 * 20 + 0.42 * 25) * 40.0 / 45 / 40, b.tilleggspensjon(), 1e-6);
        assertEquals(periode.arligUtbetaling(), periode.delytelser().values().stream().mapToInt(Integer::intValue).sum());
        // yearly periods to the year one turns 77
        assertEquals(LocalDate.of(2027, 1, 1), r.perioder().get(r.perioder().size() - 1).datoFom());
    }

    @Test
    void born_1958_mixes_five_tenths_of_each_chapter() {
        LocalDate fd = LocalDate.of(1958, 6, 2);
        var r = SIM.simuler(fd, karriere(1958, 5, null, null), foresp(new Uttak(LocalDate.of(2025, 7, 1), 100), null, 0, "UGIF"), SISTE);
        Beregningspunkt b = r.punkter().get(0);
        assertEquals(0.5, b.andel19(), 1e-12);
        assertEquals(0.5, b.andel20(), 1e-12);
        var d = r.perioder().get(0).delytelser();
        assertEquals(Math.round(0.5 * b.inntektspensjon()), d.get("IP").longValue());
        assertEquals(Math.round(0.5 * b.grunnpensjon() / b.forholdstall()), d.get("GP").longValue());
    }

    @Test
    void graded_withdrawal_then_full() {
        LocalDate fd = LocalDate.of(1962, 1, 10);
        var r = SIM.simuler(fd, karriere(1962, 6, null, null), new Simuleringsforespoersel(FNR, new Uttak(LocalDate.of(2026, 2, 1), 50),
                new Uttak(LocalDate.of(2029, 2, 1), 100), 0, "GIFT", false, true,
                List.of(new FremtidigInntekt(LocalDate.of(2025, 1, 1), 400000)), false), SISTE);
        assertEquals(2, r.punkter().size());
        var foer = r.perioder().stream().filter(p -> p.datoFom().equals(LocalDate.of(2026, 2, 1))).findFirst().orElseThrow();
        var etter = r.perioder().stream().filter(p -> p.datoFom().equals(LocalDate.of(2029, 2, 1))).findFirst().orElseThrow();
        assertEquals(50, foer.uttaksgrad());
        assertEquals(100, etter.uttaksgrad());
        assertTrue(etter.arligUtbetaling() > 2 * foer.arligUtbetaling() * 0.9, "the full withdrawal is about twice the half");
        assertEquals(Sivilstandssats.EPS_OVER_2G, r.sats());
    }

    @Test
    void born_1958_with_a_good_career_before_2010_gets_a_garantitillegg_in_kapittel_20s_share() {
        // 6 G from 22 to 2009 gives 5 points a year by kapittel 19 but only 18.1 % of 6 G a year by kapittel 20: § 20-20
        // makes up the difference (computed in RegelTest); it is paid as beholdning / delingstall, in the 5/10 share
        LocalDate fd = LocalDate.of(1958, 6, 2);
        var r = SIM.simuler(fd, karriere(1958, 6, null, null), foresp(new Uttak(LocalDate.of(2025, 7, 1), 100), null, 0, "UGIF"), SISTE);
        Beregningspunkt b = r.punkter().get(0);
        assertTrue(b.garantitilleggsbeholdning() > 0, "a tillegg: " + b);
        assertEquals(b.garantitilleggsbeholdning() / b.delingstall(), b.garantitillegg(), 1e-9);
        var d = r.perioder().get(0).delytelser();
        assertEquals(List.of("GP", "TP", "PT", "MIN_NIVA_TILL_INDV", "IP", "GAP", "GAT"), List.copyOf(d.keySet()));
        assertEquals(Math.round(0.5 * b.garantitillegg()), d.get("GAT").longValue());
        // born 1963 or 1953: no such rule, no GAT
        assertFalse(SIM.simuler(LocalDate.of(1963, 6, 2), karriere(1963, 6, null, null),
                foresp(new Uttak(LocalDate.of(2030, 7, 1), 100), null, 0, "UGIF"), SISTE).perioder().get(0).delytelser().containsKey("GAT"));
        assertFalse(SIM.simuler(LocalDate.of(1953, 6, 2), karriere(1953, 6, null, null),
                foresp(new Uttak(LocalDate.of(2020, 7, 1), 100), null, 0, "UGIF"), SISTE).perioder().get(0).delytelser().containsKey("GAT"));
    }

    @Test
    void an_uforetrygdet_gets_the_degree_at_67_as_uforegradVedOmregning() {
        LocalDate fd = LocalDate.of(1958, 6, 2);
        Opptjening o = karriere(1958, 4, null, null);
        Opptjening ufor = new Opptjening(o.foersteAar(), o.inntekter(), null, null,
                List.of(new Uforeperiode(LocalDate.of(2019, 3, 1), null, 60)));
        var ved67 = SIM.simuler(fd, ufor, foresp(new Uttak(LocalDate.of(2025, 7, 1), 100), null, 0, "UGIF"), SISTE);
        assertEquals(60, ved67.punkter().get(0).uforegradVedOmregning());
        // the same person without uføretrygd: 0; an early withdrawal (at 64) converts nothing: 0
        assertEquals(0, SIM.simuler(fd, o, foresp(new Uttak(LocalDate.of(2025, 7, 1), 100), null, 0, "UGIF"), SISTE)
                .punkter().get(0).uforegradVedOmregning());
        var tidlig = SIM.simuler(fd, ufor, foresp(new Uttak(LocalDate.of(2022, 7, 1), 50), new Uttak(LocalDate.of(2025, 7, 1), 100),
                0, "UGIF"), SISTE);
        assertEquals(0, tidlig.punkter().get(0).uforegradVedOmregning());
        assertEquals(60, tidlig.punkter().get(1).uforegradVedOmregning());
    }

    @Test
    void property_the_garantitillegg_never_lowers_the_pension_and_is_paid_only_to_1954_to_1962() {
        SplittableRandom r = new SplittableRandom(20092010);
        for (int n = 0; n < 400; n++) {
            Tilfeldig t = new Tilfeldig(r);
            Beregningspunkt b = t.ved(62 * 12 + r.nextInt(13 * 12));
            assertTrue(b.garantitilleggsbeholdning() >= 0);
            assertEquals(Garantitillegg.gjelder(t.kull), b.delytelser().containsKey("GAT"), "kull " + t.kull);
            if (!Garantitillegg.gjelder(t.kull)) {
                assertEquals(0.0, b.garantitilleggsbeholdning());
            }
        }
    }

    @Test
    void each_refusal_has_its_code() {
        Opptjening vanlig = karriere(1960, 5, null, null);
        LocalDate fd = LocalDate.of(1960, 5, 5);
        Uttak ved67 = new Uttak(LocalDate.of(2027, 6, 1), 100);
        assertEquals("FodtFor1943", kode(() -> SIM.simuler(LocalDate.of(1942, 12, 31), vanlig, foresp(ved67, null, 0, "UGIF"), SISTE)));
        assertEquals("GammeltRegelverk", kode(() -> SIM.simuler(LocalDate.of(1943, 2, 1), karriere(1943, 5, LocalDate.of(2010, 3, 1), 100),
                foresp(null, null, 0, "UGIF"), SISTE)));
        assertEquals("IkkelopendeYtelse", kode(() -> SIM.simuler(fd, vanlig, foresp(null, null, 0, "UGIF"), SISTE)));
        assertEquals("KortTrygdetid", kode(() -> SIM.simuler(fd, vanlig, foresp(ved67, null, 48, "UGIF"), SISTE)));
        // 1 G a year: nothing close to the minimum level when taken at 62
        assertEquals("LavtTidligUttak", kode(() -> SIM.simuler(fd, karriere(1960, 1.2, null, null),
                foresp(new Uttak(LocalDate.of(2022, 6, 1), 100), null, 0, "UGIF"), SISTE)));
        // the same low earner at 67 is fine (garantipensjon)
        assertTrue(SIM.simuler(fd, karriere(1960, 1.2, null, null), foresp(ved67, null, 0, "UGIF"), SISTE).perioder().size() > 1);
        assertEquals("SimuleringsGrunnlag", kode(() -> SIM.simuler(fd, vanlig, foresp(new Uttak(LocalDate.of(2021, 6, 1), 100), null, 0, "UGIF"), SISTE)));
        assertEquals("SimuleringsGrunnlag", kode(() -> SIM.simuler(fd, vanlig, foresp(new Uttak(LocalDate.of(2027, 6, 2), 100), null, 0, "UGIF"), SISTE)));
        assertEquals("SimuleringsGrunnlag", kode(() -> SIM.simuler(fd, vanlig, foresp(new Uttak(LocalDate.of(2027, 6, 1), 30), null, 0, "UGIF"), SISTE)));
        assertEquals("SimuleringsGrunnlag", kode(() -> SIM.simuler(fd, vanlig, foresp(new Uttak(LocalDate.of(2027, 6, 1), 40), null, 0, "UGIF"), SISTE)));
        assertEquals("SimuleringsGrunnlag", kode(() -> SIM.simuler(fd, vanlig, foresp(new Uttak(LocalDate.of(2027, 6, 1), 40),
                new Uttak(LocalDate.of(2027, 6, 1), 100), 0, "UGIF"), SISTE)));
        assertEquals("SimuleringsGrunnlag", kode(() -> SIM.simuler(fd, vanlig, foresp(new Uttak(LocalDate.of(2036, 6, 1), 100), null, 0, "UGIF"), SISTE)));
        assertEquals("Annet", kode(() -> SIM.simuler(fd, vanlig, new Simuleringsforespoersel(FNR, ved67, null, 0, "UGIF", false, false,
                List.of(), true), SISTE)));
    }

    @Test
    void running_pension_is_simulated_when_no_withdrawal_is_asked_for() {
        LocalDate fd = LocalDate.of(1955, 8, 20);
        var r = SIM.simuler(fd, karriere(1955, 5, LocalDate.of(2022, 9, 1), 100), foresp(null, null, 0, "UGIF"), SISTE);
        assertTrue(r.harUttak());
        assertTrue(r.harTidligereUttak());
        assertEquals(LocalDate.of(2022, 9, 1), r.perioder().get(0).datoFom());
    }

    /** Random persons: kull 1943..1975, careers 0.3..10 G with gaps, any marital status, some years abroad. */
    static final class Tilfeldig {
        final int kull;
        final LocalDate fd;
        final Opptjening o;
        final int utland;
        final Sivilstandssats sats;

        Tilfeldig(SplittableRandom r) {
            kull = 1943 + r.nextInt(33);
            fd = LocalDate.of(kull, 1 + r.nextInt(12), 1 + r.nextInt(28));
            int foerste = Math.max(1967, kull + 17);
            int siste = Math.min(SISTE, kull + 70);
            int[] inntekter = new int[siste - foerste + 1];
            double nivaa = 0.3 + r.nextDouble() * 10;
            for (int i = 0; i < inntekter.length; i++) {
                inntekter[i] = r.nextInt(100) < 15 ? 0 : (int) (nivaa * (0.7 + r.nextDouble() * 0.6) * P.grunnbeloep().snitt(foerste + i));
            }
            o = new Opptjening(foerste, inntekter, null, null);
            utland = r.nextInt(100) < 20 ? r.nextInt(30) : 0;
            sats = Sivilstandssats.values()[r.nextInt(Sivilstandssats.values().length)];
        }

        Beregningspunkt ved(int alderMaaneder) {
            LocalDate dato = fd.withDayOfMonth(1).plusMonths(alderMaaneder + 1);
            int tt = Trygdetid.anvendt(Alderspensjonsberegning.alderMaaneder(fd, dato) / 12, utland, P);
            return BEREGNING.punkt(fd, o, List.of(), SISTE, dato, Math.max(tt, 5), sats);
        }
    }

    @Test
    void property_a_later_withdrawal_never_gives_a_lower_annual_amount() {
        SplittableRandom r = new SplittableRandom(20261123);
        for (int n = 0; n < 400; n++) {
            Tilfeldig t = new Tilfeldig(r);
            int a = 62 * 12 + r.nextInt(13 * 12);
            int b = a + 1 + r.nextInt(75 * 12 - a);
            double tidlig = t.ved(a).total();
            double sen = t.ved(b).total();
            assertTrue(sen >= tidlig - 1e-6, "kull " + t.kull + ": " + a + " months gives " + tidlig + ", " + b + " gives " + sen);
        }
    }

    @Test
    void property_the_total_never_falls_below_the_guaranteed_level_from_67() {
        SplittableRandom r = new SplittableRandom(19670101);
        for (int n = 0; n < 400; n++) {
            Tilfeldig t = new Tilfeldig(r);
            Beregningspunkt b = t.ved(67 * 12 + r.nextInt(8 * 12));
            double g = P.grunnbeloep().gjeldende();
            double nivaa = b.andel19() * t.sats.minstepensjonsnivaa(P) * g * b.trygdetid() / 40
                    + b.andel20() * t.sats.garantipensjonsnivaa(P) * g * b.trygdetid() / 40;
            assertTrue(b.total() >= nivaa - 1e-6, "kull " + t.kull + ": " + b.total() + " under " + nivaa);
        }
    }

    @Test
    void property_answers_are_deterministic_and_periods_add_up() {
        SplittableRandom r = new SplittableRandom(42);
        for (int n = 0; n < 100; n++) {
            Tilfeldig t = new Tilfeldig(r);
            LocalDate dato = t.fd.withDayOfMonth(1).plusMonths(67 * 12 + 1);
            var f = new Simuleringsforespoersel(FNR, new Uttak(dato, 100), null, t.utland,
                    t.sats == Sivilstandssats.ENSLIG ? "UGIF" : "GIFT", t.sats == Sivilstandssats.EPS_PENSJON,
                    t.sats == Sivilstandssats.EPS_OVER_2G, List.of(), false);
            assertEquals(t.sats, Sivilstandssats.av(f.sivilstand(), f.epsPensjon(), f.eps2G()));
            var a = SIM.simuler(t.fd, t.o, f, SISTE);
            var b = SIM.simuler(t.fd, t.o, f, SISTE);
            assertEquals(a.perioder(), b.perioder());
            for (var p : a.perioder()) {
                assertEquals(p.arligUtbetaling(), p.delytelser().values().stream().mapToInt(Integer::intValue).sum());
                assertFalse(p.arligUtbetaling() <= 0);
            }
        }
    }
}

package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The earnings histories the pension simulation computes from: deterministic, in range, with every case it needs. */
class OpptjeningGeneratorTest {

    private final Populasjon pop = new Populasjon(new PopulasjonSpec(PopulasjonSpec.DEFAULT_SEED, 3000));
    private final OpptjeningGenerator g = new OpptjeningGenerator(pop);

    private List<SyntetiskOpptjening> alle() {
        List<SyntetiskOpptjening> ut = new ArrayList<>();
        pop.forEachPerson(p -> g.opptjening(p).ifPresent(ut::add));
        return ut;
    }

    @Test
    void histories_are_deterministic_and_within_the_rules() {
        List<SyntetiskOpptjening> a = alle();
        List<SyntetiskOpptjening> b = alle();
        assertEquals(a.size(), b.size());
        for (int i = 0; i < a.size(); i++) {
            SyntetiskOpptjening o = a.get(i);
            assertArrayEquals(o.inntekter(), b.get(i).inntekter());
            int kull = o.foedselsdato().getYear();
            assertTrue(kull >= OpptjeningGenerator.FOERSTE_KULL && kull <= OpptjeningGenerator.SISTE_KULL);
            // from the year one turns 17 (folketrygden began in 1967) to the last settled year or 70
            assertEquals(Math.max(1967, kull + 17), o.foersteAar());
            assertEquals(Math.min(OpptjeningGenerator.SISTE_AAR, kull + 70), o.sisteAar());
            for (int inntekt : o.inntekter()) {
                assertTrue(inntekt >= 0 && inntekt < 5_000_000, "income " + inntekt);
            }
            if (o.lopendeUttakFom() != null) {
                assertEquals(1, o.lopendeUttakFom().getDayOfMonth());
                assertTrue(Set.of(20, 40, 50, 60, 80, 100).contains(o.lopendeUttaksgrad()));
                assertTrue(!o.lopendeUttakFom().isBefore(o.foedselsdato().plusYears(62)));
                assertTrue(o.lopendeUttakFom().isBefore(Populasjon.REFERANSEDATO));
            }
        }
    }

    @Test
    void the_population_has_every_case_the_simulation_answers() {
        List<SyntetiskOpptjening> a = alle();
        assertTrue(a.stream().anyMatch(o -> o.foedselsdato().getYear() < 1943), "FodtFor1943");
        assertTrue(a.stream().anyMatch(o -> o.lopendeUttakFom() != null && o.lopendeUttakFom().isBefore(LocalDate.of(2011, 1, 1))
                && o.foedselsdato().getYear() >= 1943), "GammeltRegelverk");
        assertTrue(a.stream().anyMatch(o -> o.lopendeUttakFom() != null && o.lopendeUttaksgrad() < 100), "graded running pension");
        for (int[] gruppe : new int[][] {{1943, 1953}, {1954, 1962}, {1963, 1990}}) {
            assertTrue(a.stream().filter(o -> o.foedselsdato().getYear() >= gruppe[0] && o.foedselsdato().getYear() <= gruppe[1])
                    .count() > 50, "cohort group " + gruppe[0]);
        }
        // low and high earners (garantipensjon and the 7.1 G ceiling have cases): incomes of 2015 (G about 89 500)
        List<Integer> aar2015 = a.stream().filter(o -> o.foersteAar() <= 2015 && o.sisteAar() >= 2015)
                .map(o -> o.inntekter()[2015 - o.foersteAar()]).toList();
        assertTrue(aar2015.stream().anyMatch(i -> i > 0 && i < 150_000), "low earners");
        assertTrue(aar2015.stream().anyMatch(i -> i > 700_000), "earners above 7.1 G");
    }
}

package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AapGeneratorTest {

    private final Populasjon pop = new Populasjon(new PopulasjonSpec(PopulasjonSpec.DEFAULT_SEED, 5000));

    private List<SyntetiskAap> alle() {
        AapGenerator g = new AapGenerator(pop);
        List<SyntetiskAap> ut = new ArrayList<>();
        pop.forEachPerson(p -> g.aap(p).ifPresent(ut::add));
        return ut;
    }

    @Test
    void deterministic_and_about_one_in_fifty_persons() {
        List<SyntetiskAap> alle = alle();
        assertEquals(alle, alle());
        assertTrue(alle.size() > 50 && alle.size() < 250, "persons with AAP: " + alle.size());
    }

    @Test
    void nothing_before_2010_03_01_decisions_follow_each_other_and_meldekort_lie_inside_them() {
        for (SyntetiskAap a : alle()) {
            assertFalse(a.vedtak().isEmpty());
            assertEquals("INNVILGELSE", a.vedtak().get(0).type());
            for (int i = 0; i < a.vedtak().size(); i++) {
                var v = a.vedtak().get(i);
                assertFalse(v.fom().isBefore(AapGenerator.TIDLIGST));
                assertTrue(!v.tom().isBefore(v.fom()));
                if (i > 0) {
                    assertEquals(a.vedtak().get(i - 1).tom().plusDays(1), v.fom());
                }
            }
            var forste = a.vedtak().get(0).fom();
            var siste = a.vedtak().get(a.vedtak().size() - 1).tom();
            for (var m : a.meldekort()) {
                assertEquals(DayOfWeek.MONDAY, m.fom().getDayOfWeek());
                assertFalse(m.fom().isBefore(forste));
                assertFalse(m.tom().isAfter(siste));
                assertEquals(14, m.timer().size());
                assertTrue(m.mottatt().isAfter(m.tom()));
            }
        }
    }
}

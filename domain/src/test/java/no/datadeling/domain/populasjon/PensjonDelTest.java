package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.datadeling.domain.pensjon.Samordning;
import org.junit.jupiter.api.Test;

class PensjonDelTest {

    private final Populasjon pop = new Populasjon(new PopulasjonSpec(PopulasjonSpec.DEFAULT_SEED, 3000));
    private final PensjonGenerator g = new PensjonGenerator(pop);

    private List<SyntetiskPensjon> alle() {
        List<SyntetiskPensjon> ut = new ArrayList<>();
        pop.forEachPerson(p -> g.pensjon(p).ifPresent(ut::add));
        return ut;
    }

    @Test
    void the_same_seed_gives_the_same_pensions() {
        assertEquals(alle(), alle());
    }

    @Test
    void decisions_of_one_kind_follow_each_other_without_overlap_and_only_the_last_runs() {
        List<SyntetiskPensjon> alle = alle();
        assertTrue(alle.stream().anyMatch(s -> s.vedtak().size() > 5), "some pensioners have years of regulations");
        Set<Long> ids = new HashSet<>();
        for (SyntetiskPensjon s : alle) {
            assertFalse(s.forhold().isEmpty());
            List<SyntetiskPensjon.Vedtak> alder = s.vedtak().stream().filter(v -> "ALDER".equals(v.sakType())).toList();
            for (int i = 0; i < alder.size(); i++) {
                var v = alder.get(i);
                assertTrue(ids.add(v.vedtakId()));
                assertFalse(v.virkFom().isBefore(PensjonGenerator.REFORM));
                if (i + 1 < alder.size()) {
                    assertEquals(alder.get(i + 1).virkFom().minusDays(1), v.virkTom());
                    assertEquals("REGULERING", alder.get(i + 1).vedtaksKode());
                } else {
                    assertNull(v.virkTom());
                }
            }
        }
    }

    @Test
    void every_member_decision_becomes_a_vedtakshendelse_of_each_of_the_persons_ordninger_only() {
        for (SyntetiskPensjon s : alle()) {
            for (String tpnr : List.of("3010", "3100", "3200")) {
                boolean medlem = s.forhold().stream().anyMatch(f -> f.tpnr().equals(tpnr));
                List<SamordningHendelser.Hendelse> vedtak = SamordningHendelser.hendelser(s, tpnr).stream()
                        .filter(h -> h.kind().equals(Samordning.VEDTAK)).toList();
                assertEquals(medlem ? s.vedtak().size() : 0, vedtak.size());
                for (SamordningHendelser.Hendelse h : vedtak) {
                    var o = Json.createReader(new StringReader(h.innhold())).readObject();
                    assertEquals(s.ident(), o.getString("identifikator"));
                    assertTrue(o.getString("samId").endsWith(tpnr));
                    assertEquals(h.kategori(), o.getString("ytelsesType"));
                }
            }
        }
    }

    @Test
    void every_event_content_is_a_json_object_and_the_development_ordning_has_the_largest_feed() {
        int utvikling = 0;
        int annen = 0;
        for (SyntetiskPensjon s : alle()) {
            for (SamordningHendelser.Hendelse h : SamordningHendelser.hendelser(s, "3010")) {
                Json.createReader(new StringReader(h.innhold())).readObject();
                assertFalse(h.dato().isAfter(LocalDate.of(2026, 3, 1)));
                utvikling++;
            }
            annen += SamordningHendelser.hendelser(s, "3100").size();
        }
        assertTrue(utvikling > 2 * annen, utvikling + " vs " + annen);
        assertTrue(utvikling > 3000 / 2, "about one event per person: " + utvikling);
    }
}

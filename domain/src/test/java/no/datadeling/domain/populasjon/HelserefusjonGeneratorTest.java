package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.datadeling.domain.helserefusjon.Egenandelstak;
import org.junit.jupiter.api.Test;

class HelserefusjonGeneratorTest {

    @Test
    void the_generators_tak_is_the_migrations_tak() throws Exception {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/db/migration/V600__nav_helserefusjon.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<Integer, Integer> migrert = new HashMap<>();
        Matcher m = Pattern.compile("\\((\\d{4}), (\\d+), '").matcher(sql);
        while (m.find()) {
            migrert.put(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        assertEquals(Egenandelstak.BELOEP, migrert);
    }

    @Test
    void a_frikortvedtak_follows_exactly_when_the_years_egenandeler_reach_the_tak() {
        Populasjon pop = new Populasjon(new PopulasjonSpec(PopulasjonSpec.DEFAULT_SEED, 5000));
        HelserefusjonGenerator g = new HelserefusjonGenerator(pop);
        List<SyntetiskFrikortvedtak> alle = new ArrayList<>();
        int[] medEgenandeler = {0};
        pop.forEachPerson(p -> {
            List<SyntetiskEgenandel> e = g.egenandeler(p);
            List<SyntetiskFrikortvedtak> v = g.frikortvedtak(p);
            if (!e.isEmpty()) {
                medEgenandeler[0]++;
            }
            for (int aar : HelserefusjonGenerator.AAR) {
                int tak = Egenandelstak.beloep(aar).orElseThrow();
                List<SyntetiskEgenandel> aaret = e.stream().filter(x -> x.dato().getYear() == aar).toList();
                int sum = aaret.stream().mapToInt(SyntetiskEgenandel::beloep).sum();
                var vedtak = v.stream().filter(x -> x.aar() == aar).findFirst();
                assertEquals(sum >= tak, vedtak.isPresent());
                vedtak.ifPresent(x -> {
                    SyntetiskEgenandel siste = aaret.get(aaret.size() - 1);
                    assertEquals(siste.dato(), x.datoTakNaadd(), "nothing is registered after the tak is reached");
                    assertTrue(sum - siste.beloep() < tak, "the last egenandel is the one that reaches the tak");
                    assertEquals(sum, x.sumEgenandeler());
                    assertEquals(tak, x.egenandelstak());
                    assertFalse(x.vedtaksdato().isBefore(x.datoTakNaadd()));
                });
                if (p.foedselsdato().plusYears(16).isAfter(java.time.LocalDate.of(aar, 1, 1))) {
                    assertTrue(aaret.isEmpty(), "children under 16 pay no egenandel");
                }
            }
            alle.addAll(v);
        });
        assertTrue(medEgenandeler[0] > 500, "a part of the population has egenandeler: " + medEgenandeler[0]);
        assertTrue(alle.size() > 200, "and many of them reach the tak: " + alle.size());
        assertEquals(alle.size(), alle.stream().map(SyntetiskFrikortvedtak::vedtakId).distinct().count());
    }
}

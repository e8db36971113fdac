package no.datadeling.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.datadeling.domain.populasjon.PensjonGenerator;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.SamordningHendelser;
import no.datadeling.domain.populasjon.SyntetiskPensjon;

/** {@code sample --kind tpnr|pensjon|aap}: the TP register with each ordning's feed sizes, and persons with pension decisions. */
final class PensjonSample {

    private PensjonSample() {
    }

    static void tpnr(Populasjon pop, PrintStream out) {
        PensjonGenerator g = new PensjonGenerator(pop);
        Map<String, Map<String, Integer>> antall = new LinkedHashMap<>();
        g.ordninger().forEach(t -> {
            Map<String, Integer> n = new LinkedHashMap<>();
            List.of("vedtak", "ytelser", "personer", "manglendeRefusjonskrav").forEach(k -> n.put(k, 0));
            antall.put(t, n);
        });
        pop.forEachPerson(p -> g.pensjon(p).ifPresent(s -> g.ordninger().forEach(t -> SamordningHendelser.hendelser(s, t)
                .forEach(h -> antall.get(t).merge(h.kind(), 1, Integer::sum)))));
        antall.forEach((t, n) -> out.printf("%s  eid av %s%s  hendelser: %s%n", t, g.eier(t).orElseThrow(),
                t.equals(g.ordninger().get(0)) ? " (utviklingsorganisasjonen: dev-tokenet leser denne)" : "", n));
    }

    /** {@code sample --kind aap}: persons with arbeidsavklaringspenger, their decisions and meldekort. */
    static void aap(Populasjon pop, int count, PrintStream out) {
        no.datadeling.domain.populasjon.AapGenerator g = new no.datadeling.domain.populasjon.AapGenerator(pop);
        List<no.datadeling.domain.populasjon.SyntetiskAap> med = new ArrayList<>();
        pop.forEachPerson(p -> g.aap(p).ifPresent(med::add));
        int step = Math.max(1, med.size() / Math.max(1, count));
        for (int i = 0; i < med.size() && i / step < count; i += step) {
            var a = med.get(i);
            var siste = a.vedtak().get(a.vedtak().size() - 1);
            out.printf("%s  %d vedtak %s..%s (%s, dagsats %d), %d meldekort%n", a.ident(), a.vedtak().size(), a.vedtak().get(0).fom(),
                    siste.tom(), siste.status(), siste.dagsats(), a.meldekort().size());
        }
    }

    static void pensjon(Populasjon pop, int count, PrintStream out) {
        PensjonGenerator g = new PensjonGenerator(pop);
        List<SyntetiskPensjon> med = new ArrayList<>();
        pop.forEachPerson(p -> g.pensjon(p).filter(s -> !s.vedtak().isEmpty()).ifPresent(med::add));
        int step = Math.max(1, med.size() / Math.max(1, count));
        for (int i = 0; i < med.size() && i / step < count; i += step) {
            SyntetiskPensjon s = med.get(i);
            SyntetiskPensjon.Vedtak siste = s.vedtak().get(s.vedtak().size() - 1);
            out.printf("%s  tpnr %s  %d vedtak (%s), siste %s %s fra %s, %d kr/mnd%n", s.ident(),
                    String.join(",", s.forhold().stream().map(SyntetiskPensjon.Forhold::tpnr).toList()), s.vedtak().size(),
                    s.vedtak().get(0).regelverk(), siste.sakType(), siste.vedtaksKode(), siste.virkFom(), siste.totalbelopNetto());
        }
    }
}

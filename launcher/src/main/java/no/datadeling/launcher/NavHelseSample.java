package no.datadeling.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.domain.populasjon.MedlemskapsunntakGenerator;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.SyntetiskMedlemskapsunntak;
import no.datadeling.domain.populasjon.SyntetiskTrygdehendelse;
import no.datadeling.domain.populasjon.SyntetiskUforesak;
import no.datadeling.domain.populasjon.UforeGenerator;

/** {@code sample --kind medlemskap|ufore|trygdehendelse}: NAV Helse data of the loaded population, from across it. */
final class NavHelseSample {

    private NavHelseSample() {
    }

    static void medlemskap(Populasjon pop, int count, PrintStream out) {
        MedlemskapsunntakGenerator g = new MedlemskapsunntakGenerator(pop);
        List<List<SyntetiskMedlemskapsunntak>> personer = new ArrayList<>();
        pop.forEachPerson(p -> {
            var m = g.medlemskapsunntak(p);
            if (!m.isEmpty()) {
                personer.add(m);
            }
        });
        spread(personer, count).forEach(list -> {
            StringBuilder sb = new StringBuilder(list.get(0).ident()).append("  ");
            list.forEach(m -> sb.append(String.format("periodeId %d %s..%s %s %s %s (%s)  ", m.unntakId(), m.fraOgMed(), m.tilOgMed(),
                    m.status(), m.medlem() ? "medlem" : "unntatt", m.grunnlag(), m.hjemmelgruppe())));
            out.println(sb.toString().trim());
        });
    }

    static void ufore(Populasjon pop, int count, PrintStream out) {
        UforeGenerator g = new UforeGenerator(pop);
        List<SyntetiskUforesak> saker = new ArrayList<>();
        pop.forEachPerson(p -> g.uforesak(p).ifPresent(saker::add));
        spread(saker, count).forEach(s -> {
            var perioder = s.beregningsperioder();
            out.printf("%s  %s%s%n", s.ident(), s.status(), perioder.isEmpty() ? "" : String.format(
                    "  virkning %s, %d beregningsperioder %s..%s, uføregrad %d", s.forsteVirkningstidspunkt(), perioder.size(),
                    perioder.get(0).fom(), perioder.get(perioder.size() - 1).tom() == null ? "" : perioder.get(perioder.size() - 1).tom(),
                    perioder.get(perioder.size() - 1).uforegrad()));
        });
    }

    static void trygdehendelser(Populasjon pop, int count, PrintStream out) {
        List<SyntetiskTrygdehendelse> hendelser = new MedlemskapsunntakGenerator(pop).trygdehendelser();
        out.printf("%d events loaded (hendelsesnummer 1..%d); live changes continue from %d%n", hendelser.size(), hendelser.size(),
                hendelser.size() + 1);
        spread(hendelser, count).forEach(h -> out.printf("%d  %s  periodeId %d  %s  %s  %s%n", h.hendelsesnummer(), h.type(),
                h.periodeId(), h.personident(), h.hjemmelgruppe(), h.opprettet()));
    }

    private static <T> List<T> spread(List<T> all, int count) {
        int step = Math.max(1, all.size() / Math.max(1, count));
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size() && out.size() < count; i += step) {
            out.add(all.get(i));
        }
        return out;
    }
}

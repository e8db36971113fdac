package no.datadeling.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.domain.populasjon.HelserefusjonGenerator;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.SyntetiskFrikortvedtak;
import no.datadeling.domain.populasjon.SyntetiskPerson;
import no.datadeling.domain.populasjon.SyntetiskSamhandler;

/** {@code sample --kind frikort|samhandler}: NAV Helserefusjon data of the loaded population, from across it. */
final class HelserefusjonSample {

    private HelserefusjonSample() {
    }

    record PersonMedFrikort(SyntetiskPerson person, List<SyntetiskFrikortvedtak> vedtak) {
    }

    static void frikort(Populasjon pop, int count, PrintStream out) {
        HelserefusjonGenerator g = new HelserefusjonGenerator(pop);
        List<PersonMedFrikort> alle = new ArrayList<>();
        pop.forEachPerson(p -> {
            var v = g.frikortvedtak(p);
            if (!v.isEmpty()) {
                alle.add(new PersonMedFrikort(p, v));
            }
        });
        spread(alle, count).forEach(x -> {
            StringBuilder sb = new StringBuilder(String.format("%s  %s %s%s", x.person().foedselsnummer(), x.person().fornavn(),
                    x.person().mellomnavn() == null ? "" : x.person().mellomnavn() + " ", x.person().etternavn()));
            x.vedtak().forEach(v -> sb.append(String.format("  vedtakId %d: %d tak %d nådd %s", v.vedtakId(), v.aar(),
                    v.egenandelstak(), v.datoTakNaadd())));
            out.println(sb);
        });
    }

    static void samhandlere(Populasjon pop, int count, PrintStream out) {
        List<SyntetiskSamhandler> sar = new HelserefusjonGenerator(pop).samhandlere();
        spread(sar, count).forEach(s -> out.printf("%s  %-4s  %s%s%n", s.samhandlerId(), s.samhandlertype(), s.navn(),
                s.hprNummer() == null ? "" : "  HPR " + s.hprNummer()));
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

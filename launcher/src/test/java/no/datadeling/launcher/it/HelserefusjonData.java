package no.datadeling.launcher.it;

import java.util.ArrayList;
import java.util.List;
import no.datadeling.domain.populasjon.HelserefusjonGenerator;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.SyntetiskFrikortvedtak;
import no.datadeling.domain.populasjon.SyntetiskPerson;

/** NAV Helserefusjon test data computed from the generator the server loaded. */
final class HelserefusjonData {

    record PersonMedFrikort(SyntetiskPerson person, List<SyntetiskFrikortvedtak> vedtak) {
    }

    private static List<PersonMedFrikort> frikort;

    private HelserefusjonData() {
    }

    static HelserefusjonGenerator generator() {
        return new HelserefusjonGenerator(new Populasjon(DatadelingServer.server().population()));
    }

    static synchronized List<PersonMedFrikort> frikort() {
        if (frikort == null) {
            Populasjon pop = new Populasjon(DatadelingServer.server().population());
            HelserefusjonGenerator g = new HelserefusjonGenerator(pop);
            List<PersonMedFrikort> ut = new ArrayList<>();
            pop.forEachPerson(p -> {
                var v = g.frikortvedtak(p);
                if (!v.isEmpty()) {
                    ut.add(new PersonMedFrikort(p, v));
                }
            });
            frikort = List.copyOf(ut);
        }
        return frikort;
    }
}

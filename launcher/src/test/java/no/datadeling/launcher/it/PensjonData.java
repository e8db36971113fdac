package no.datadeling.launcher.it;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.datadeling.domain.populasjon.PensjonGenerator;
import no.datadeling.domain.populasjon.SamordningHendelser;
import no.datadeling.domain.populasjon.SyntetiskPensjon;

/** NAV Pensjon test data computed from the generator the server loaded: members, decisions, and each loaded feed. */
final class PensjonData {

    /** The launcher's dev organisation owns 3010; 3100 belongs to a synthetic organisation. */
    static final String EGEN_TPNR = "3010";
    static final String ANNEN_TPNR = "3100";

    private static List<SyntetiskPensjon> pensjoner;
    private static final Map<String, List<SamordningHendelser.Hendelse>> FEEDS = new LinkedHashMap<>();

    private PensjonData() {
    }

    static synchronized List<SyntetiskPensjon> pensjoner() {
        if (pensjoner == null) {
            var pop = NavHelseData.pop();
            PensjonGenerator g = new PensjonGenerator(pop);
            List<SyntetiskPensjon> ut = new ArrayList<>();
            pop.forEachPerson(p -> g.pensjon(p).ifPresent(ut::add));
            pensjoner = List.copyOf(ut);
        }
        return pensjoner;
    }

    /** The feed {@code kind} of {@code tpnr} as the population loaded it, in number order (index 0 = number 1). */
    static synchronized List<SamordningHendelser.Hendelse> feed(String kind, String tpnr) {
        return FEEDS.computeIfAbsent(kind + "/" + tpnr, k -> {
            List<SamordningHendelser.Hendelse> ut = new ArrayList<>();
            for (SyntetiskPensjon s : pensjoner()) {
                SamordningHendelser.hendelser(s, tpnr).stream().filter(h -> h.kind().equals(kind)).forEach(ut::add);
            }
            ut.sort(SamordningHendelser.ORDEN);
            return List.copyOf(ut);
        });
    }

    /** A person of the population without any tjenestepensjonsforhold. */
    static no.datadeling.domain.populasjon.SyntetiskPerson personUtenPensjon() {
        var medlemmer = pensjoner().stream().map(SyntetiskPensjon::ident).collect(java.util.stream.Collectors.toSet());
        return NavHelseData.personer().stream().filter(p -> !medlemmer.contains(p.foedselsnummer())).findFirst().orElseThrow();
    }

    static boolean medlem(SyntetiskPensjon s, String tpnr) {
        return s.forhold().stream().anyMatch(f -> f.tpnr().equals(tpnr));
    }
}

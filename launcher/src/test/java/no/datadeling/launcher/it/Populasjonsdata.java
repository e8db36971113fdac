package no.datadeling.launcher.it;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.PopulasjonSpec;
import no.datadeling.domain.populasjon.SyntetiskArbeidsforhold;
import no.datadeling.domain.populasjon.SyntetiskPerson;

/** Test data from the same generator the server loaded: what the database must hold, computed independently. */
public final class Populasjonsdata {

    public record Relasjon(SyntetiskPerson person, String oppdragsgiver, List<SyntetiskArbeidsforhold> perioder) {
        public boolean aktivIdag() {
            LocalDate idag = LocalDate.now(ZoneId.of("Europe/Oslo"));
            return perioder.stream().anyMatch(p -> !p.startdato().isAfter(idag)
                    && (p.sluttdato() == null || !p.sluttdato().isBefore(idag)));
        }
    }

    private static List<Relasjon> relasjoner;

    private Populasjonsdata() {
    }

    public static synchronized List<Relasjon> relasjoner() {
        if (relasjoner == null) {
            relasjoner = relasjoner(DatadelingServer.server().population());
        }
        return relasjoner;
    }

    /** Every (person, oppdragsgiver) relation of a population, its periods sorted by start date. */
    public static List<Relasjon> relasjoner(PopulasjonSpec spec) {
        Populasjon pop = new Populasjon(spec);
        List<Relasjon> out = new ArrayList<>();
        pop.forEachPerson(p -> {
            List<SyntetiskArbeidsforhold> af = pop.arbeidsforhold(p);
            af.stream().map(SyntetiskArbeidsforhold::oppdragsgiver).distinct().forEach(org -> out.add(new Relasjon(p, org,
                    af.stream().filter(a -> a.oppdragsgiver().equals(org))
                            .sorted(Comparator.comparing(SyntetiskArbeidsforhold::startdato)).toList())));
        });
        return List.copyOf(out);
    }

    public static Relasjon relasjon(Predicate<Relasjon> condition) {
        return relasjoner().stream().filter(condition).findFirst()
                .orElseThrow(() -> new IllegalStateException("the synthetic population has no such relation"));
    }

    public static Optional<SyntetiskPerson> personUtenRelasjonTil(String org) {
        return relasjoner().stream().map(Relasjon::person)
                .filter(p -> relasjoner().stream().noneMatch(r -> r.person().equals(p) && r.oppdragsgiver().equals(org)))
                .findFirst();
    }

    public static String path(String org, String fnr) {
        return "arbeidsforholdioppdrag/v1/arbeidstilsynetHmsKort/oppdragsgiver/" + org + "/arbeidstaker/" + fnr;
    }
}

package no.datadeling.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import no.datadeling.domain.populasjon.Folkeregister;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.SyntetiskPerson;

/**
 * Folkeregisteret persons worth trying, regenerated from the population (like Skatteetaten's Tenor): families,
 * history, D-numbers, protected addresses, vergemål, deaths, emigrants, archived versions, doublets.
 */
final class FolkeregisterSample {

    static final List<String> KINDS = List.of("familie", "historikk", "dnummer", "adressebeskyttelse", "verge", "doed", "utflyttet",
            "persondokument", "dublett");

    private FolkeregisterSample() {
    }

    static void run(Populasjon pop, String kind, int count, PrintStream out) {
        Folkeregister reg = new Folkeregister(pop);
        Predicate<Folkeregister.Person> krav = switch (kind) {
            case "familie" -> p -> reg.ektefelle(p.person().nummer()).isPresent() && !reg.barn(p.person().nummer()).isEmpty();
            case "historikk", "persondokument" -> p -> p.versjoner().size() >= 3;
            case "dnummer" -> p -> p.person().erDNummer();
            case "adressebeskyttelse" -> p -> reg.adressebeskyttelse(p.person().nummer()).isPresent();
            case "verge" -> p -> reg.verge(p.person().nummer()).isPresent();
            case "doed" -> p -> "doed".equals(p.person().personstatus());
            case "utflyttet" -> p -> "utflyttet".equals(p.person().personstatus());
            case "dublett" -> p -> reg.erDublett(p.person().nummer());
            default -> throw new Args.UsageException("unknown --kind " + kind);
        };
        List<Folkeregister.Person> funnet = new ArrayList<>();
        pop.forEachPerson(sp -> {
            if (funnet.size() < count) {
                Folkeregister.Person p = reg.person(sp);
                if (krav.test(p)) {
                    funnet.add(p);
                }
            }
        });
        for (Folkeregister.Person p : funnet) {
            SyntetiskPerson sp = p.person();
            int n = sp.nummer();
            String hvem = sp.foedselsnummer() + "  " + (sp.fornavn() + " " + sp.etternavn()).toUpperCase(Locale.ROOT) + "  " + sp.foedselsdato()
                    + "  " + sp.personstatus();
            switch (kind) {
                case "familie" -> out.printf("%s  ektefelle %s  barn %s%n", hvem, reg.ektefelle(n).orElse("-"), String.join(",", reg.barn(n)));
                case "historikk" -> out.printf("%s  %d versjoner, gjeldende %s%n", hvem, p.versjoner().size(),
                        p.gjeldende().persondokumentidentifikator());
                case "persondokument" -> p.versjoner().forEach(v -> out.printf("%s  %s  versjon %d  %s%n",
                        v.persondokumentidentifikator(), sp.foedselsnummer(), v.versjon(), v.ajourholdstidspunkt()));
                case "dnummer", "dublett" -> out.printf("%s  %s%n", hvem, p.identifikatorer().stream()
                        .map(i -> i.type() + "=" + i.verdi()).reduce((a, b) -> a + " " + b).orElse(""));
                case "adressebeskyttelse" -> out.printf("%s  %s%n", hvem, reg.adressebeskyttelse(n).orElseThrow());
                case "verge" -> out.printf("%s  verge %s%n", hvem, reg.verge(n).orElseThrow());
                default -> out.println(hvem);
            }
        }
    }
}

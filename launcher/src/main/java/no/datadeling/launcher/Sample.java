package no.datadeling.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.domain.populasjon.Helseregistre;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.PopulasjonSpec;
import no.datadeling.domain.populasjon.SyntetiskArbeidsforhold;
import no.datadeling.domain.populasjon.SyntetiskHelsepersonell;
import no.datadeling.domain.populasjon.SyntetiskPerson;
import no.datadeling.domain.populasjon.VerktoyKatalog;

/**
 * Prints identifiers that exist in the loaded data set (the generator is deterministic, so the population recorded
 * in the data directory is regenerated rather than read from a database that may be in use).
 */
final class Sample {

    private Sample() {
    }

    static int run(Args a, PrintStream out) throws Exception {
        PopulasjonSpec spec = Server.readPopulationFile(Main.dataDir(a)).orElse(PopulasjonSpec.standard());
        int count = a.intValue("count", 10);
        String kind = a.get("kind").orElse("person");
        Populasjon pop = new Populasjon(spec);
        switch (kind) {
            case "person" -> spread(pop, count).forEach(p -> out.printf("%s  %s %s%s  %s  %s  %s%n", p.foedselsnummer(),
                    p.fornavn(), p.mellomnavn() == null ? "" : p.mellomnavn() + " ", p.etternavn(), p.foedselsdato(),
                    p.identifikatortype(), p.personstatus()));
            case "org" -> pop.organisasjoner().stream().limit(count)
                    .forEach(o -> out.printf("%s  %s (%s)%n", o.organisasjonsnummer(), o.navn(), o.organisasjonsform()));
            case "arbeidsforhold" -> arbeidsforhold(spec, count).forEach(p -> out.printf("%s %s  %d perioder, fra %s%n",
                    p.oppdragsgiver(), p.arbeidstaker(), p.perioder(), p.foerste()));
            case "medlemskap" -> NavHelseSample.medlemskap(pop, count, out);
            case "ufore" -> NavHelseSample.ufore(pop, count, out);
            case "trygdehendelse" -> NavHelseSample.trygdehendelser(pop, count, out);
            case "simulering" -> SimuleringSample.run(pop, count, out);
            case "tpnr" -> PensjonSample.tpnr(pop, out);
            case "pensjon" -> PensjonSample.pensjon(pop, count, out);
            case "aap" -> PensjonSample.aap(pop, count, out);
            case "frikort" -> HelserefusjonSample.frikort(pop, count, out);
            case "samhandler" -> HelserefusjonSample.samhandlere(pop, count, out);
            case "verktoy" -> spreadList(new VerktoyKatalog(pop).verktoy(), count).forEach(v -> out.printf("%s  org %s  %s%s%n",
                    v.verktoyId(), v.organisasjonsnummer(), v.navn(), v.kreverForskrivning() ? "  (krever forskrivning)" : ""));
            case "innbygger" -> {
                Helseregistre registre = new Helseregistre(pop);
                List<SyntetiskPerson> aktive = new ArrayList<>();
                pop.forEachPerson(p -> registre.digitaltAktivFra(p).ifPresent(d -> aktive.add(p)));
                spreadList(aktive, count).forEach(p -> out.printf("%s  %s %s  digitalt aktiv fra %s%n", p.foedselsnummer(),
                        p.fornavn(), p.etternavn(), registre.digitaltAktivFra(p).orElseThrow()));
            }
            case "behandler" -> {
                Helseregistre registre = new Helseregistre(pop);
                List<SyntetiskHelsepersonell> hpr = new ArrayList<>();
                pop.forEachPerson(p -> registre.helsepersonell(p).ifPresent(hpr::add));
                spreadList(hpr, count).forEach(h -> out.printf("%s  %s  %s  %s%n", h.hprNummer(), h.foedselsnummer(), h.kategori(), h.navn()));
            }
            case "veiledningstjeneste" -> new VerktoyKatalog(pop).veiledningstjenester().stream().limit(count)
                    .forEach(t -> out.printf("%s  org %s  %s%n", t.id(), t.organisasjonsnummer(), t.navn()));
            default -> {
                if (!FolkeregisterSample.KINDS.contains(kind)) {
                    throw new Args.UsageException("--kind must be person, org, arbeidsforhold, medlemskap, ufore, trygdehendelse, tpnr, pensjon, aap, simulering, frikort, samhandler, verktoy, innbygger, behandler, veiledningstjeneste or one of " + FolkeregisterSample.KINDS);
                }
                FolkeregisterSample.run(pop, kind, count, out);
            }
        }
        return 0;
    }

    /** {@code count} elements from across the list, not just its beginning. */
    private static <T> List<T> spreadList(List<T> all, int count) {
        int step = Math.max(1, all.size() / Math.max(1, count));
        List<T> out = new ArrayList<>();
        for (int i = 0; i < all.size() && out.size() < count; i += step) {
            out.add(all.get(i));
        }
        return out;
    }

    private static List<SyntetiskPerson> spread(Populasjon pop, int count) {
        int n = pop.spec().antallPersoner();
        int step = Math.max(1, n / Math.max(1, count));
        List<SyntetiskPerson> out = new ArrayList<>();
        pop.forEachPerson(p -> {
            if (p.nummer() % step == 0 && out.size() < count) {
                out.add(p);
            }
        });
        return out;
    }

    record Par(String oppdragsgiver, String arbeidstaker, int perioder, java.time.LocalDate foerste) {
    }

    /** Oppdragsgiver–arbeidstaker pairs, one per person, from across the population. */
    static List<Par> arbeidsforhold(PopulasjonSpec spec, int count) {
        Populasjon pop = new Populasjon(spec);
        List<Par> out = new ArrayList<>();
        pop.forEachPerson(p -> {
            if (out.size() >= count) {
                return;
            }
            List<SyntetiskArbeidsforhold> af = pop.arbeidsforhold(p);
            if (!af.isEmpty()) {
                String org = af.get(0).oppdragsgiver();
                List<SyntetiskArbeidsforhold> same = af.stream().filter(x -> x.oppdragsgiver().equals(org)).toList();
                out.add(new Par(org, p.foedselsnummer(), same.size(), same.get(0).startdato()));
            }
        });
        return out;
    }
}

package no.datadeling.domain.populasjon;

import static no.datadeling.domain.populasjon.Livsfakta.INGEN;
import static no.datadeling.domain.populasjon.Livsfakta.mellom;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import no.datadeling.domain.folkeregister.Persondokumenttekst;
import no.datadeling.infra.ident.Foedselsnummer;

/**
 * The synthetic Folkeregister: for every person of a {@link Populasjon}, the person document in every version it
 * has had (each with its own 32-hex persondokumentidentifikator), with names, birth, statuses, sivilstand, addresses,
 * citizenship, family relations that agree in both directions, D-numbers, foreign identifiers, adressebeskyttelse,
 * vergemål, and history. Deterministic from the population's seed; the persons themselves (number, name, gender,
 * birth date, status) are exactly the population's.
 *
 * <p>Data that existed before the modern register went live was migrated from the old one (DSF) on
 * {@link #MIGRERINGSDATO}: that first version already holds the older history. Every later event (birth, move,
 * marriage, divorce, a child's birth, death, emigration, ...) is a new version of each document it touches.
 */
public final class Folkeregister {

    public static final LocalDate MIGRERINGSDATO = LocalDate.of(2019, 10, 1);

    /** One version of a person document. */
    public record Persondokument(String persondokumentidentifikator, int versjon, OffsetDateTime ajourholdstidspunkt,
                                 Persondokumenttekst dokument) {

        /** The whole document's JSON text. */
        public String json() {
            return dokument.tekst();
        }
    }

    /** What entydig søk matches on besides identifiers: the current name and address. */
    public record Soekedata(String navn, String adressenavn, String husnummer, String husbokstav, String postnummer,
                            String adressegradering) {
    }

    /** An identifier other than the current fødsels- or D-nummer that finds the person (type as the API names it). */
    public record Identifikator(String type, String verdi) {
    }

    /** Everything the register holds about one person: versions oldest first, the last is the current one. */
    public record Person(SyntetiskPerson person, List<Persondokument> versjoner, Soekedata soek,
                         List<Identifikator> identifikatorer) {
        public Persondokument gjeldende() {
            return versjoner.get(versjoner.size() - 1);
        }
    }

    final Populasjon pop;
    final Livsfakta f;
    final Familier fam;
    final Husholdninger hus;
    final int[] verge;
    final int[] vergeFra;
    final Map<Integer, Integer> dublettAv = new HashMap<>();

    public Folkeregister(Populasjon pop) {
        this.pop = pop;
        this.f = new Livsfakta(pop);
        this.fam = new Familier(f);
        this.hus = new Husholdninger(f, fam);
        this.verge = new int[f.n];
        this.vergeFra = new int[f.n];
        Arrays.fill(verge, -1);
        Map<Byte, Integer> venter = new HashMap<>();
        for (int i = 0; i < f.n; i++) {
            velgVerge(i);
            if (f.dnr[i]) {
                // the same foreign person registered twice (a doublet): two D-numbers, one foreign identifier
                Integer forrige = venter.remove(f.etternavn[i]);
                if (forrige != null && pop.random("folkeregister-dublett", i).nextInt(100) < 30) {
                    dublettAv.put(i, forrige);
                } else {
                    venter.put(f.etternavn[i], i);
                }
            }
        }
    }

    /** About 5% of those over 80 and 0.4% of other adults living in Norway have a verge, often an adult child. */
    private void velgVerge(int i) {
        int ref = (int) Populasjon.REFERANSEDATO.toEpochDay();
        if (!f.bosatt(i) || f.dnr[i] || f.alder(i, ref) < 18) {
            return;
        }
        SplittableRandom r = pop.random("folkeregister-verge", i);
        if (r.nextInt(1000) >= (f.alder(i, ref) >= 80 ? 50 : 4)) {
            return;
        }
        int valgt = -1;
        for (int b : fam.barn(i)) {
            if (valgt < 0 && f.bosatt(b) && f.alder(b, ref) >= 25 && r.nextInt(100) < 60) {
                valgt = b;
            }
        }
        for (int forsoek = 0; valgt < 0 && forsoek < 40; forsoek++) {
            int j = r.nextInt(f.n);
            int alder = f.alder(j, ref);
            if (j != i && f.bosatt(j) && !f.dnr[j] && alder >= 25 && alder <= 75) {
                valgt = j;
            }
        }
        if (valgt >= 0) {
            verge[i] = valgt;
            int fra = Math.max(Math.max(Familier.plusAar(f.foedt[i], 18), hus.ankomst(i)), (int) LocalDate.of(2013, 7, 1).toEpochDay());
            vergeFra[i] = mellom(fra, ref - 1, r);
        }
    }

    /** The register's content for one person of the population. */
    public Person person(SyntetiskPerson p) {
        Historikk h = new Historikk(this, p);
        new Personhistorikk(h).bygg();
        new Relasjonshistorikk(h).bygg();
        new Adressehistorikk(h).bygg();
        List<Persondokumentbygger.Versjon> versjoner = h.bygger.versjoner();
        SplittableRandom r = pop.random("folkeregister-dokument", p.nummer());
        List<Persondokument> dokumenter = new ArrayList<>(versjoner.size());
        for (Persondokumentbygger.Versjon v : versjoner) {
            byte[] id = new byte[16];
            r.nextBytes(id);
            dokumenter.add(new Persondokument(HexFormat.of().formatHex(id), v.nummer(), v.tidspunkt(), v.dokument()));
        }
        return new Person(p, List.copyOf(dokumenter), h.soekedata(), List.copyOf(h.identifikatorer));
    }

    // ---- facts the launcher and tests read (by person nummer) ------------------------------------------------------

    public Optional<String> mor(int nummer) {
        return fnr(fam.mor[nummer]);
    }

    public Optional<String> far(int nummer) {
        return fnr(fam.far[nummer]);
    }

    public Optional<String> ektefelle(int nummer) {
        return fnr(fam.partner[nummer]);
    }

    public List<String> barn(int nummer) {
        return Arrays.stream(fam.barn(nummer)).mapToObj(f::foedselsnummer).toList();
    }

    public Optional<String> verge(int nummer) {
        return fnr(verge[nummer]);
    }

    public Optional<String> adressebeskyttelse(int nummer) {
        return f.bosatt(nummer) ? Optional.ofNullable(hus.beskyttelse(hus.noekkel(nummer))) : Optional.empty();
    }

    /** The D-number an immigrant had before the fødselsnummer, if any. */
    public Optional<String> tidligereDnummer(int nummer) {
        return Optional.ofNullable(Historikk.tidligereDnummer(this, nummer));
    }

    public boolean erDublett(int nummer) {
        return dublettAv.containsKey(nummer);
    }

    private Optional<String> fnr(int i) {
        return i < 0 ? Optional.empty() : Optional.of(f.foedselsnummer(i));
    }

    /** The D-variant (day + 40) of a fødselsnummer with its own check digits, or null where none can be formed. */
    static String dVariant(String fnr) {
        int dag = Integer.parseInt(fnr.substring(0, 2)) + 40;
        return Foedselsnummer.withClassicCheckDigits(dag + fnr.substring(2, 9)).orElse(null);
    }

    static boolean harDato(int dag) {
        return dag != INGEN;
    }
}

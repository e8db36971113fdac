package no.datadeling.domain.populasjon;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ident.Organisasjonsnummer;

/**
 * The synthetic population generator: deterministic from {@link PopulasjonSpec}, streaming (a million persons never
 * sit in memory), and extensible: later contexts derive their data from the same persons with their own
 * {@link #random(String, int)} stream so adding a context never changes what the others see.
 *
 * <p>Identity numbers are Skatteetaten-style synthetic numbers (month + 80) and unique by construction: every
 * person takes the next slot of a fixed permutation over (birth date × individnummer), skipping slots whose check
 * digits cannot be formed. Individnummer ranges follow the century rules, so a classic number's date and gender
 * (third individnummer digit odd = mann) can be read back from it.
 */
public final class Populasjon {

    /** Data is generated relative to this date, not "today", so the same seed gives the same data on every run. */
    public static final LocalDate REFERANSEDATO = LocalDate.of(2026, 1, 1);
    private static final LocalDate FOERSTE_FOEDSELSDATO = LocalDate.of(1930, 1, 1);
    private static final int DAGER = (int) ChronoUnit.DAYS.between(FOERSTE_FOEDSELSDATO, LocalDate.of(2025, 12, 31)) + 1;
    private static final int INDIVIDER_PER_DAG = 500;
    private static final long PERSON_SLOTS = (long) DAGER * INDIVIDER_PER_DAG;
    private static final long ORG_SLOTS = 9_000_000L;

    private final PopulasjonSpec spec;
    private final long personStep;
    private final long personOffset;
    private final long orgStep;
    private final long orgOffset;
    private List<SyntetiskOrganisasjon> organisasjoner;

    public Populasjon(PopulasjonSpec spec) {
        this.spec = spec;
        SplittableRandom r = new SplittableRandom(spec.seed());
        this.personStep = coprimeStep(PERSON_SLOTS, r);
        this.personOffset = Math.floorMod(r.nextLong(), PERSON_SLOTS);
        this.orgStep = coprimeStep(ORG_SLOTS, r);
        this.orgOffset = Math.floorMod(r.nextLong(), ORG_SLOTS);
    }

    public PopulasjonSpec spec() {
        return spec;
    }

    /** A random stream for (purpose, entity) that no other purpose shares. */
    public SplittableRandom random(String purpose, int nummer) {
        return new SplittableRandom(spec.seed() * 31 + purpose.hashCode() * 1_000_003L + nummer);
    }

    /** Calls {@code sink} with every person in order. */
    public void forEachPerson(Consumer<SyntetiskPerson> sink) {
        long slot = 0;
        for (int nummer = 0; nummer < spec.antallPersoner(); slot++) {
            Optional<SyntetiskPerson> p = personInSlot(nummer, slot);
            if (p.isPresent()) {
                sink.accept(p.get());
                nummer++;
            }
        }
    }

    public List<SyntetiskPerson> personer(int antall) {
        List<SyntetiskPerson> out = new ArrayList<>();
        Populasjon first = new Populasjon(new PopulasjonSpec(spec.seed(), Math.min(antall, spec.antallPersoner())));
        first.forEachPerson(out::add);
        return out;
    }

    private Optional<SyntetiskPerson> personInSlot(int nummer, long k) {
        long slot = Math.floorMod(personOffset + k * personStep, PERSON_SLOTS);
        LocalDate foedselsdato = FOERSTE_FOEDSELSDATO.plusDays(slot % DAGER);
        int individ = (int) (slot / DAGER);
        int individnummer = foedselsdato.getYear() < 2000 ? individ : 500 + individ;
        SplittableRandom r = random("person", (int) k);
        boolean dNummer = r.nextInt(100) < 4;
        int dag = foedselsdato.getDayOfMonth() + (dNummer ? 40 : 0);
        int maaned = foedselsdato.getMonthValue() + 80;
        String ni = String.format("%02d%02d%02d%03d", dag, maaned, foedselsdato.getYear() % 100, individnummer);
        Optional<String> fnr = Foedselsnummer.withClassicCheckDigits(ni);
        if (fnr.isEmpty()) {
            return Optional.empty();
        }
        boolean mann = individnummer % 2 == 1;
        List<String> fornavn = mann ? Navn.MENN : Navn.KVINNER;
        String mellomnavn = r.nextInt(100) < 12 ? pick(Navn.ETTERNAVN, r) : null;
        String status = status(foedselsdato, dNummer, r);
        return Optional.of(new SyntetiskPerson(nummer, fnr.get(), dNummer ? "dNummer" : "foedselsnummer", pick(fornavn, r),
                mellomnavn, pick(Navn.ETTERNAVN, r), mann ? "mann" : "kvinne", foedselsdato, status));
    }

    private static String status(LocalDate foedselsdato, boolean dNummer, SplittableRandom r) {
        if (dNummer) {
            return r.nextInt(100) < 70 ? "midlertidig" : "inaktiv";
        }
        int alder = foedselsdato.until(REFERANSEDATO).getYears();
        int x = r.nextInt(1000);
        if (x < alder / 4) {
            return "doed";
        }
        return x < 40 ? "utflyttet" : "bosatt";
    }

    public List<SyntetiskOrganisasjon> organisasjoner() {
        if (organisasjoner == null) {
            List<SyntetiskOrganisasjon> out = new ArrayList<>(spec.antallOrganisasjoner());
            for (long k = 0; out.size() < spec.antallOrganisasjoner(); k++) {
                long slot = Math.floorMod(orgOffset + k * orgStep, ORG_SLOTS);
                Optional<String> nr = Organisasjonsnummer.withCheckDigit(Long.toString(31_000_000L + slot));
                if (nr.isPresent()) {
                    SplittableRandom r = random("organisasjon", out.size());
                    String form = r.nextInt(100) < 75 ? "AS" : r.nextInt(100) < 70 ? "ENK" : "NUF";
                    String navn = pick(Navn.ETTERNAVN, r) + " " + pick(Navn.BRANSJER, r) + ("ENK".equals(form) ? "" : " " + form);
                    out.add(new SyntetiskOrganisasjon(out.size(), nr.get(), navn, form, pick(Navn.KOMMUNER, r)));
                }
            }
            organisasjoner = List.copyOf(out);
        }
        return organisasjoner;
    }

    /**
     * The person's employment relations, one element per period. About half of working-age persons have one or two
     * oppdragsgivere: either one long employment (often ongoing) or a series of short assignments like the seed's example.
     */
    public List<SyntetiskArbeidsforhold> arbeidsforhold(SyntetiskPerson p) {
        int alder = p.foedselsdato().until(REFERANSEDATO).getYears();
        if (alder < 18 || alder > 67 || "doed".equals(p.personstatus())) {
            return List.of();
        }
        SplittableRandom r = random("arbeidsforhold", p.nummer());
        if (r.nextInt(100) >= 55) {
            return List.of();
        }
        List<SyntetiskOrganisasjon> orgs = organisasjoner();
        int relasjoner = r.nextInt(100) < 75 ? 1 : r.nextInt(100) < 80 ? 2 : 3;
        List<SyntetiskArbeidsforhold> out = new ArrayList<>();
        LocalDate tidligst = p.foedselsdato().plusYears(18).isAfter(LocalDate.of(2010, 1, 1))
                ? p.foedselsdato().plusYears(18) : LocalDate.of(2010, 1, 1);
        List<String> brukt = new ArrayList<>();
        for (int i = 0; i < relasjoner; i++) {
            String org = orgs.get(r.nextInt(orgs.size())).organisasjonsnummer();
            if (brukt.contains(org)) {
                continue;
            }
            brukt.add(org);
            if (r.nextInt(100) < 55) {
                LocalDate start = between(tidligst, REFERANSEDATO.minusDays(30), r);
                LocalDate slutt = r.nextInt(100) < 60 ? null : between(start.plusDays(30), REFERANSEDATO.plusDays(180), r);
                out.add(new SyntetiskArbeidsforhold(org, p.foedselsnummer(), start, slutt));
            } else {
                LocalDate start = between(max(tidligst, LocalDate.of(2022, 1, 1)), REFERANSEDATO.minusDays(120), r);
                int oppdrag = 2 + r.nextInt(4);
                for (int j = 0; j < oppdrag; j++) {
                    LocalDate slutt = start.plusDays(3 + r.nextInt(28));
                    boolean sisteOgPaagaaende = j == oppdrag - 1 && r.nextInt(100) < 10;
                    out.add(new SyntetiskArbeidsforhold(org, p.foedselsnummer(), start, sisteOgPaagaaende ? null : slutt));
                    start = slutt.plusDays(3 + r.nextInt(58));
                }
            }
        }
        return out;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate between(LocalDate from, LocalDate to, SplittableRandom r) {
        long days = ChronoUnit.DAYS.between(from, to);
        return days <= 0 ? from : from.plusDays(r.nextLong(days + 1));
    }

    private static String pick(List<String> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }

    private static long coprimeStep(long n, SplittableRandom r) {
        long step = n / 3 + r.nextLong(n / 3);
        while (gcd(step, n) != 1) {
            step++;
        }
        return step;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? a : gcd(b, a % b);
    }
}

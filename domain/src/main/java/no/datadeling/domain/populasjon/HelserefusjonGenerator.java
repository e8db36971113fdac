package no.datadeling.domain.populasjon;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import no.datadeling.domain.helserefusjon.Egenandelstak;

/**
 * NAV Helserefusjon's synthetic data: the Samhandlerregister (SAR), and for about a quarter of the adults who live in
 * Norway, the egenandeler registered in {@link #AAR}. A frikortvedtak follows from them and nothing else: when the
 * year's running sum reaches that year's {@link Egenandelstak}, the person has frikort from that day to 31 December,
 * and pays no more egenandeler that year (so nothing is registered after it). Amounts are of the order of the
 * published egenandel rates, not a copy of them; only the tak is real.
 */
public final class HelserefusjonGenerator {

    /** The years with egenandeler (the population's reference date is 1 January 2026). */
    public static final List<Integer> AAR = List.of(2024, 2025);
    /** Persons under 16 pay no egenandel and are outside the frikort scheme (Helsedirektoratet, rundskriv § 5-3). */
    static final int MINSTEALDER = 16;
    static final long FOERSTE_VEDTAK = 7_000_000_000L;
    static final long FOERSTE_SAMHANDLER = 81_000_000_000L;

    private record Tjeneste(String tjenestetype, String samhandlertype, int[] beloep, int vekt) {
    }

    private static final List<Tjeneste> TJENESTER = List.of(
            new Tjeneste("LEGE", "LE", new int[] {167, 215, 345}, 40),
            new Tjeneste("BLAA_RESEPT", "APOK", new int[] {96, 188, 310, 520}, 25),
            new Tjeneste("FYSIOTERAPI", "FT", new int[] {232, 301}, 10),
            new Tjeneste("POLIKLINIKK", "POLI", new int[] {375}, 8),
            new Tjeneste("LAB_ROENTGEN", "RAD", new int[] {63, 294}, 8),
            new Tjeneste("PSYKOLOG", "PS", new int[] {411}, 5),
            new Tjeneste("PASIENTREISE", "PASR", new int[] {170}, 4));
    private static final List<String> SAMHANDLERTYPER = List.of("LE", "APOK", "FT", "POLI", "RAD", "PS", "PASR");
    private static final int VEKTSUM = TJENESTER.stream().mapToInt(Tjeneste::vekt).sum();

    private final Populasjon pop;
    private List<SyntetiskSamhandler> samhandlere;

    public HelserefusjonGenerator(Populasjon pop) {
        this.pop = pop;
    }

    /** How many SAR rows the population has: one per 50 persons, at least two of each kind. */
    int antallSamhandlere() {
        return Math.max(SAMHANDLERTYPER.size() * 2, pop.spec().antallPersoner() / 50);
    }

    public List<SyntetiskSamhandler> samhandlere() {
        if (samhandlere == null) {
            List<SyntetiskOrganisasjon> org = pop.organisasjoner();
            List<SyntetiskSamhandler> ut = new ArrayList<>();
            for (int i = 0; i < antallSamhandlere(); i++) {
                SplittableRandom r = pop.random("helserefusjon-samhandler", i);
                String type = SAMHANDLERTYPER.get(i % SAMHANDLERTYPER.size());
                SyntetiskOrganisasjon o = org.get(r.nextInt(org.size()));
                boolean person = List.of("LE", "FT", "PS").contains(type);
                String navn = person ? velg(r.nextBoolean() ? Navn.KVINNER : Navn.MENN, r) + " " + velg(Navn.ETTERNAVN, r)
                        : o.navn() + " " + switch (type) {
                            case "APOK" -> "apotek";
                            case "POLI" -> "poliklinikk";
                            case "RAD" -> "røntgeninstitutt";
                            default -> "pasientreiser";
                        };
                LocalDate fra = LocalDate.of(2000, 1, 1).plusDays(r.nextInt(9000));
                LocalDate til = r.nextInt(100) < 8 ? fra.plusDays(365 + r.nextInt(3000)) : null;
                if (til != null && !til.isBefore(Populasjon.REFERANSEDATO)) {
                    til = null;
                }
                Instant endret = fra.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(3600L * (7 + r.nextInt(10)));
                ut.add(new SyntetiskSamhandler(Long.toString(FOERSTE_SAMHANDLER + i), navn, type,
                        person ? Integer.toString(1_000_000 + 37 * i + r.nextInt(37)) : null, o.organisasjonsnummer(),
                        o.kommunenummer(), fra, til, 1, til != null ? til.atStartOfDay().toInstant(ZoneOffset.UTC) : endret));
            }
            samhandlere = List.copyOf(ut);
        }
        return samhandlere;
    }

    /** The person's registered egenandeler in {@link #AAR}, in date order. */
    public List<SyntetiskEgenandel> egenandeler(SyntetiskPerson p) {
        List<SyntetiskEgenandel> ut = new ArrayList<>();
        for (int aar : AAR) {
            aaret(p, aar, ut);
        }
        return ut;
    }

    /** The frikortvedtak that follow from {@link #egenandeler}: at most one per year. */
    public List<SyntetiskFrikortvedtak> frikortvedtak(SyntetiskPerson p) {
        List<SyntetiskFrikortvedtak> ut = new ArrayList<>();
        for (int aar : AAR) {
            List<SyntetiskEgenandel> e = new ArrayList<>();
            aaret(p, aar, e);
            int tak = Egenandelstak.beloep(aar).orElseThrow();
            int sum = 0;
            for (SyntetiskEgenandel x : e) {
                sum += x.beloep();
                if (sum >= tak) {
                    SplittableRandom r = pop.random("helserefusjon-vedtak-" + aar, p.nummer());
                    ut.add(new SyntetiskFrikortvedtak(vedtakId(p, aar), p.foedselsnummer(), aar, tak, x.dato(), sum,
                            x.dato().plusDays(2 + r.nextInt(12))));
                    break;
                }
            }
        }
        return ut;
    }

    static long vedtakId(SyntetiskPerson p, int aar) {
        return FOERSTE_VEDTAK + p.nummer() * 100L + aar % 100;
    }

    /** Adds the year's egenandeler; stops at the one that reaches the tak (after it the person has frikort). */
    private void aaret(SyntetiskPerson p, int aar, List<SyntetiskEgenandel> ut) {
        if (p.erDNummer() || !"bosatt".equals(p.personstatus())
                || p.foedselsdato().plusYears(MINSTEALDER).isAfter(LocalDate.of(aar, 1, 1))) {
            return;
        }
        SplittableRandom r = pop.random("helserefusjon-egenandel-" + aar, p.nummer());
        if (r.nextInt(100) >= 25) {
            return;
        }
        boolean mye = r.nextInt(100) < 45;
        int antall = mye ? 12 + r.nextInt(24) : 2 + r.nextInt(7);
        int dager = LocalDate.of(aar, 1, 1).lengthOfYear();
        int[] dag = new int[antall];
        for (int i = 0; i < antall; i++) {
            dag[i] = r.nextInt(dager);
        }
        Arrays.sort(dag);
        int tak = Egenandelstak.beloep(aar).orElseThrow();
        int sum = 0;
        List<SyntetiskSamhandler> sar = samhandlere();
        for (int i = 0; i < antall && sum < tak; i++) {
            Tjeneste t = tjeneste(r);
            int beloep = t.beloep()[r.nextInt(t.beloep().length)];
            int typeIndeks = SAMHANDLERTYPER.indexOf(t.samhandlertype());
            int kandidater = (sar.size() - typeIndeks + SAMHANDLERTYPER.size() - 1) / SAMHANDLERTYPER.size();
            SyntetiskSamhandler s = sar.get(typeIndeks + SAMHANDLERTYPER.size() * r.nextInt(kandidater));
            sum += beloep;
            ut.add(new SyntetiskEgenandel(p.nummer() * 100L + (aar % 2) * 50 + i, p.foedselsnummer(),
                    LocalDate.of(aar, 1, 1).plusDays(dag[i]), beloep, t.tjenestetype(), s.samhandlerId()));
        }
    }

    private static Tjeneste tjeneste(SplittableRandom r) {
        int x = r.nextInt(VEKTSUM);
        for (Tjeneste t : TJENESTER) {
            x -= t.vekt();
            if (x < 0) {
                return t;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static String velg(List<String> liste, SplittableRandom r) {
        return liste.get(r.nextInt(liste.size()));
    }
}

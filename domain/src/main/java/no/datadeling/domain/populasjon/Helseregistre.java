package no.datadeling.domain.populasjon;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Who among the population is digitally active on Helsenorge (may receive tasks), and who is a health professional in
 * the HPR register. Derived per person from the population's own random streams.
 */
public final class Helseregistre {

    static final List<String> HPR_KATEGORIER = List.of("LE", "SP", "PS", "FT", "ET", "JO");
    private static final LocalDate HELSENORGE_START = LocalDate.of(2016, 1, 1);

    private final Populasjon pop;

    public Helseregistre(Populasjon pop) {
        this.pop = pop;
    }

    /**
     * Residents (and D-number holders staying in Norway) from 16 years can log in to Helsenorge on their own; about four
     * in five of them are digitally active. The dead, the emigrated and children never are.
     */
    public Optional<LocalDate> digitaltAktivFra(SyntetiskPerson p) {
        boolean iNorge = "bosatt".equals(p.personstatus()) || "midlertidig".equals(p.personstatus());
        LocalDate seksten = p.foedselsdato().plusYears(16);
        if (!iNorge || seksten.isAfter(Populasjon.REFERANSEDATO)) {
            return Optional.empty();
        }
        SplittableRandom r = pop.random("helsenorge", p.nummer());
        if (r.nextInt(100) >= 80) {
            return Optional.empty();
        }
        LocalDate fra = seksten.isAfter(HELSENORGE_START) ? seksten : HELSENORGE_START;
        return Optional.of(fra.plusDays(r.nextLong(ChronoUnit.DAYS.between(fra, Populasjon.REFERANSEDATO) + 1)));
    }

    /** About 4 % of residents aged 25-70 are authorised health personnel; the HPR number is unique per person. */
    public Optional<SyntetiskHelsepersonell> helsepersonell(SyntetiskPerson p) {
        int alder = p.foedselsdato().until(Populasjon.REFERANSEDATO).getYears();
        if (!"bosatt".equals(p.personstatus()) || alder < 25 || alder > 70) {
            return Optional.empty();
        }
        SplittableRandom r = pop.random("hpr", p.nummer());
        if (r.nextInt(100) >= 4) {
            return Optional.empty();
        }
        // 7919 is prime and coprime to 900 000 000: distinct persons get distinct 9-digit numbers
        String hpr = Long.toString(100_000_000L + Math.floorMod((long) p.nummer() * 7919L + pop.spec().seed(), 900_000_000L));
        String navn = p.fornavn() + (p.mellomnavn() == null ? "" : " " + p.mellomnavn()) + " " + p.etternavn();
        LocalDate autorisert = p.foedselsdato().plusYears(24).plusDays(r.nextInt(3650));
        if (autorisert.isAfter(Populasjon.REFERANSEDATO)) {
            autorisert = Populasjon.REFERANSEDATO.minusDays(1 + r.nextInt(300));
        }
        return Optional.of(new SyntetiskHelsepersonell(hpr, p.foedselsnummer(), HPR_KATEGORIER.get(r.nextInt(HPR_KATEGORIER.size())),
                navn, autorisert));
    }
}

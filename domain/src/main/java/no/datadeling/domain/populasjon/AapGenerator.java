package no.datadeling.domain.populasjon;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Arbeidsavklaringspenger of the synthetic population: about 4 % of living persons aged 20 to 66 have had AAP since
 * 2010-03-01: an innvilgelse of 52 weeks from a Monday, for 40 % a forlengelse of 26 more; a meldekort for every
 * 14 days while a decision ran (up to the reference date), mostly without work, sometimes with part-time hours.
 */
public final class AapGenerator {

    /** NAV's AAP API serves nothing before this date. */
    public static final LocalDate TIDLIGST = LocalDate.of(2010, 3, 1);
    static final long FOERSTE_VEDTAK = 70_000_000L;
    static final long FOERSTE_MELDEKORT = 1_000_000_000L;
    private static final BigDecimal[] TIMER = {BigDecimal.ZERO.setScale(1), new BigDecimal("3.5"), new BigDecimal("4.0"),
        new BigDecimal("7.5")};

    private final Populasjon pop;

    public AapGenerator(Populasjon pop) {
        this.pop = pop;
    }

    public Optional<SyntetiskAap> aap(SyntetiskPerson p) {
        int alder = p.foedselsdato().until(Populasjon.REFERANSEDATO).getYears();
        if (alder < 20 || alder > 66 || "doed".equals(p.personstatus())) {
            return Optional.empty();
        }
        SplittableRandom r = pop.random("aap", p.nummer());
        if (r.nextInt(100) >= 4) {
            return Optional.empty();
        }
        LocalDate tidligst = p.foedselsdato().plusYears(19).isAfter(TIDLIGST) ? p.foedselsdato().plusYears(19) : TIDLIGST;
        LocalDate senest = Populasjon.REFERANSEDATO.minusDays(60);
        if (!tidligst.isBefore(senest)) {
            return Optional.empty();
        }
        LocalDate start = tidligst.plusDays(r.nextLong(senest.toEpochDay() - tidligst.toEpochDay()))
                .with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        int dagsats = 600 + r.nextInt(800);
        int barnetillegg = r.nextInt(100) < 30 ? 37 * (1 + r.nextInt(3)) : 0;
        int grunnlag = (int) Math.round(dagsats * 260 / 0.66);
        List<SyntetiskAap.Vedtak> vedtak = new ArrayList<>();
        long id = FOERSTE_VEDTAK + p.nummer() * 10L;
        LocalDate slutt = start.plusWeeks(52).minusDays(1);
        vedtak.add(new SyntetiskAap.Vedtak(id, "INNVILGELSE", status(slutt), start, slutt, dagsats, barnetillegg, grunnlag,
                start.minusDays(3 + r.nextInt(20))));
        if (r.nextInt(100) < 40 && slutt.isBefore(Populasjon.REFERANSEDATO)) {
            LocalDate fom = slutt.plusDays(1);
            slutt = fom.plusWeeks(26).minusDays(1);
            vedtak.add(new SyntetiskAap.Vedtak(id + 1, "FORLENGELSE", status(slutt), fom, slutt, (int) Math.round(dagsats * 1.03),
                    barnetillegg, grunnlag, fom.minusDays(5 + r.nextInt(10))));
        }
        List<SyntetiskAap.Meldekort> meldekort = new ArrayList<>();
        long mk = FOERSTE_MELDEKORT + p.nummer() * 100L;
        for (LocalDate fom = start; !fom.plusDays(13).isAfter(slutt) && fom.plusDays(14).isBefore(Populasjon.REFERANSEDATO);
             fom = fom.plusDays(14)) {
            boolean arbeider = r.nextInt(100) < 25;
            List<BigDecimal> timer = new ArrayList<>();
            for (int d = 0; d < 14; d++) {
                boolean hverdag = d % 7 < 5;
                timer.add(arbeider && hverdag && r.nextInt(100) < 50 ? TIMER[1 + r.nextInt(TIMER.length - 1)] : TIMER[0]);
            }
            LocalDate mottatt = fom.plusDays(14 + r.nextInt(5));
            meldekort.add(new SyntetiskAap.Meldekort(mk++, fom, mottatt.isBefore(Populasjon.REFERANSEDATO.minusDays(7)) ? "FERDIG" : "INNSENDT",
                    mottatt, timer));
        }
        return Optional.of(new SyntetiskAap(p, vedtak, meldekort));
    }

    private static String status(LocalDate tom) {
        return tom.isBefore(Populasjon.REFERANSEDATO) ? "AVSLUTTET" : "LOPENDE";
    }
}

package no.datadeling.domain.populasjon;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Uføre cases of the synthetic population: about 8 % of persons aged 20 to 70 have one. A case with a decision has
 * calculation periods from the first effective date, split every 1 May (the yearly G adjustment) and where the
 * degree changes; LOPENDE and EKSPORT end with an ongoing period, OPPHORT with a closed one.
 */
public final class UforeGenerator {

    static final long FOERSTE_SAK = 3_000_000L;
    private static final int[] GRADER = {100, 100, 100, 100, 80, 70, 60, 50, 50, 40, 30};

    private final Populasjon pop;

    public UforeGenerator(Populasjon pop) {
        this.pop = pop;
    }

    public Optional<SyntetiskUforesak> uforesak(SyntetiskPerson p) {
        int alder = p.foedselsdato().until(Populasjon.REFERANSEDATO).getYears();
        if (alder < 20 || alder > 70) {
            return Optional.empty();
        }
        SplittableRandom r = pop.random("uforesak", p.nummer());
        if (r.nextInt(100) >= 8) {
            return Optional.empty();
        }
        int s = r.nextInt(100);
        String status = s < 55 ? "LOPENDE" : s < 70 ? "OPPHORT" : s < 80 ? "AVSLAG" : s < 88 ? "UNDER_BEHANDLING"
                : s < 93 ? "KLAGE_PA_AVSLAG" : s < 96 ? "REKONSTRUKSJON" : "EKSPORT";
        boolean medHistorikk = switch (status) {
            case "LOPENDE", "OPPHORT", "EKSPORT" -> true;
            case "UNDER_BEHANDLING" -> r.nextBoolean(); // a claim to change a running benefit, or a first claim
            default -> false;
        };
        long sakId = FOERSTE_SAK + p.nummer();
        if (!medHistorikk) {
            return Optional.of(new SyntetiskUforesak(sakId, p.foedselsnummer(), status, null, List.of()));
        }
        LocalDate attenAar = p.foedselsdato().plusYears(18);
        LocalDate tidligst = attenAar.isAfter(LocalDate.of(2010, 1, 1)) ? attenAar : LocalDate.of(2010, 1, 1);
        LocalDate uforetidspunkt = mellom(tidligst, Populasjon.REFERANSEDATO.minusYears(1), r);
        LocalDate virk = uforetidspunkt.plusMonths(1 + r.nextInt(12)).withDayOfMonth(1);
        if (!virk.isBefore(Populasjon.REFERANSEDATO)) {
            virk = Populasjon.REFERANSEDATO.minusMonths(2).withDayOfMonth(1);
        }
        LocalDate opphor = "OPPHORT".equals(status)
                ? mellom(virk.plusMonths(6), Populasjon.REFERANSEDATO.minusDays(1), r).withDayOfMonth(1).minusDays(1) : null;
        return Optional.of(new SyntetiskUforesak(sakId, p.foedselsnummer(), status, virk,
                perioder(virk, opphor, uforetidspunkt, r)));
    }

    private static List<SyntetiskUforesak.Beregningsperiode> perioder(LocalDate virk, LocalDate opphor, LocalDate uforetidspunkt,
                                                                     SplittableRandom r) {
        List<SyntetiskUforesak.Beregningsperiode> out = new ArrayList<>();
        int grad = GRADER[r.nextInt(GRADER.length)];
        int ifu = 250_000 + r.nextInt(400) * 1000;
        LocalDate slutt = opphor != null ? opphor : Populasjon.REFERANSEDATO;
        LocalDate fom = virk;
        while (!fom.isAfter(slutt)) {
            LocalDate nesteMai = LocalDate.of(fom.getMonthValue() < 5 ? fom.getYear() : fom.getYear() + 1, 5, 1);
            boolean siste = nesteMai.isAfter(slutt);
            LocalDate tom = siste ? opphor : nesteMai.minusDays(1);
            int inntekt = grad == 100 ? (r.nextInt(100) < 80 ? 0 : r.nextInt(40) * 1000)
                    : 40_000 + r.nextInt(260) * 1000;
            boolean ferdiglignet = tom != null && tom.getYear() < Populasjon.REFERANSEDATO.getYear() - 1;
            out.add(new SyntetiskUforesak.Beregningsperiode(fom, tom, grad, uforetidspunkt, ifu, inntekt, ferdiglignet,
                    siste && r.nextInt(100) < 2));
            if (r.nextInt(100) < 10 && grad < 100) {
                grad = Math.min(100, grad + 10 * (1 + r.nextInt(3))); // the degree rises after a new assessment
            }
            fom = nesteMai;
        }
        return out;
    }

    private static LocalDate mellom(LocalDate fra, LocalDate til, SplittableRandom r) {
        long dager = ChronoUnit.DAYS.between(fra, til);
        return dager <= 0 ? fra : fra.plusDays(r.nextLong(dager + 1));
    }
}

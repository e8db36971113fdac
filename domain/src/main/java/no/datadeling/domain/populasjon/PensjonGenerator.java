package no.datadeling.domain.populasjon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Pension data of the synthetic population. About 60 % of persons from 25 have a tjenestepensjonsforhold, half of them
 * with the development organisation's ordning (so its tpnr has a feed worth paging), some with a second one. Members
 * aged 63 and over who took out alderspensjon (at 62 to 67) have the decisions since 2011: the first (or the 2011
 * conversion), then one REGULERING every 1 May; a quarter of early starters also have AFP_PRIVAT. Persons registered
 * as dead get none. The chapter follows the birth year (kap. 19 before 1954, kap. 20 from 1963, both in between).
 */
public final class PensjonGenerator {

    /** Vedtak ids are FOERSTE_VEDTAK + person number * 100 + index: unique, and the live identity continues above. */
    static final long FOERSTE_VEDTAK = 50_000_000L;
    static final LocalDate REFORM = LocalDate.of(2011, 1, 1);
    private static final String[] SIVILSTANDER = {"GIFT", "GIFT", "SKILT", "SEPARERT", "ENKE_ELLER_ENKEMANN", "REGISTRERT_PARTNER"};
    private static final String[][] POSTSTEDER = {{"0150", "OSLO"}, {"5003", "BERGEN"}, {"7010", "TRONDHEIM"},
        {"4006", "STAVANGER"}, {"9008", "TROMSØ"}, {"3015", "DRAMMEN"}, {"8006", "BODØ"}};

    private final Populasjon pop;
    private final String utviklingsordning;
    private final List<String> andreOrdninger;

    public PensjonGenerator(Populasjon pop) {
        this.pop = pop;
        List<String> tpnr = TpRegisterDel.ordninger(pop).stream().map(TpRegisterDel.Ordning::tpnr).toList();
        this.utviklingsordning = tpnr.get(0);
        this.andreOrdninger = tpnr.subList(1, tpnr.size());
    }

    /** Every tpnr of the TP register: the development organisation's first. */
    public List<String> ordninger() {
        List<String> alle = new ArrayList<>();
        alle.add(utviklingsordning);
        alle.addAll(andreOrdninger);
        return alle;
    }

    /** The organisation owning {@code tpnr} in the TP register, if it exists. */
    public Optional<String> eier(String tpnr) {
        return TpRegisterDel.ordninger(pop).stream().filter(o -> o.tpnr().equals(tpnr)).map(TpRegisterDel.Ordning::organisasjonsnummer)
                .findFirst();
    }

    public Optional<SyntetiskPensjon> pensjon(SyntetiskPerson p) {
        int alder = p.foedselsdato().until(Populasjon.REFERANSEDATO).getYears();
        if (alder < 25 || "doed".equals(p.personstatus())) {
            return Optional.empty();
        }
        SplittableRandom r = pop.random("pensjon", p.nummer());
        if (r.nextInt(100) >= 60) {
            return Optional.empty();
        }
        List<SyntetiskPensjon.Forhold> forhold = new ArrayList<>();
        String foerste = r.nextBoolean() ? utviklingsordning : andreOrdninger.get(r.nextInt(andreOrdninger.size()));
        forhold.add(new SyntetiskPensjon.Forhold(foerste, p.foedselsdato().plusYears(22 + r.nextInt(3)).withDayOfMonth(1)));
        if (r.nextInt(100) < 15) {
            String andre = andreOrdninger.get(r.nextInt(andreOrdninger.size()));
            if (!andre.equals(foerste)) {
                forhold.add(new SyntetiskPensjon.Forhold(andre, p.foedselsdato().plusYears(26 + r.nextInt(10)).withDayOfMonth(1)));
            }
        }
        List<SyntetiskPensjon.Vedtak> vedtak = vedtak(p, r);
        return Optional.of(new SyntetiskPensjon(p, forhold, vedtak, endringer(p, forhold.get(0).fom(), r)));
    }

    private static List<SyntetiskPensjon.Vedtak> vedtak(SyntetiskPerson p, SplittableRandom r) {
        List<SyntetiskPensjon.Vedtak> ut = new ArrayList<>();
        int uttaksalder = 62 + r.nextInt(6);
        LocalDate uttak = p.foedselsdato().plusYears(uttaksalder).plusMonths(1).withDayOfMonth(1);
        if (!uttak.isBefore(Populasjon.REFERANSEDATO)) {
            return ut;
        }
        int aar = p.foedselsdato().getYear();
        String regelverk = aar < 1954 ? "KAP19" : aar < 1963 ? "BEGGE" : "KAP20";
        int trygdetid = 20 + r.nextInt(21);
        double belop = 14_000 + r.nextInt(22_000);
        long id = FOERSTE_VEDTAK + p.nummer() * 100L;
        LocalDate virk = uttak.isBefore(REFORM) ? REFORM : uttak;
        String kode = uttak.isBefore(REFORM) ? "ENDRING" : "FORSTEG_BH";
        List<LocalDate> starter = new ArrayList<>();
        starter.add(virk);
        for (LocalDate mai = LocalDate.of(virk.getMonthValue() < 5 ? virk.getYear() : virk.getYear() + 1, 5, 1);
             mai.isBefore(Populasjon.REFERANSEDATO); mai = mai.plusYears(1)) {
            starter.add(mai);
        }
        for (int i = 0; i < starter.size(); i++) {
            LocalDate fom = starter.get(i);
            LocalDate tom = i + 1 < starter.size() ? starter.get(i + 1).minusDays(1) : null;
            ut.add(new SyntetiskPensjon.Vedtak(id++, "ALDER", regelverk, i == 0 ? kode : "REGULERING", fom, tom, 100, trygdetid,
                    (int) Math.round(belop), fom.minusDays(10 + r.nextInt(20))));
            belop *= 1.03;
        }
        if (uttaksalder < 67 && !uttak.isBefore(REFORM) && r.nextInt(100) < 25) {
            ut.add(new SyntetiskPensjon.Vedtak(id, "AFP_PRIVAT", "KAP20", "FORSTEG_BH", uttak, null, 100, trygdetid,
                    1_500 + r.nextInt(2_500), uttak.minusDays(15 + r.nextInt(20))));
        }
        ut.sort(java.util.Comparator.comparing(SyntetiskPensjon.Vedtak::vedtaksdato).thenComparing(SyntetiskPensjon.Vedtak::vedtakId));
        return ut;
    }

    /** Marriage, divorce and moves after the forhold began, reported to the person's ordninger. */
    private static List<SyntetiskPensjon.Personendring> endringer(SyntetiskPerson p, LocalDate forholdFom, SplittableRandom r) {
        List<SyntetiskPensjon.Personendring> ut = new ArrayList<>();
        LocalDate tidligst = forholdFom.isAfter(REFORM) ? forholdFom : REFORM;
        long dager = Populasjon.REFERANSEDATO.toEpochDay() - 1 - tidligst.toEpochDay();
        if (dager <= 0) {
            return ut;
        }
        if (r.nextInt(100) < 12) {
            ut.add(new SyntetiskPensjon.Personendring(tidligst.plusDays(r.nextLong(dager)), "SIVILSTAND",
                    SIVILSTANDER[r.nextInt(SIVILSTANDER.length)], null, null));
        }
        if (r.nextInt(100) < 15) {
            String[] sted = POSTSTEDER[r.nextInt(POSTSTEDER.length)];
            ut.add(new SyntetiskPensjon.Personendring(tidligst.plusDays(r.nextLong(dager)), "ADRESSE", null, null,
                    new SyntetiskPensjon.Adresse(Stedsdata.GATER.get(r.nextInt(Stedsdata.GATER.size())) + " " + (1 + r.nextInt(120)),
                            sted[0], sted[1], "NORGE")));
        }
        ut.sort(java.util.Comparator.comparing(SyntetiskPensjon.Personendring::dato));
        return ut;
    }
}

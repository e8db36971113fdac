package no.datadeling.domain.populasjon;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import no.datadeling.domain.medlemskap.Trygdehendelsestype;

/**
 * Medlemskapsunntak of the synthetic population (about 9 % of persons aged 16 or more have one or two) and the
 * trygdehendelser feed that their histories make. Code values are MEDL's (GrunnlagMedl, DekningMedl, LovvalgMedl,
 * PeriodestatusMedl, StatusaarsakMedl, KildesystemMedl); periodeIds are derived from the person's place in the
 * population, so they are stable for a given seed.
 */
public final class MedlemskapsunntakGenerator {

    static final long FOERSTE_ID = 20_000_000L;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate TIDLIGST = LocalDate.of(2012, 1, 1);
    private static final List<String> EOS_UNNTAK = List.of("FO_11_3_a", "FO_11_4_1", "FO_12_2", "FO_13_1_a", "FO_16");
    private static final List<String> EOS_LAND = List.of("SWE", "DNK", "DEU", "POL", "LTU", "FIN", "NLD", "ESP", "FRA", "ISL");
    private static final List<String> STUDIELAND = List.of("GBR", "USA", "AUS", "DNK", "NLD", "DEU", "POL", "HUN");

    private final Populasjon pop;

    public MedlemskapsunntakGenerator(Populasjon pop) {
        this.pop = pop;
    }

    public List<SyntetiskMedlemskapsunntak> medlemskapsunntak(SyntetiskPerson p) {
        if (p.foedselsdato().until(Populasjon.REFERANSEDATO).getYears() < 16) {
            return List.of();
        }
        SplittableRandom r = pop.random("medlemskapsunntak", p.nummer());
        if (r.nextInt(100) >= 9) {
            return List.of();
        }
        int antall = r.nextInt(100) < 80 ? 1 : 2;
        List<SyntetiskMedlemskapsunntak> out = new ArrayList<>();
        for (int i = 0; i < antall; i++) {
            out.add(periode(p, FOERSTE_ID + p.nummer() * 4L + i, r));
        }
        return out;
    }

    private SyntetiskMedlemskapsunntak periode(SyntetiskPerson p, long id, SplittableRandom r) {
        LocalDate fra = mellom(TIDLIGST, LocalDate.of(2027, 6, 30), r).withDayOfMonth(1);
        LocalDate til = fra.plusMonths(3 + r.nextInt(58)).minusDays(1);
        int art = r.nextInt(100);
        String grunnlag;
        String dekning = "Full";
        boolean medlem = true;
        String land = "NOR";
        String kilde = r.nextInt(100) < 60 ? "SRVMELOSYS" : "MEDL";
        SyntetiskMedlemskapsunntak.Studie studie = null;
        if (art < 45) { // working in another EEA country under its legislation
            grunnlag = velg(EOS_UNNTAK, r);
            medlem = false;
            dekning = "Unntatt";
            land = velg(EOS_LAND, r);
        } else if (art < 60) { // posted from Norway, Norwegian legislation applies
            grunnlag = "FO_12_1";
        } else if (art < 80) { // voluntary membership while abroad
            grunnlag = "FTL_2-8";
            dekning = r.nextBoolean() ? "Full" : "FTL_2-9_1_ledd_a";
            land = null;
        } else if (art < 95) { // student abroad, reported by Lånekassen
            grunnlag = "MEDFT";
            kilde = "LAANEKASSEN";
            studie = new SyntetiskMedlemskapsunntak.Studie("NOR", velg(STUDIELAND, r), r.nextInt(100) < 15, r.nextInt(100) < 90);
        } else { // the UK agreement after Brexit
            grunnlag = "Storbrit_NIrland_6_1";
            medlem = false;
            dekning = "Unntatt";
            land = "GBR";
        }
        boolean helsedel = !"Unntatt".equals(dekning);

        LocalDate sisteRegistrering = Populasjon.REFERANSEDATO.minusDays(30);
        LocalDate registrert = mellom(min(fra.minusDays(120), sisteRegistrering), min(fra.plusDays(200), sisteRegistrering), r);
        List<SyntetiskMedlemskapsunntak.Endring> historikk = new ArrayList<>();
        Instant t = tidspunkt(registrert, r);
        historikk.add(new SyntetiskMedlemskapsunntak.Endring(Trygdehendelsestype.OPPRETTET, t));
        int endringer = r.nextInt(100) < 60 ? 0 : r.nextInt(100) < 75 ? 1 : 2;
        for (int i = 0; i < endringer; i++) {
            t = senere(t, r);
            historikk.add(new SyntetiskMedlemskapsunntak.Endring(Trygdehendelsestype.ENDRET, t));
        }
        String status = "GYLD";
        String aarsak = null;
        int s = r.nextInt(100);
        if (s < 5) {
            status = "AVST";
            aarsak = "Feilregistrert";
            historikk.add(new SyntetiskMedlemskapsunntak.Endring(Trygdehendelsestype.ANNULLERT, senere(t, r)));
        } else if (s < 12) {
            status = "UAVK";
        } else if (s < 17) {
            status = "AVST";
            aarsak = r.nextBoolean() ? "Avvist" : "Opphort";
        }
        String lovvalg = "UAVK".equals(status) ? "UAVK" : r.nextInt(100) < 85 ? "ENDL" : "FORL";
        LocalDate besluttet = "UAVK".equals(status) ? null : min(registrert.plusDays(r.nextInt(30)), Populasjon.REFERANSEDATO);
        String kildedokument = grunnlag.startsWith("FO_") && r.nextBoolean() ? "SED" : r.nextBoolean() ? "Henv_Soknad" : "Dokument";
        String av = "LAANEKASSEN".equals(kilde) ? "srvlaanekassen" : "SRVMELOSYS".equals(kilde) ? "srvmelosys" : saksbehandler(r);
        String sistAv = endringer > 0 || historikk.size() > 1 ? saksbehandler(r) : av;
        return new SyntetiskMedlemskapsunntak(id, p.foedselsnummer(), fra, til, status, aarsak, dekning, helsedel, medlem, lovvalg,
                land, grunnlag, kilde, kildedokument, registrert, besluttet, av, sistAv, studie, historikk);
    }

    /**
     * Every event of every period, numbered 1..N in time order (ties by periodeId, then history order): what the feed
     * holds right after the population is loaded.
     */
    public List<SyntetiskTrygdehendelse> trygdehendelser() {
        record Rad(Instant t, long id, int i, SyntetiskMedlemskapsunntak m) {
        }
        List<Rad> rader = new ArrayList<>();
        pop.forEachPerson(p -> medlemskapsunntak(p).forEach(m -> {
            for (int i = 0; i < m.historikk().size(); i++) {
                rader.add(new Rad(m.historikk().get(i).tidspunkt(), m.unntakId(), i, m));
            }
        }));
        rader.sort(Comparator.comparing(Rad::t).thenComparingLong(Rad::id).thenComparingInt(Rad::i));
        List<SyntetiskTrygdehendelse> out = new ArrayList<>(rader.size());
        for (Rad rad : rader) {
            out.add(new SyntetiskTrygdehendelse(out.size() + 1, rad.m().historikk().get(rad.i()).type(), rad.id(), rad.m().ident(),
                    rad.m().hjemmelgruppe(), rad.t()));
        }
        return out;
    }

    private static Instant tidspunkt(LocalDate dag, SplittableRandom r) {
        LocalTime tid = LocalTime.of(7 + r.nextInt(10), r.nextInt(60), r.nextInt(60), r.nextInt(1000) * 1_000_000);
        return dag.atTime(tid).atZone(OSLO).toInstant();
    }

    /** A later moment, still before the reference date. */
    private static Instant senere(Instant t, SplittableRandom r) {
        Instant slutt = Populasjon.REFERANSEDATO.atStartOfDay(OSLO).toInstant();
        long rom = Math.max(1, ChronoUnit.SECONDS.between(t, slutt) - 1);
        return t.plusSeconds(1 + r.nextLong(Math.min(rom, 400L * 24 * 3600)));
    }

    private static String saksbehandler(SplittableRandom r) {
        return "Z" + (990000 + r.nextInt(10000));
    }

    private static LocalDate mellom(LocalDate fra, LocalDate til, SplittableRandom r) {
        long dager = ChronoUnit.DAYS.between(fra, til);
        return dager <= 0 ? fra : fra.plusDays(r.nextLong(dager + 1));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static String velg(List<String> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }
}

package no.datadeling.domain.populasjon;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Compact facts about every person of a population, indexed by {@link SyntetiskPerson#nummer()}: what relations and
 * Folkeregister documents need to know about a person's relatives without holding a million person objects
 * (about 40 bytes a person). Dates are epoch days, {@link #INGEN} where there is none.
 *
 * <p>Invariants: a person dies or emigrates after birth and after immigration; D-number persons never immigrate
 * (they are registered while living abroad or staying briefly).
 */
final class Livsfakta {

    static final int INGEN = Integer.MIN_VALUE;
    static final List<String> STATUSER = List.of("bosatt", "utflyttet", "doed", "midlertidig", "inaktiv");
    static final int BOSATT = 0;
    static final int UTFLYTTET = 1;
    static final int DOED = 2;

    final Populasjon pop;
    final int n;
    final long[] fnr;
    final int[] foedt;
    final byte[] status;
    final boolean[] mann;
    final boolean[] dnr;
    final byte[] fornavn;
    final byte[] mellomnavn;
    final byte[] etternavn;
    final int[] doed;
    final int[] utflyttet;
    final int[] innflyttet;
    /** Index into {@link Stedsdata#LAND} of the country an immigrant came from; -1 for persons born in Norway. */
    final byte[] land;

    Livsfakta(Populasjon pop) {
        this.pop = pop;
        this.n = pop.spec().antallPersoner();
        fnr = new long[n];
        foedt = new int[n];
        status = new byte[n];
        mann = new boolean[n];
        dnr = new boolean[n];
        fornavn = new byte[n];
        mellomnavn = new byte[n];
        etternavn = new byte[n];
        doed = new int[n];
        utflyttet = new int[n];
        innflyttet = new int[n];
        land = new byte[n];
        Map<String, Integer> kvinner = indeks(Navn.KVINNER);
        Map<String, Integer> menn = indeks(Navn.MENN);
        Map<String, Integer> etter = indeks(Navn.ETTERNAVN);
        pop.forEachPerson(p -> {
            int i = p.nummer();
            fnr[i] = Long.parseLong(p.foedselsnummer());
            foedt[i] = (int) p.foedselsdato().toEpochDay();
            status[i] = (byte) STATUSER.indexOf(p.personstatus());
            mann[i] = "mann".equals(p.kjoenn());
            dnr[i] = p.erDNummer();
            fornavn[i] = (byte) (mann[i] ? menn : kvinner).get(p.fornavn()).intValue();
            mellomnavn[i] = (byte) (p.mellomnavn() == null ? -1 : etter.get(p.mellomnavn()));
            etternavn[i] = (byte) etter.get(p.etternavn()).intValue();
            egetLivsloep(i);
        });
    }

    private static Map<String, Integer> indeks(List<String> navn) {
        Map<String, Integer> m = new HashMap<>();
        for (int i = 0; i < navn.size(); i++) {
            m.put(navn.get(i), i);
        }
        return m;
    }

    /** Immigration, emigration and death from the person's own random streams (parents may override immigration). */
    private void egetLivsloep(int i) {
        SplittableRandom r = pop.random("folkeregister-innvandring", i);
        innflyttet[i] = INGEN;
        land[i] = -1;
        if (!dnr[i] && r.nextInt(100) < 14) {
            int fra = foedt[i] + 1;
            int senest = (int) Populasjon.REFERANSEDATO.toEpochDay() - 2;
            if (senest > fra) {
                innflyttet[i] = mellom(fra, Math.min(senest, fra + 40 * 365), r);
                land[i] = (byte) r.nextInt(Stedsdata.LAND.size());
            }
        }
        utledAvgang(i);
    }

    /** Emigration or death dates, after birth and immigration (re-run when parents change the immigration). */
    void utledAvgang(int i) {
        int ref = (int) Populasjon.REFERANSEDATO.toEpochDay();
        int fra = Math.max(foedt[i], innflyttet[i] == INGEN ? foedt[i] : innflyttet[i]) + 1;
        utflyttet[i] = INGEN;
        doed[i] = INGEN;
        if (status[i] == UTFLYTTET) {
            SplittableRandom r = pop.random("folkeregister-utflytting", i);
            int voksen = Math.max(fra, foedt[i] + 18 * 365);
            utflyttet[i] = mellom(voksen < ref - 1 ? voksen : fra, ref - 1, r);
        } else if (status[i] == DOED) {
            SplittableRandom r = pop.random("folkeregister-doed", i);
            // the old die more often (the generator made death likelier with age): mostly in the last 25 years
            doed[i] = mellom(Math.max(fra, ref - 25 * 365), ref - 1, r);
        }
    }

    static int mellom(int fra, int til, SplittableRandom r) {
        return til <= fra ? fra : fra + r.nextInt(til - fra + 1);
    }

    boolean levende(int i, int dag) {
        return doed[i] == INGEN || doed[i] > dag;
    }

    /** In Norway on {@code dag}: born or immigrated by then, not emigrated, alive. */
    boolean iNorge(int i, int dag) {
        return (innflyttet[i] == INGEN ? foedt[i] : innflyttet[i]) <= dag && levende(i, dag)
                && (utflyttet[i] == INGEN || utflyttet[i] > dag);
    }

    boolean bosatt(int i) {
        return status[i] == BOSATT;
    }

    int alder(int i, int dag) {
        return LocalDate.ofEpochDay(foedt[i]).until(LocalDate.ofEpochDay(dag)).getYears();
    }

    String foedselsnummer(int i) {
        String s = Long.toString(fnr[i]);
        return s.length() == 11 ? s : "0".repeat(11 - s.length()) + s;
    }

    String fornavn(int i) {
        return (mann[i] ? Navn.MENN : Navn.KVINNER).get(fornavn[i]);
    }

    String mellomnavn(int i) {
        return mellomnavn[i] < 0 ? null : Navn.ETTERNAVN.get(mellomnavn[i]);
    }

    String etternavn(int i) {
        return Navn.ETTERNAVN.get(etternavn[i]);
    }
}

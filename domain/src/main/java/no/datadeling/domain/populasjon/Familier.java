package no.datadeling.domain.populasjon;

import static no.datadeling.domain.populasjon.Livsfakta.INGEN;
import static no.datadeling.domain.populasjon.Livsfakta.mellom;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * Family relations of a population, the same seen from either side: a person's mother lists the person as her
 * child, spouses name each other. Built once per population from {@link Livsfakta}, deterministic (own random
 * streams per person), in arrays indexed by person nummer.
 *
 * <p>Rules: couples are a woman and a man of similar age who married at 20 or later while both lived in Norway (or
 * abroad before they came); some separate and divorce a year later; a spouse's death widows the other. A child gets
 * a mother 18–42 years older who was alive and not emigrated at the birth, and as father her husband at the time or,
 * for children born outside marriage, a man 18–55 years older or nobody. A child born before its mother immigrated
 * came with her. D-number persons have no family in the register. Everyone has at most one marriage.
 */
final class Familier {

    final Livsfakta f;
    final int[] partner;
    final int[] vigsel;
    final int[] separasjon;
    final int[] skilsmisse;
    final int[] mor;
    final int[] far;
    private final int[] barnFra;
    private final int[] barn;

    Familier(Livsfakta f) {
        this.f = f;
        int n = f.n;
        partner = new int[n];
        vigsel = new int[n];
        separasjon = new int[n];
        skilsmisse = new int[n];
        mor = new int[n];
        far = new int[n];
        Arrays.fill(partner, -1);
        Arrays.fill(vigsel, INGEN);
        Arrays.fill(separasjon, INGEN);
        Arrays.fill(skilsmisse, INGEN);
        Arrays.fill(mor, -1);
        Arrays.fill(far, -1);
        int[] etterAlder = IntStream.range(0, n).boxed()
                .sorted((a, b) -> f.foedt[a] != f.foedt[b] ? Integer.compare(f.foedt[a], f.foedt[b]) : Integer.compare(a, b))
                .mapToInt(Integer::intValue).toArray();
        int[] kvinner = Arrays.stream(etterAlder).filter(i -> !f.mann[i] && !f.dnr[i]).toArray();
        int[] menn = Arrays.stream(etterAlder).filter(i -> f.mann[i] && !f.dnr[i]).toArray();
        danPar(kvinner, menn);
        byte[] antallBarn = new byte[n];
        for (int i : etterAlder) {
            if (!f.dnr[i]) {
                finnForeldre(i, kvinner, menn, antallBarn);
            }
        }
        barnFra = new int[n + 1];
        for (int i = 0; i < n; i++) {
            for (int forelder : new int[] {mor[i], far[i]}) {
                if (forelder >= 0) {
                    barnFra[forelder + 1]++;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            barnFra[i + 1] += barnFra[i];
        }
        barn = new int[barnFra[n]];
        int[] neste = Arrays.copyOf(barnFra, n);
        for (int i : etterAlder) { // children listed oldest first
            for (int forelder : new int[] {mor[i], far[i]}) {
                if (forelder >= 0) {
                    barn[neste[forelder]++] = i;
                }
            }
        }
    }

    private void danPar(int[] kvinner, int[] menn) {
        int ref = (int) Populasjon.REFERANSEDATO.toEpochDay();
        int[] mennFoedt = Arrays.stream(menn).map(i -> f.foedt[i]).toArray();
        for (int k : kvinner) {
            SplittableRandom r = f.pop.random("folkeregister-par", k);
            if (r.nextInt(100) >= 62 || f.alder(k, ref) < 21) {
                continue;
            }
            int maal = f.foedt[k] - 730 + r.nextInt(5 * 365) - 365;
            int start = Math.abs(Arrays.binarySearch(mennFoedt, maal) + 1);
            for (int forsoek = 0; forsoek < 24; forsoek++) {
                int j = start + (forsoek % 2 == 0 ? forsoek / 2 : -(forsoek / 2) - 1);
                if (j < 0 || j >= menn.length) {
                    continue;
                }
                int m = menn[j];
                if (partner[m] < 0 && Math.abs(f.foedt[m] - f.foedt[k]) < 8 * 365 && gift(k, m, r)) {
                    break;
                }
            }
        }
    }

    /** Marries k and m on a date both could marry, maybe with a later separation and divorce; false if none fits. */
    private boolean gift(int k, int m, SplittableRandom r) {
        int ref = (int) Populasjon.REFERANSEDATO.toEpochDay();
        int fra = Math.max(Math.max(plusAar(f.foedt[k], 20), plusAar(f.foedt[m], 20)), (int) LocalDate.of(1950, 1, 1).toEpochDay());
        int slutt = Math.min(ref - 1, Math.min(avgang(k), avgang(m)));
        if (slutt - fra < 60) {
            return false;
        }
        int dato = mellom(fra, Math.min(slutt - 30, fra + 12 * 365), r);
        partner[k] = m;
        partner[m] = k;
        vigsel[k] = vigsel[m] = dato;
        int doed = Math.min(f.doed[k] == INGEN ? ref : f.doed[k], f.doed[m] == INGEN ? ref : f.doed[m]);
        if (r.nextInt(100) < 30 && doed - dato > 3 * 365 + 200) {
            int sep = mellom(dato + 2 * 365, doed - 365 - 120, r);
            separasjon[k] = separasjon[m] = sep;
            skilsmisse[k] = skilsmisse[m] = sep + 365 + r.nextInt(90);
        }
        return true;
    }

    private int avgang(int i) {
        int slutt = Integer.MAX_VALUE;
        if (f.doed[i] != INGEN) {
            slutt = f.doed[i];
        }
        if (f.utflyttet[i] != INGEN) {
            slutt = Math.min(slutt, f.utflyttet[i]);
        }
        return slutt;
    }

    private void finnForeldre(int c, int[] kvinner, int[] menn, byte[] antallBarn) {
        SplittableRandom r = f.pop.random("folkeregister-foreldre", c);
        int foedt = f.foedt[c];
        if (r.nextInt(100) < 88) {
            int m = trekk(kvinner, plusAar(foedt, -42), plusAar(foedt, -18), r,
                    i -> antallBarn[i] < 5 && f.levende(i, foedt) && (f.utflyttet[i] == INGEN || f.utflyttet[i] > foedt));
            if (m >= 0) {
                mor[c] = m;
                antallBarn[m]++;
                int ektemann = partner[m];
                if (ektemann >= 0 && vigsel[m] <= foedt && (separasjon[m] == INGEN || separasjon[m] > foedt)
                        && f.levende(ektemann, foedt - 280)) {
                    far[c] = ektemann;
                } else if (r.nextInt(100) < 70) {
                    far[c] = trekk(menn, plusAar(foedt, -55), plusAar(foedt, -18), r,
                            i -> f.levende(i, foedt - 280) && (f.utflyttet[i] == INGEN || f.utflyttet[i] > foedt));
                }
            }
        }
        arvInnvandring(c);
    }

    /** Born before the mother (else the father) came to Norway: came with her; born after: born in Norway. */
    private void arvInnvandring(int c) {
        int forelder = mor[c] >= 0 ? mor[c] : far[c];
        if (forelder < 0) {
            return;
        }
        int kom = f.innflyttet[forelder];
        if (kom != INGEN && kom > f.foedt[c]) {
            f.innflyttet[c] = kom;
            f.land[c] = f.land[forelder];
        } else {
            f.innflyttet[c] = INGEN;
            f.land[c] = -1;
        }
        // only ever later: couples were formed on the earlier dates, which must stay valid
        int ankomst = f.innflyttet[c] == INGEN ? f.foedt[c] : f.innflyttet[c];
        if ((f.doed[c] != INGEN && f.doed[c] <= ankomst) || (f.utflyttet[c] != INGEN && f.utflyttet[c] <= ankomst)) {
            f.utledAvgang(c);
        }
    }

    private int trekk(int[] etterAlder, int fra, int til, SplittableRandom r, java.util.function.IntPredicate passer) {
        int lo = nedreGrense(etterAlder, fra);
        int hi = nedreGrense(etterAlder, til + 1);
        if (hi <= lo) {
            return -1;
        }
        for (int forsoek = 0; forsoek < 12; forsoek++) {
            int i = etterAlder[lo + r.nextInt(hi - lo)];
            if (passer.test(i)) {
                return i;
            }
        }
        return -1;
    }

    private int nedreGrense(int[] etterAlder, int dag) {
        int lo = 0;
        int hi = etterAlder.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (f.foedt[etterAlder[mid]] < dag) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static int plusAar(int dag, int aar) {
        return (int) LocalDate.ofEpochDay(dag).plusYears(aar).toEpochDay();
    }

    /** The person's children, oldest first. */
    int[] barn(int i) {
        return Arrays.copyOfRange(barn, barnFra[i], barnFra[i + 1]);
    }

    /** Still married on {@code dag} (married by then, not yet separated; death does not end it in the register). */
    boolean gift(int i, int dag) {
        return partner[i] >= 0 && vigsel[i] <= dag && (separasjon[i] == INGEN || separasjon[i] > dag);
    }
}

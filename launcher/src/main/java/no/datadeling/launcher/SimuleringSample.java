package no.datadeling.launcher;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.domain.populasjon.OpptjeningGenerator;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.SyntetiskOpptjening;

/**
 * {@code sample --kind simulering}: persons with earnings histories from each cohort group of Pensjon Simuler
 * Alderspensjon (1943–1953 kapittel 19, 1954–1962 mixed, after 1962 kapittel 20), and the tp-nr the dev token owns.
 * Columns: fnr, birth date, group, income years, average income of the last ten, running alderspensjon.
 */
final class SimuleringSample {

    /** The TP register's ordning owned by the launcher's development organisation. */
    static final String TPNR = "3010";

    private SimuleringSample() {
    }

    static void run(Populasjon pop, int count, PrintStream out) {
        OpptjeningGenerator g = new OpptjeningGenerator(pop);
        String[] grupper = {"1943-1953", "1954-1962", "1963-"};
        List<List<SyntetiskOpptjening>> perGruppe = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        int perGruppeAntall = Math.max(1, (count + 2) / 3);
        pop.forEachPerson(p -> g.opptjening(p).ifPresent(o -> {
            int kull = p.foedselsdato().getYear();
            int gruppe = kull < 1943 ? -1 : kull <= 1953 ? 0 : kull <= 1962 ? 1 : 2;
            if (gruppe >= 0 && perGruppe.get(gruppe).size() < perGruppeAntall && !p.erDNummer()) {
                perGruppe.get(gruppe).add(o);
            }
        }));
        out.printf("tp-nr %s (owned by the dev organisation %s: use it with a token from `token --scope nav:pensjon/v3/alderspensjon`)%n",
                TPNR, Main.DEV_ORG);
        for (int i = 0; i < grupper.length; i++) {
            for (SyntetiskOpptjening o : perGruppe.get(i)) {
                int[] inn = o.inntekter();
                long sum = 0;
                int n = Math.min(10, inn.length);
                for (int j = inn.length - n; j < inn.length; j++) {
                    sum += inn[j];
                }
                out.printf("%s  %s  %s  inntekt %d-%d, snitt siste %d år %d kr  %s%n", o.ident(), o.foedselsdato(), grupper[i],
                        o.foersteAar(), o.sisteAar(), n, n == 0 ? 0 : sum / n, o.lopendeUttakFom() == null ? "ingen løpende alderspensjon"
                                : "løpende alderspensjon " + o.lopendeUttaksgrad() + " % fra " + o.lopendeUttakFom());
            }
        }
    }
}

package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Arbeidsforhold i oppdrag: the employment periods of {@link Populasjon#arbeidsforhold}. */
final class ArbeidsforholdDel implements PopulasjonsDel {

    @Override
    public long last(Connection c, Populasjon pop) throws SQLException, IOException {
        long[] n = {0};
        Copy.copy(c, "arbeidsforhold (oppdragsgiver, arbeidstaker, startdato, sluttdato)",
                w -> pop.forEachPerson(p -> pop.arbeidsforhold(p).forEach(a -> {
                    Copy.row(w, a.oppdragsgiver(), a.arbeidstaker(), a.startdato(), a.sluttdato());
                    n[0]++;
                })));
        return n[0];
    }

    @Override
    public List<String> tabeller() {
        return List.of("arbeidsforhold");
    }
}

package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** Pensjon Simuler Alderspensjon: earnings histories and running alderspensjon ({@link OpptjeningGenerator}). */
final class PensjonsopptjeningDel implements PopulasjonsDel {

    @Override
    public long last(Connection c, Populasjon pop) throws SQLException, IOException {
        OpptjeningGenerator g = new OpptjeningGenerator(pop);
        long[] n = {0};
        StringBuilder sb = new StringBuilder(512);
        Copy.copy(c, "pensjonsopptjening (ident, foerste_aar, inntekter, lopende_uttak_fom, lopende_uttaksgrad)",
                w -> pop.forEachPerson(p -> g.opptjening(p).ifPresent(o -> {
                    sb.setLength(0);
                    sb.append('{');
                    for (int i = 0; i < o.inntekter().length; i++) {
                        sb.append(i == 0 ? "" : ",").append(o.inntekter()[i]);
                    }
                    Copy.row(w, o.ident(), o.foersteAar(), sb.append('}').toString(), o.lopendeUttakFom(), o.lopendeUttaksgrad());
                    n[0]++;
                })));
        return n[0];
    }

    @Override
    public List<String> tabeller() {
        return List.of("pensjonsopptjening");
    }
}

package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;

/** NAV Arbeid: AAP decisions and meldekort. */
final class AapDel implements PopulasjonsDel {

    @Override
    public long last(Connection c, Populasjon pop) throws SQLException, IOException {
        AapGenerator g = new AapGenerator(pop);
        long[] n = {0};
        Copy.copy(c, "aap_vedtak (vedtak_id, ident, type, status, fom, tom, dagsats, barnetillegg, beregningsgrunnlag, vedtaksdato)",
                w -> pop.forEachPerson(p -> g.aap(p).ifPresent(a -> a.vedtak().forEach(v -> {
                    Copy.row(w, v.vedtakId(), a.ident(), v.type(), v.status(), v.fom(), v.tom(), v.dagsats(), v.barnetillegg(),
                            v.beregningsgrunnlag(), v.vedtaksdato());
                    n[0]++;
                }))));
        Copy.copy(c, "aap_meldekort (meldekort_id, ident, fom, tom, status, mottatt, timer)",
                w -> pop.forEachPerson(p -> g.aap(p).ifPresent(a -> a.meldekort().forEach(m -> {
                    Copy.row(w, m.meldekortId(), a.ident(), m.fom(), m.tom(), m.status(), m.mottatt(),
                            m.timer().stream().map(Object::toString).collect(Collectors.joining(",", "{", "}")));
                    n[0]++;
                }))));
        return n[0];
    }

    @Override
    public List<String> tabeller() {
        return List.of("aap_vedtak", "aap_meldekort");
    }
}

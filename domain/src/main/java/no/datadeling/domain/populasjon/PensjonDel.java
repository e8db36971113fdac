package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.datadeling.domain.pensjon.Samordning;

/**
 * NAV Pensjon: tjenestepensjonsforhold, pension decisions, and the four samordning feeds of every ordning as the
 * history made them (numbers 1..N, counter at N, so live decisions continue at N+1). One pass over the population per
 * ordning keeps only that ordning's events in memory.
 */
final class PensjonDel implements PopulasjonsDel {

    static final List<String> KINDS = List.of(Samordning.VEDTAK, Samordning.YTELSER, Samordning.PERSONER,
            Samordning.MANGLENDE_REFUSJONSKRAV);

    @Override
    public long last(Connection c, Populasjon pop) throws SQLException, IOException {
        PensjonGenerator g = new PensjonGenerator(pop);
        long[] n = {0};
        Copy.copy(c, "tp_forhold (ident, tpnr, fom)", w -> pop.forEachPerson(p -> g.pensjon(p).ifPresent(s -> s.forhold().forEach(f -> {
            Copy.row(w, s.ident(), f.tpnr(), f.fom());
            n[0]++;
        }))));
        Copy.copy(c, """
                pensjonsvedtak (vedtak_id, ident, sak_type, regelverk, vedtaks_kode, virk_fom, virk_tom, uttaksgrad, trygdetid,
                totalbelop_netto, vedtaksdato)""", w -> pop.forEachPerson(p -> g.pensjon(p).ifPresent(s -> s.vedtak().forEach(v -> {
            Copy.row(w, v.vedtakId(), s.ident(), v.sakType(), v.regelverk(), v.vedtaksKode(), v.virkFom(), v.virkTom(), v.uttaksgrad(),
                    v.trygdetid(), v.totalbelopNetto(), v.vedtaksdato());
            n[0]++;
        }))));
        for (TpRegisterDel.Ordning o : TpRegisterDel.ordninger(pop)) {
            Map<String, List<SamordningHendelser.Hendelse>> feeds = new LinkedHashMap<>();
            KINDS.forEach(k -> feeds.put(k, new ArrayList<>()));
            pop.forEachPerson(p -> g.pensjon(p).ifPresent(s -> SamordningHendelser.hendelser(s, o.tpnr())
                    .forEach(h -> feeds.get(h.kind()).add(h))));
            for (var e : feeds.entrySet()) {
                n[0] += last(c, Samordning.feed(e.getKey(), o.tpnr()), e.getValue());
            }
        }
        try (Statement s = c.createStatement()) {
            // ids chosen by the generator: the identity column continues above them
            s.execute("select setval(pg_get_serial_sequence('pensjonsvedtak', 'vedtak_id'),"
                    + " greatest((select max(vedtak_id) from pensjonsvedtak), 90000000))");
        }
        return n[0];
    }

    private static long last(Connection c, String feed, List<SamordningHendelser.Hendelse> hendelser) throws SQLException, IOException {
        hendelser.sort(SamordningHendelser.ORDEN);
        try (PreparedStatement ps = c.prepareStatement("insert into feed_teller (feed, siste) values (?, ?)")) {
            ps.setString(1, feed);
            ps.setLong(2, hendelser.size());
            ps.executeUpdate();
        }
        Copy.copy(c, "feed_hendelse (feed, nummer, type, kategori, innhold, opprettet)", w -> {
            long nummer = 1;
            for (SamordningHendelser.Hendelse h : hendelser) {
                Copy.row(w, feed, nummer++, h.type(), h.kategori(), h.innhold(), h.dato().atStartOfDay(SamordningHendelser.OSLO).toOffsetDateTime());
            }
        });
        return hendelser.size();
    }

    @Override
    public List<String> tabeller() {
        return List.of("tp_forhold", "pensjonsvedtak", "feed_teller", "feed_hendelse");
    }
}

package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.datadeling.domain.medlemskap.Hjemmelgruppe;
import no.datadeling.domain.medlemskap.Medlemskapsunntak;
import no.datadeling.domain.medlemskap.Trygdehendelsestype;
import no.datadeling.domain.skjema.Migreringer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The NAV Helse part of the population, loaded into a real PostgreSQL by the production loader and migrations. */
class NavHelseDelTest {

    private static final PopulasjonSpec SPEC = new PopulasjonSpec(11, 4000);
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");
    private static EmbeddedPostgres pg;
    private static Connection c;
    private static Populasjon pop;

    @BeforeAll
    static void load() throws Exception {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        Migreringer.migrer(pg.getPostgresDatabase());
        c = pg.getPostgresDatabase().getConnection();
        PopulasjonLaster.lastHvisTom(c, SPEC);
        pop = new Populasjon(SPEC);
    }

    @AfterAll
    static void stop() throws SQLException, IOException {
        if (c != null) {
            c.close();
        }
        if (pg != null) {
            pg.close();
        }
    }

    private static long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<SyntetiskMedlemskapsunntak> alleUnntak() {
        MedlemskapsunntakGenerator g = new MedlemskapsunntakGenerator(pop);
        List<SyntetiskMedlemskapsunntak> out = new ArrayList<>();
        pop.forEachPerson(p -> out.addAll(g.medlemskapsunntak(p)));
        return out;
    }

    @Test
    void loads_every_generated_period_with_both_hjemmelgrupper_and_every_history_kind() throws SQLException {
        List<SyntetiskMedlemskapsunntak> unntak = alleUnntak();
        assertTrue(unntak.size() > 100, "expected a few hundred periods, got " + unntak.size());
        assertEquals(unntak.size(), count("select count(*) from medlemskapsunntak"));
        assertTrue(unntak.stream().anyMatch(u -> u.hjemmelgruppe() == Hjemmelgruppe.EOS));
        assertTrue(unntak.stream().anyMatch(u -> u.hjemmelgruppe() == Hjemmelgruppe.OEVRIGE));
        assertTrue(unntak.stream().anyMatch(u -> u.studie() != null));
        assertTrue(unntak.stream().anyMatch(u -> u.historikk().stream().anyMatch(e -> e.type() == Trygdehendelsestype.ANNULLERT)));
        assertEquals(unntak.stream().filter(u -> u.historikk().stream().anyMatch(e -> e.type() == Trygdehendelsestype.ANNULLERT)).count(),
                count("select count(*) from medlemskapsunntak where status = 'AVST' and statusaarsak = 'Feilregistrert'"));
    }

    @Test
    void the_feed_is_dense_from_1_with_its_counter_at_the_last_number() throws SQLException {
        long n = count("select count(*) from feed_hendelse where feed = '" + Medlemskapsunntak.FEED + "'");
        assertTrue(n > 0);
        assertEquals(n, count("select max(nummer) from feed_hendelse where feed = '" + Medlemskapsunntak.FEED + "'"));
        assertEquals(1, count("select min(nummer) from feed_hendelse where feed = '" + Medlemskapsunntak.FEED + "'"));
        assertEquals(n, count("select siste from feed_teller where feed = '" + Medlemskapsunntak.FEED + "'"));
        // in every feed (other contexts load theirs too)
        assertEquals(0, count("select count(*) from (select opprettet < lag(opprettet) over (partition by feed order by nummer)"
                + " as bakover from feed_hendelse) x where bakover"), "event times never go backwards");
    }

    @Test
    void each_period_has_one_opprettet_event_and_as_many_events_as_versions_plus_one() throws SQLException {
        Map<Long, Integer> versjon = new HashMap<>();
        Map<Long, String> ident = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select unntak_id, versjon, ident, grunnlag from medlemskapsunntak")) {
            while (rs.next()) {
                versjon.put(rs.getLong(1), rs.getInt(2));
                ident.put(rs.getLong(1), rs.getString(3));
            }
        }
        Map<Long, Integer> hendelser = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select (innhold->>'periodeId')::bigint, innhold->>'personident', type, kategori,"
                + " nummer from feed_hendelse where feed = ? order by nummer"); ) {
            ps.setString(1, Medlemskapsunntak.FEED);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    assertEquals(ident.get(id), rs.getString(2), "event " + rs.getLong(5) + " names the period's person");
                    int seen = hendelser.merge(id, 1, Integer::sum);
                    assertEquals(seen == 1, "OPPRETTET".equals(rs.getString(3)), "the first event of a period is OPPRETTET");
                }
            }
        }
        assertEquals(versjon.keySet(), hendelser.keySet());
        versjon.forEach((id, v) -> assertEquals(v + 1, hendelser.get(id), "events of period " + id));
    }

    @Test
    void the_feed_matches_the_generators_own_numbering() throws SQLException {
        List<SyntetiskTrygdehendelse> forventet = new MedlemskapsunntakGenerator(pop).trygdehendelser();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select nummer, type, kategori,"
                + " (innhold->>'periodeId')::bigint from feed_hendelse where feed = '" + Medlemskapsunntak.FEED + "' order by nummer")) {
            for (SyntetiskTrygdehendelse h : forventet) {
                assertTrue(rs.next());
                assertEquals(h.hendelsesnummer(), rs.getLong(1));
                assertEquals(h.type().name(), rs.getString(2));
                assertEquals(h.hjemmelgruppe().name(), rs.getString(3));
                assertEquals(h.periodeId(), rs.getLong(4));
            }
            assertFalse(rs.next());
        }
    }

    @Test
    void ufore_cases_keep_their_invariants() throws SQLException {
        UforeGenerator g = new UforeGenerator(pop);
        List<SyntetiskUforesak> saker = new ArrayList<>();
        pop.forEachPerson(p -> g.uforesak(p).ifPresent(saker::add));
        assertTrue(saker.size() > 50, "cases: " + saker.size());
        assertEquals(saker.size(), count("select count(*) from uforesak"));
        assertEquals(saker.stream().mapToLong(s -> s.beregningsperioder().size()).sum(), count("select count(*) from uforeberegningsperiode"));
        for (SyntetiskUforesak s : saker) {
            var perioder = s.beregningsperioder();
            switch (s.status()) {
                case "LOPENDE", "EKSPORT" -> assertTrue(!perioder.isEmpty() && perioder.get(perioder.size() - 1).tom() == null, s.toString());
                case "OPPHORT" -> assertTrue(!perioder.isEmpty() && perioder.stream().allMatch(b -> b.tom() != null), s.toString());
                case "AVSLAG", "KLAGE_PA_AVSLAG", "REKONSTRUKSJON" -> assertTrue(perioder.isEmpty() && s.forsteVirkningstidspunkt() == null);
                default -> { }
            }
            for (int i = 1; i < perioder.size(); i++) {
                assertEquals(perioder.get(i - 1).tom().plusDays(1), perioder.get(i).fom(), "periods follow each other: " + s);
            }
            if (!perioder.isEmpty()) {
                assertEquals(s.forsteVirkningstidspunkt(), perioder.get(0).fom());
            }
        }
        assertTrue(saker.stream().map(SyntetiskUforesak::status).distinct().count() >= 6, "several statuses");
    }

    @Test
    void the_live_identity_continues_above_the_generated_ids() throws SQLException {
        long max = count("select max(unntak_id) from medlemskapsunntak");
        assertTrue(count("select nextval(pg_get_serial_sequence('medlemskapsunntak', 'unntak_id'))") > max);
    }
}

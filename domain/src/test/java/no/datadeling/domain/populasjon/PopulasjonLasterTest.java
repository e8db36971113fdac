package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import no.datadeling.domain.skjema.Migreringer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Against a real PostgreSQL (COPY, constraints, comments), migrated by the production migrations. */
class PopulasjonLasterTest {

    private static final PopulasjonSpec SPEC = new PopulasjonSpec(7, 3000);
    /** Held so its level is not lost to garbage collection; Flyway's INFO lines would clutter the build output. */
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");
    private static EmbeddedPostgres pg;

    private Connection c;

    @BeforeAll
    static void start() throws IOException {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        Migreringer.migrer(pg.getPostgresDatabase());
    }

    @AfterAll
    static void stop() throws IOException {
        if (pg != null) {
            pg.close();
        }
    }

    /** Every test starts from the freshly migrated schema: the loader's tables emptied, the seeded packages kept. */
    @BeforeEach
    void emptyPopulation() throws SQLException {
        c = pg.getPostgresDatabase().getConnection();
        try (Statement s = c.createStatement()) {
            // every part's tables, so a new part needs no edit here; plus what calls, not the loader, write
            String deler = Populasjonsdeler.ALLE.stream().flatMap(d -> d.tabeller().stream()).collect(java.util.stream.Collectors.joining(", "));
            s.execute("truncate " + deler + ", feed_hendelse, feed_teller, verktoy_oppgave, person, organisasjon, populasjon"
                    + " restart identity cascade");
        }
    }

    @AfterEach
    void close() throws SQLException {
        c.close();
    }

    private long count(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private long rows(String table) throws SQLException {
        return count("select count(*) from " + table);
    }

    private static long generatedArbeidsforhold(Populasjon pop) {
        AtomicLong n = new AtomicLong();
        pop.forEachPerson(p -> n.addAndGet(pop.arbeidsforhold(p).size()));
        return n.get();
    }

    @Test
    void loads_exactly_what_the_generator_produces() throws Exception {
        Populasjon pop = new Populasjon(SPEC);
        long expectedArbeidsforhold = generatedArbeidsforhold(pop);

        PopulasjonLaster.Resultat r = PopulasjonLaster.lastHvisTom(c, SPEC);

        assertTrue(r.lastet());
        assertEquals(3000, r.personer());
        assertTrue(expectedArbeidsforhold > 0);
        assertEquals(3000, rows("person"));
        assertEquals(SPEC.antallOrganisasjoner(), rows("organisasjon"));
        assertEquals(expectedArbeidsforhold, rows("arbeidsforhold"));
        assertEquals(Optional.of(SPEC), PopulasjonLaster.lastet(c));
        assertTrue(c.getAutoCommit(), "auto-commit restored");
    }

    @Test
    void stores_each_person_field_for_field() throws Exception {
        PopulasjonLaster.lastHvisTom(c, SPEC);
        List<SyntetiskPerson> generated = new Populasjon(SPEC).personer(3000);
        long utenMellomnavn = generated.stream().filter(p -> p.mellomnavn() == null).count();
        assertEquals(utenMellomnavn, count("select count(*) from person where mellomnavn is null"));
        assertEquals(0, count("select count(*) from person where mellomnavn = ''"));

        try (PreparedStatement ps = c.prepareStatement("select identifikatortype, fornavn, mellomnavn, etternavn, kjoenn,"
                + " foedselsdato, personstatus from person where foedselsnummer = ?")) {
            for (SyntetiskPerson p : generated.subList(0, 200)) {
                ps.setString(1, p.foedselsnummer());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    SyntetiskPerson stored = new SyntetiskPerson(p.nummer(), p.foedselsnummer(), rs.getString(1),
                            rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                            rs.getObject(6, java.time.LocalDate.class), rs.getString(7));
                    assertEquals(p, stored);
                }
            }
        }
    }

    @Test
    void stores_ongoing_periods_with_null_sluttdato() throws Exception {
        Populasjon pop = new Populasjon(SPEC);
        AtomicLong paagaaende = new AtomicLong();
        pop.forEachPerson(p -> pop.arbeidsforhold(p).stream().filter(a -> a.sluttdato() == null).forEach(a -> paagaaende.incrementAndGet()));
        PopulasjonLaster.lastHvisTom(c, SPEC);
        assertEquals(paagaaende.get(), count("select count(*) from arbeidsforhold where sluttdato is null"));
    }

    @Test
    void a_second_load_of_the_same_population_changes_nothing() throws Exception {
        PopulasjonLaster.lastHvisTom(c, SPEC);
        long arbeidsforhold = rows("arbeidsforhold");
        long maxId = count("select max(id) from arbeidsforhold");

        PopulasjonLaster.Resultat again = PopulasjonLaster.lastHvisTom(c, SPEC);

        assertFalse(again.lastet());
        assertEquals(3000, rows("person"));
        assertEquals(SPEC.antallOrganisasjoner(), rows("organisasjon"));
        assertEquals(arbeidsforhold, rows("arbeidsforhold"));
        assertEquals(maxId, count("select max(id) from arbeidsforhold"));
        assertEquals(1, rows("populasjon"));
    }

    @Test
    void a_different_population_is_refused() throws Exception {
        PopulasjonLaster.lastHvisTom(c, SPEC);
        assertThrows(IllegalStateException.class, () -> PopulasjonLaster.lastHvisTom(c, new PopulasjonSpec(8, 3000)));
        assertThrows(IllegalStateException.class, () -> PopulasjonLaster.lastHvisTom(c, new PopulasjonSpec(7, 3001)));
        assertEquals(3000, rows("person"));
        assertEquals(Optional.of(SPEC), PopulasjonLaster.lastet(c));
    }

    @Test
    void a_population_from_another_generator_version_is_refused() throws Exception {
        PopulasjonLaster.lastHvisTom(c, SPEC);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("update populasjon set generatorversjon = generatorversjon + 1");
        }
        assertThrows(IllegalStateException.class, () -> PopulasjonLaster.lastet(c));
        assertThrows(IllegalStateException.class, () -> PopulasjonLaster.lastHvisTom(c, SPEC));
    }

    @Test
    void an_empty_database_has_no_population() throws Exception {
        assertEquals(Optional.empty(), PopulasjonLaster.lastet(c));
    }

    @Test
    void a_failed_load_leaves_nothing_behind() throws Exception {
        SyntetiskPerson first = new Populasjon(SPEC).personer(1).get(0);
        try (PreparedStatement ps = c.prepareStatement("insert into person (foedselsnummer, identifikatortype, fornavn,"
                + " etternavn, kjoenn, foedselsdato, personstatus) values (?, 'foedselsnummer', 'Kari', 'Nordmann', 'kvinne',"
                + " date '1980-01-01', 'bosatt')")) {
            ps.setString(1, first.foedselsnummer());
            ps.executeUpdate();
        }

        Exception e = assertThrows(Exception.class, () -> PopulasjonLaster.lastHvisTom(c, SPEC));
        assertTrue(e instanceof SQLException || e instanceof IOException, e::toString);

        assertTrue(c.getAutoCommit(), "auto-commit restored");
        assertEquals(1, rows("person"));
        assertEquals(0, rows("organisasjon"));
        assertEquals(0, rows("arbeidsforhold"));
        assertEquals(0, rows("populasjon"));
        assertEquals(Optional.empty(), PopulasjonLaster.lastet(c));
    }

    @Test
    void the_connection_can_load_again_after_a_failed_load() throws Exception {
        SyntetiskPerson first = new Populasjon(SPEC).personer(1).get(0);
        try (Statement s = c.createStatement()) {
            s.executeUpdate("insert into person (foedselsnummer, identifikatortype, fornavn, etternavn, kjoenn, foedselsdato,"
                    + " personstatus) values ('" + first.foedselsnummer() + "', 'foedselsnummer', 'Kari', 'Nordmann', 'kvinne',"
                    + " date '1980-01-01', 'bosatt')");
        }
        assertThrows(Exception.class, () -> PopulasjonLaster.lastHvisTom(c, SPEC));
        try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from person");
        }

        assertTrue(PopulasjonLaster.lastHvisTom(c, SPEC).lastet());
        assertEquals(3000, rows("person"));
    }

    @Test
    void every_table_and_column_has_a_comment() throws Exception {
        List<String> tables = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname, obj_description(c.oid, 'pg_class')
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and c.relname <> 'flyway_schema_history'
                order by c.relname""")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
                if (rs.getString(2) == null || rs.getString(2).isBlank()) {
                    missing.add("table " + rs.getString(1));
                }
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("""
                select c.relname, a.attname, col_description(c.oid, a.attnum)
                from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
                where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm') and c.relname <> 'flyway_schema_history'
                order by c.relname, a.attnum""")) {
            while (rs.next()) {
                if (rs.getString(3) == null || rs.getString(3).isBlank()) {
                    missing.add("column " + rs.getString(1) + "." + rs.getString(2));
                }
            }
        }
        assertTrue(tables.containsAll(List.of("arbeidsforhold", "organisasjon", "person", "populasjon", "rettighetspakke",
                "rettighetspakke_tilgang", "persondokument", "folkeregisterperson", "folkeregister_identifikator")), tables::toString);
        assertEquals(List.of(), missing);
    }
}

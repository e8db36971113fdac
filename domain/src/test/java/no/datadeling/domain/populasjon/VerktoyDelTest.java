package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import no.datadeling.domain.skjema.Migreringer;
import no.datadeling.domain.verktoy.Kodeverk;
import no.datadeling.domain.verktoy.VerktoySok;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The Verktøy part of the population in a real PostgreSQL, and the search index's query plan. */
class VerktoyDelTest {

    private static final PopulasjonSpec SPEC = new PopulasjonSpec(13, 3000);
    private static final java.util.logging.Logger FLYWAY_LOG = java.util.logging.Logger.getLogger("org.flywaydb");
    private static EmbeddedPostgres pg;
    private static Connection c;
    private static Populasjon pop;
    private static VerktoyKatalog katalog;

    @BeforeAll
    static void load() throws Exception {
        FLYWAY_LOG.setLevel(java.util.logging.Level.WARNING);
        pg = EmbeddedPostgres.builder().setServerConfig("fsync", "off").start();
        Migreringer.migrer(pg.getPostgresDatabase());
        c = pg.getPostgresDatabase().getConnection();
        PopulasjonLaster.lastHvisTom(c, SPEC);
        pop = new Populasjon(SPEC);
        katalog = new VerktoyKatalog(pop);
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

    @Test
    void loads_the_catalogue_with_every_field_and_unique_names() throws Exception {
        assertEquals(VerktoyKatalog.STANDARD_ANTALL, count("select count(*) from verktoy"));
        assertEquals(VerktoyKatalog.STANDARD_ANTALL, count("select count(distinct navn) from verktoy"));
        assertEquals(0, count("select count(*) from verktoy where cardinality(sokeord) = 0"));
        SyntetiskVerktoy v = katalog.verktoy().get(17);
        try (PreparedStatement ps = c.prepareStatement("select navn, formal_type_id, sprak_id, fagomrade_type, malgruppe_type_id,"
                + " innholdstype_id, klassifisering_kode, krever_forskrivning, anonym_tilgang, organisasjonsnummer, antatt_tid,"
                + " sokeord, opprettet_dato from verktoy where verktoy_id = ?")) {
            ps.setObject(1, v.verktoyId());
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(v.navn(), rs.getString(1));
                assertEquals(v.formal().id(), rs.getInt(2));
                assertEquals(v.sprak().id(), rs.getInt(3));
                assertEquals(v.fagomrade().id(), rs.getInt(4));
                assertEquals(v.malgruppe().id(), rs.getInt(5));
                assertEquals(v.innholdstype().id(), rs.getInt(6));
                assertEquals(v.klassifiseringKode(), rs.getString(7));
                assertEquals(v.kreverForskrivning(), rs.getBoolean(8));
                assertEquals(v.anonymTilgang(), rs.getBoolean(9));
                assertEquals(v.organisasjonsnummer(), rs.getString(10));
                assertEquals(v.antattTid(), rs.getObject(11));
                assertEquals(v.sokeord(), List.of((String[]) rs.getArray(12).getArray()));
                assertEquals(v.opprettetDato(), rs.getTimestamp(13).toInstant());
            }
        }
    }

    @Test
    void every_enumeration_value_and_both_access_kinds_occur() throws Exception {
        for (var e : List.of(Kodeverk.Fagomrade.values(), Kodeverk.Malgruppe.values(), Kodeverk.Sprak.values(),
                Kodeverk.VerktoyFormal.values())) {
            for (Kodeverk.Kode k : e) {
                assertTrue(katalog.verktoy().stream().anyMatch(v -> List.of(v.fagomrade(), v.malgruppe(), v.sprak(), v.formal())
                        .contains(k)), k.toString());
            }
        }
        assertTrue(count("select count(*) from verktoy where krever_forskrivning") > 50);
        assertTrue(count("select count(*) from verktoy where anonym_tilgang") > 20);
        assertTrue(count("select count(*) from verktoy where not krever_forskrivning and not anonym_tilgang") > 50);
        assertTrue(count("select count(*) from verktoy where antatt_tid is null") > 0);
    }

    @Test
    void graphic_elements_are_real_png_and_svg_images() throws Exception {
        int png = 0;
        int svg = 0;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "select medietype, innhold from verktoy_grafisk_element order by grafisk_element_id")) {
            while (rs.next()) {
                byte[] bytes = rs.getBytes(2);
                if ("image/png".equals(rs.getString(1))) {
                    var image = ImageIO.read(new ByteArrayInputStream(bytes));
                    assertEquals(Bilder.PNG_STORRELSE, image.getWidth());
                    png++;
                } else {
                    var doc = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
                    assertEquals("svg", doc.getDocumentElement().getTagName());
                    svg++;
                }
            }
        }
        assertEquals(VerktoyKatalog.STANDARD_ANTALL, png + svg);
        assertTrue(png > 100 && svg > 100, png + " / " + svg);
    }

    @Test
    void registers_digitally_active_adults_and_health_personnel() throws Exception {
        Helseregistre registre = new Helseregistre(pop);
        AtomicLong aktive = new AtomicLong();
        AtomicLong hpr = new AtomicLong();
        Set<String> hprNumre = new HashSet<>();
        pop.forEachPerson(p -> {
            registre.digitaltAktivFra(p).ifPresent(d -> aktive.incrementAndGet());
            registre.helsepersonell(p).ifPresent(h -> {
                hpr.incrementAndGet();
                hprNumre.add(h.hprNummer());
            });
        });
        assertEquals(aktive.get(), count("select count(*) from helsenorge_digitalt_aktiv"));
        assertEquals(hpr.get(), count("select count(*) from helsepersonell"));
        assertEquals(hpr.get(), hprNumre.size());
        assertTrue(aktive.get() > 1000 && hpr.get() > 10, aktive + " / " + hpr);
        assertEquals(0, count("select count(*) from helsenorge_digitalt_aktiv a join person p using (foedselsnummer)"
                + " where p.personstatus in ('doed', 'utflyttet') or p.foedselsdato > date '2010-01-01'"));
        assertEquals(katalog.leverandorer().size(), count("select count(*) from verktoy_veiledningstjeneste"));
    }

    @Test
    void prefix_search_finds_word_starts_in_names_and_search_words() throws Exception {
        SyntetiskVerktoy v = katalog.verktoy().get(3);
        String ordFraNavn = v.navn().split(" ")[v.navn().split(" ").length - 1];
        assertTrue(sok(ordFraNavn.substring(0, Math.min(4, ordFraNavn.length()))).contains(v.verktoyId()));
        String sokeord = v.sokeord().get(0);
        assertTrue(sok(sokeord.toUpperCase()).contains(v.verktoyId()));
        // the middle of a word is no word start
        assertFalse(sok("ression").contains(v.verktoyId()) && !v.navn().toLowerCase().contains(" ression"));
    }

    /** The production query shape: a range on the "C"-collated primary key. */
    private static List<UUID> sok(String sokeord) throws SQLException {
        String p = VerktoySok.normaliser(sokeord);
        List<UUID> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select distinct verktoy_id from verktoy_sok where term >= ? and term < ?")) {
            ps.setString(1, p);
            ps.setString(2, p + VerktoySok.OVER_ALT);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getObject(1, UUID.class));
                }
            }
        }
        return out;
    }

    @Test
    void the_search_is_an_index_range_scan_even_as_a_generic_prepared_plan_on_a_large_catalogue() throws Exception {
        // a catalogue of 20 000 tools in a scratch schema: big enough that a table scan would show in the plan
        try (Statement s = c.createStatement()) {
            s.execute("create table plan_sok (like verktoy_sok including all)");
        }
        try {
            VerktoyKatalog stor = new VerktoyKatalog(new Populasjon(new PopulasjonSpec(99, 10)), 20_000);
            Copy.copy(c, "plan_sok (term, verktoy_id, navn)", w -> {
                for (SyntetiskVerktoy v : stor.verktoy()) {
                    VerktoySok.termer(v.navn(), v.sokeord()).forEach(t -> Copy.row(w, t, v.verktoyId(), v.navn()));
                }
            });
            try (Statement s = c.createStatement()) {
                s.execute("analyze plan_sok");
                s.execute("set plan_cache_mode = force_generic_plan");
                s.execute("prepare sok(text, text) as select verktoy_id, navn from plan_sok where term >= $1 and term < $2"
                        + " group by verktoy_id, navn order by navn, verktoy_id limit 50");
                StringBuilder plan = new StringBuilder();
                try (ResultSet rs = s.executeQuery("explain execute sok('søvn', 'søvn' || chr(1114111))")) {
                    while (rs.next()) {
                        plan.append(rs.getString(1)).append('\n');
                    }
                }
                assertTrue(plan.toString().contains("Index"), plan::toString);
                assertFalse(plan.toString().contains("Seq Scan"), plan::toString);
                s.execute("deallocate sok");
                s.execute("reset plan_cache_mode");
            }
        } finally {
            try (Statement s = c.createStatement()) {
                s.execute("drop table plan_sok");
            }
        }
    }
}

package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.stream.Collectors;
import no.datadeling.domain.verktoy.VerktoySok;

/**
 * Helsenorge Verktøy: the Verktøykatalog (tools, graphic elements, prefix-search index), the vendors'
 * veiledningstjenester, the digitally active citizens and the HPR register. No tasks: those come from sends.
 */
final class VerktoyDel implements PopulasjonsDel {

    private final int antallVerktoy;

    VerktoyDel() {
        this(VerktoyKatalog.STANDARD_ANTALL);
    }

    VerktoyDel(int antallVerktoy) {
        this.antallVerktoy = antallVerktoy;
    }

    @Override
    public long last(Connection c, Populasjon pop) throws SQLException, IOException {
        VerktoyKatalog katalog = new VerktoyKatalog(pop, antallVerktoy);
        long n = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "insert into verktoy_grafisk_element (grafisk_element_id, type_id, medietype, innhold) values (?, ?, ?, ?)")) {
            for (SyntetiskVerktoy v : katalog.verktoy()) {
                ps.setInt(1, v.grafiskElementId());
                ps.setInt(2, v.grafiskElementType().id());
                ps.setString(3, v.grafiskElementType().medietype());
                ps.setBytes(4, VerktoyKatalog.bilde(v));
                ps.addBatch();
                n++;
            }
            ps.executeBatch();
        }
        Copy.copy(c, """
                verktoy (verktoy_id, navn, ingress, beskrivelse, opprettet_dato, endret_dato, formal_type_id, faglig_ansvarlig,
                utviklet_av, sprak_id, fagomrade_type, url, sokeord, malgruppe_type_id, grafisk_element_id, innholdstype_id,
                behandlerinnsyn, klassifisering_kode, klassifisering_navn, krever_forskrivning, anonym_tilgang,
                organisasjonsnummer, organisasjonsnavn, antatt_tid)""", w -> {
            for (SyntetiskVerktoy v : katalog.verktoy()) {
                Copy.row(w, v.verktoyId(), v.navn(), v.ingress(), v.beskrivelse(), v.opprettetDato(), v.endretDato(),
                        v.formal().id(), v.fagligAnsvarlig(), v.utvikletAv(), v.sprak().id(), v.fagomrade().id(), v.url(),
                        arrayLiteral(v.sokeord()), v.malgruppe().id(), v.grafiskElementId(), v.innholdstype().id(),
                        v.behandlerinnsyn(), v.klassifiseringKode(), v.klassifiseringNavn(), v.kreverForskrivning(),
                        v.anonymTilgang(), v.organisasjonsnummer(), v.organisasjonsnavn(), v.antattTid());
            }
        });
        n += katalog.verktoy().size();
        long[] termer = {0};
        Copy.copy(c, "verktoy_sok (term, verktoy_id, navn)", w -> {
            for (SyntetiskVerktoy v : katalog.verktoy()) {
                for (String term : VerktoySok.termer(v.navn(), v.sokeord())) {
                    Copy.row(w, term, v.verktoyId(), v.navn());
                    termer[0]++;
                }
            }
        });
        n += termer[0];
        List<SyntetiskVeiledningstjeneste> tjenester = katalog.veiledningstjenester();
        try (PreparedStatement ps = c.prepareStatement("""
                insert into verktoy_veiledningstjeneste (veiledningstjeneste_id, navn, organisasjonsnummer, telefon, url,
                apningstider, endret) values (?, ?, ?, ?, ?, ?, ?)""")) {
            for (SyntetiskVeiledningstjeneste t : tjenester) {
                ps.setObject(1, t.id());
                ps.setString(2, t.navn());
                ps.setString(3, t.organisasjonsnummer());
                ps.setString(4, t.telefon());
                ps.setString(5, t.url());
                ps.setArray(6, c.createArrayOf("int4", t.apningstider().toArray()));
                ps.setTimestamp(7, Timestamp.from(Populasjon.REFERANSEDATO.atStartOfDay(java.time.ZoneOffset.UTC).toInstant()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        n += tjenester.size();
        Helseregistre registre = new Helseregistre(pop);
        long[] m = {0};
        Copy.copy(c, "helsenorge_digitalt_aktiv (foedselsnummer, aktiv_fra)", w -> pop.forEachPerson(p ->
                registre.digitaltAktivFra(p).ifPresent(fra -> {
                    Copy.row(w, p.foedselsnummer(), fra);
                    m[0]++;
                })));
        Copy.copy(c, "helsepersonell (hpr_nummer, foedselsnummer, kategori, navn, autorisert_fra)", w -> pop.forEachPerson(p ->
                registre.helsepersonell(p).ifPresent(h -> {
                    Copy.row(w, h.hprNummer(), h.foedselsnummer(), h.kategori(), h.navn(), h.autorisertFra());
                    m[0]++;
                })));
        return n + m[0];
    }

    /** A PostgreSQL array literal for COPY: every element double-quoted, quotes and backslashes escaped. */
    static String arrayLiteral(List<String> values) {
        return values.stream().map(v -> "\"" + v.replace("\\", "\\\\").replace("\"", "\\\"") + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    @Override
    public List<String> tabeller() {
        return List.of("verktoy_grafisk_element", "verktoy", "verktoy_sok", "verktoy_veiledningstjeneste",
                "helsenorge_digitalt_aktiv", "helsepersonell");
    }
}

package no.datadeling.folkeregister.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import no.datadeling.domain.folkeregister.Persondokumenttekst;
import no.datadeling.folkeregister.entity.Persondokumentidentifikator;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.ops.DatabaseReadiness;
import no.datadeling.infra.security.Rettighetspakker;

/**
 * Reads person documents and search columns (tables of migrations V100 and V102). Plain JDBC on the container's pool:
 * a document is a JSON text to cut and pass on ({@link Persondokumenttekst}), read as bytes, not an entity, and the
 * lookup is the hot path (one round trip, no persistence context, no transaction).
 */
@ApplicationScoped
public class Persondokumentlager {

    /**
     * Where a current document is read: the whole version (persondokument), or its person-basis cut stored beside the
     * person (folkeregisterperson.basis, V103) when the request needs no more ({@link Utsnitt#iBasis}).
     */
    private record Kilde(String kolonner, String fra) {

        static final Kilde HEL = new Kilde("d.dokument, d.indeks",
                "(folkeregisterperson p join persondokument d on d.persondokumentidentifikator = p.persondokumentidentifikator)");
        static final Kilde BASIS = new Kilde("p.basis, p.basis_indeks", "folkeregisterperson p");

        static Kilde av(boolean basis) {
            return basis ? BASIS : HEL;
        }

        /** By current number. */
        String direkte(String nr) {
            return "select " + kolonner + " from " + fra + " where p.folkeregisteridentifikator = " + nr;
        }

        /** By an earlier number (a D-number replaced by a fødselsnummer): the person's current document. */
        String tidligere(String nr) {
            return "select " + kolonner + " from folkeregister_identifikator i join " + fra
                    + " on p.folkeregisteridentifikator = i.folkeregisteridentifikator"
                    + " where i.identifikatortype = 'folkeregisteridentifikator' and i.identifikator = " + nr + " limit 1";
        }

        /** A person by current number, else by an earlier one. */
        String gjeldende(String nr) {
            return "(" + direkte(nr) + ") union all (" + tidligere(nr) + ") limit 1";
        }

        /**
         * Per number asked for, its current document by current number: a lateral primary-key lookup per number,
         * because "= any(array)" over 1 000 numbers made PostgreSQL scan the whole table (EXPLAIN: parallel seq scan;
         * 47-59 ms of database CPU per bulk of 1 000 against 37 ms). Earlier numbers are looked up after, for the
         * numbers not found ({@link #tidligere}): a union per number cost every bulk a further 10-15 %.
         */
        static String perNummer(String sql) {
            return "select n.nr, t.* from unnest(?::varchar[]) n(nr) cross join lateral (" + sql + ") t";
        }

        /**
         * The grant (parameters 1-2) and the document by current number (parameter 3) in one round trip; the document
         * only with the grant. The union with earlier numbers cost this hot path 12 % of its database time (pgbench),
         * so an earlier number is looked up after a miss.
         */
        String medTilgang() {
            return Persondokumentlager.medTilgang(kolonner, fra, "p.folkeregisteridentifikator = ?");
        }
    }

    private static String arkiv(String id) {
        return "select d.dokument, d.indeks from persondokument d where d.persondokumentidentifikator = " + id;
    }

    private static final String ARKIV_MED_TILGANG = medTilgang("d.dokument, d.indeks", "persondokument d",
            "d.persondokumentidentifikator = ?::uuid");

    /** The grant (parameters 1-2) beside what {@code fra} holds where {@code paa} (parameter 3); nothing without the grant. */
    private static String medTilgang(String kolonner, String fra, String paa) {
        return "select " + Rettighetspakker.TILGANG_SQL + " as tilgang, " + kolonner + " from (select 1) en left join " + fra
                + " on " + paa;
    }
    /** A union of two index lookups: written as "= ? or in (subquery)", PostgreSQL scanned the whole table (17 ms at 100 000 persons). */
    private static final String KANDIDATER = """
            select folkeregisteridentifikator, foedselsdato, navn, adressenavn, husnummer, husbokstav, postnummer, adressegradering
              from folkeregisterperson
             where folkeregisteridentifikator = ?
            union
            select p.folkeregisteridentifikator, p.foedselsdato, p.navn, p.adressenavn, p.husnummer, p.husbokstav, p.postnummer,
                   p.adressegradering
              from folkeregister_identifikator i
              join folkeregisterperson p on p.folkeregisteridentifikator = i.folkeregisteridentifikator
             where i.identifikatortype = ? and i.identifikator = ?""";

    /** The search columns of one person (see {@link Entydigsoek}). */
    public record Soekerad(String folkeregisteridentifikator, LocalDate foedselsdato, String navn, String adressenavn,
                           String husnummer, String husbokstav, String postnummer, String adressegradering) {
    }

    @Resource(lookup = DatabaseReadiness.DATASOURCE)
    DataSource dataSource;

    /** What a single lookup found: whether the organisation holds the package, and the document if it does and there is one. */
    public record Treff(boolean tilgang, Optional<Persondokumenttekst> dokument) {
    }

    /** The current document of {@code id} (a number found through an earlier one too), for an organisation and package. */
    public Treff gjeldende(Foedselsnummer id, boolean basis, Organisasjonsnummer org, String pakke) {
        Kilde kilde = Kilde.av(basis);
        Treff treff = medTilgang(kilde.medTilgang(), org, pakke, id.verdi());
        return treff.tilgang() && treff.dokument().isEmpty() ? new Treff(true, les(kilde.tidligere("?"), id.verdi())) : treff;
    }

    /** The current document of {@code id} (or its person-basis cut), for a caller whose grant is checked already. */
    public Optional<Persondokumenttekst> gjeldende(Foedselsnummer id, boolean basis) {
        return les(Kilde.av(basis).gjeldende("?"), id.verdi(), id.verdi());
    }

    private Optional<Persondokumenttekst> les(String sql, String... parametre) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametre.length; i++) {
                ps.setString(i + 1, parametre[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(dokument(rs, 1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a person document failed", e);
        }
    }

    public Treff arkiv(Persondokumentidentifikator id, Organisasjonsnummer org, String pakke) {
        return medTilgang(ARKIV_MED_TILGANG, org, pakke, id.somUuid());
    }

    private Treff medTilgang(String sql, Organisasjonsnummer org, String pakke, String id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, org.verdi());
            ps.setString(2, pakke);
            ps.setString(3, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return new Treff(false, Optional.empty());
                }
                return new Treff(true, rs.getBytes(2) == null ? Optional.empty() : Optional.of(dokument(rs, 2)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading a person document failed", e);
        }
    }

    /** Current documents by the numbers asked for (a number found through an earlier one maps from that one). */
    public Map<String, Persondokumenttekst> gjeldende(List<Foedselsnummer> ider, boolean basis) {
        Map<String, Persondokumenttekst> ut = new HashMap<>();
        Kilde kilde = Kilde.av(basis);
        try (Connection c = dataSource.getConnection()) {
            List<String> nr = ider.stream().map(Foedselsnummer::verdi).toList();
            les(c, Kilde.perNummer(kilde.direkte("n.nr")), nr, ut);
            List<String> ikkeFunnet = nr.stream().filter(n -> !ut.containsKey(n)).toList();
            if (!ikkeFunnet.isEmpty()) {
                les(c, Kilde.perNummer(kilde.tidligere("n.nr")), ikkeFunnet, ut);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading person documents failed", e);
        }
        return ut;
    }

    private static void les(Connection c, String sql, List<String> nr, Map<String, Persondokumenttekst> ut) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, c.createArrayOf("varchar", nr.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ut.put(rs.getString(1), dokument(rs, 2));
                }
            }
        }
    }

    public Map<Persondokumentidentifikator, Persondokumenttekst> arkiv(List<Persondokumentidentifikator> ider) {
        Map<Persondokumentidentifikator, Persondokumenttekst> ut = new HashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(
                "select replace(n.id::text, '-', ''), t.dokument, t.indeks from unnest(?::uuid[]) n(id)"
                        + " cross join lateral (" + arkiv("n.id") + ") t")) {
            ps.setArray(1, c.createArrayOf("varchar", ider.stream().map(Persondokumentidentifikator::somUuid).toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ut.put(new Persondokumentidentifikator(rs.getString(1)), dokument(rs, 2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("reading archived person documents failed", e);
        }
        return ut;
    }

    /** The json column's text as the driver received it (UTF-8, no String in between), and the index beside it. */
    private static Persondokumenttekst dokument(ResultSet rs, int kolonne) throws SQLException {
        return new Persondokumenttekst(rs.getBytes(kolonne), rs.getBytes(kolonne + 1));
    }

    /**
     * Persons an identifying search value points at: a fødsels- or D-nummer (current or earlier), or an identifier of
     * {@code type} (utenlandskPersonidentifikasjon "LAND-nummer", legitimasjonsdokument, DUF number).
     */
    public List<Soekerad> kandidater(String type, String verdi) {
        List<Soekerad> ut = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(KANDIDATER)) {
            ps.setString(1, "folkeregisteridentifikator".equals(type) ? verdi : null);
            ps.setString(2, type);
            ps.setString(3, verdi);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ut.add(new Soekerad(rs.getString(1), rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("searching persons failed", e);
        }
        return ut;
    }
}

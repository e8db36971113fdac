package no.datadeling.infra.ratelimit;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.datadeling.infra.ops.DatabaseReadiness;

/**
 * Token buckets in table ratebegrensning_boette. One UPDATE refills and takes in a single statement, computed from the
 * row as locked (concurrent instances serialise on the row, none can read a stale count), with the database's clock
 * (instances' clocks may differ). Auto-commit, no JTA transaction: it runs on the read path, outside any.
 */
@ApplicationScoped
public class PostgresBoettelager implements Boettelager {

    /** tilgjengelig = min(grense, tokens + sekunder siden sist * grense / 60) */
    private static final String TILGJENGELIG =
            "least(g.per_minutt, b.tokens + extract(epoch from statement_timestamp() - b.oppdatert) * g.per_minutt / 60.0)";
    private static final String LEI = """
            update ratebegrensning_boette b
               set tildelt = least(?, floor(%1$s)),
                   tokens = %1$s - least(?, floor(%1$s)),
                   oppdatert = statement_timestamp()
              from (select coalesce((select per_minutt from ratebegrensning_grense where organisasjonsnummer = ?), ?) as per_minutt) g
             where b.organisasjonsnummer = ?
         returning b.tildelt, b.tokens, g.per_minutt""".formatted(TILGJENGELIG);
    private static final String NY = """
            insert into ratebegrensning_boette (organisasjonsnummer, tokens, tildelt, oppdatert)
            select ?, coalesce((select per_minutt from ratebegrensning_grense where organisasjonsnummer = ?), ?), 0, statement_timestamp()
            on conflict (organisasjonsnummer) do nothing""";

    @Resource(lookup = DatabaseReadiness.DATASOURCE)
    DataSource dataSource;

    public PostgresBoettelager() {
        // CDI; the datasource is injected
    }

    public PostgresBoettelager(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Tildeling lei(String org, int oensket, long standardPerMinutt) {
        try (Connection c = dataSource.getConnection()) {
            for (int forsoek = 0; forsoek < 2; forsoek++) {
                try (PreparedStatement ps = c.prepareStatement(LEI)) {
                    ps.setInt(1, oensket);
                    ps.setInt(2, oensket);
                    ps.setString(3, org);
                    ps.setLong(4, standardPerMinutt);
                    ps.setString(5, org);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            int tildelt = rs.getInt(1);
                            double igjen = rs.getDouble(2);
                            long perMinutt = rs.getLong(3);
                            return new Tildeling(tildelt, tildelt > 0 ? 0 : vent(igjen, perMinutt), perMinutt);
                        }
                    }
                }
                try (PreparedStatement ps = c.prepareStatement(NY)) {
                    ps.setString(1, org);
                    ps.setString(2, org);
                    ps.setLong(3, standardPerMinutt);
                    ps.executeUpdate();
                }
            }
            throw new IllegalStateException("no rate-limit bucket for the organisation after creating it");
        } catch (SQLException e) {
            throw new IllegalStateException("rate-limit bucket not available", e);
        }
    }

    /** Milliseconds until the bucket holds a whole token again. */
    static long vent(double igjen, long perMinutt) {
        if (perMinutt <= 0) {
            return 60_000;
        }
        return Math.max(1, (long) Math.ceil((1 - igjen) * 60_000.0 / perMinutt));
    }
}

package no.datadeling.helserefusjon.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import no.datadeling.infra.feed.FeedHendelse;
import javax.sql.DataSource;
import no.datadeling.domain.helserefusjon.Helserefusjon;
import no.datadeling.infra.feed.Feed;
import no.datadeling.infra.feed.FeedSide;
import no.datadeling.infra.feed.LagretHendelse;
import no.datadeling.infra.ops.DatabaseReadiness;

/**
 * SAR eksport: the register's changes from the gap-free feed, and the whole register streamed. The export never holds
 * the set: PostgreSQL builds each row's JSON and hands rows over through a cursor (fetch size {@link #HENTESTOERRELSE},
 * which needs autocommit off), and each line is written to the response as it comes.
 */
@ApplicationScoped
public class SarService {

    static final int HENTESTOERRELSE = 2000;
    /** A row as the export and the feed show it (the population loader writes the same fields). */
    private static final String JSON_KOLONNE = """
            json_build_object('samhandlerId', samhandler_id, 'navn', navn, 'samhandlertype', samhandlertype,
              'hprNummer', hpr_nummer, 'organisasjonsnummer', organisasjonsnummer, 'kommunenummer', kommunenummer,
              'gyldigFraOgMed', gyldig_fra_og_med, 'gyldigTilOgMed', gyldig_til_og_med, 'versjon', versjon)::text""";
    private static final String EKSPORT = "select " + JSON_KOLONNE + " from samhandler order by samhandler_id";

    @Resource(lookup = DatabaseReadiness.DATASOURCE)
    DataSource dataSource;
    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    private Feed feed;

    @Inject
    SarService(Feed feed) {
        this.feed = feed;
    }

    SarService() {
        // CDI proxy
    }

    public record Side(List<LagretHendelse> endringer, long sisteSekvensnummer) {
    }

    public Side endringer(long fraOgMed, int antall) {
        FeedSide side = feed.les(Helserefusjon.SAR_FEED, fraOgMed, antall, List.of());
        return new Side(side.hendelser(), feed.siste(Helserefusjon.SAR_FEED));
    }

    public long sisteSekvensnummer() {
        return feed.siste(Helserefusjon.SAR_FEED);
    }

    /**
     * Changes one row and publishes the change (ENDRET, the row as it now reads) as the transaction's last step.
     *
     * @param tilOgMed empty = unchanged; an empty inner value reopens the row
     * @return the changed row's JSON and its feed number, or empty when the row does not exist
     */
    @Transactional
    public Optional<String> endre(String samhandlerId, Optional<String> navn, Optional<Optional<LocalDate>> tilOgMed) {
        List<?> rader = em.createNativeQuery("""
                update samhandler set navn = coalesce(nullif(cast(?2 as varchar), ''), navn),
                  gyldig_til_og_med = case when ?3 = 1 then cast(nullif(cast(?4 as varchar), '') as date) else gyldig_til_og_med end,
                  versjon = versjon + 1, sist_endret = clock_timestamp()
                where samhandler_id = ?1
                returning samhandlertype, """ + JSON_KOLONNE)
                .setParameter(1, samhandlerId).setParameter(2, navn.orElse("")).setParameter(3, tilOgMed.isPresent() ? 1 : 0)
                .setParameter(4, tilOgMed.flatMap(t -> t).map(LocalDate::toString).orElse("")).getResultList();
        if (rader.isEmpty()) {
            return Optional.empty();
        }
        Object[] rad = (Object[]) rader.get(0);
        long nummer = feed.publiser(Helserefusjon.SAR_FEED, new FeedHendelse("ENDRET", (String) rad[0], (String) rad[1]));
        return Optional.of("{\"sekvensnummer\":" + nummer + ",\"samhandler\":" + rad[1] + "}");
    }

    /** Writes every samhandler as one JSON line; returns how many. */
    public long eksporter(OutputStream ut) throws IOException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement(EKSPORT)) {
                // the pool's statement timeout is for requests; an export of millions of rows may take longer
                ps.setQueryTimeout(0);
                ps.setFetchSize(HENTESTOERRELSE);
                long n = 0;
                OutputStream b = new BufferedOutputStream(ut, 1 << 16);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        b.write(rs.getString(1).getBytes(StandardCharsets.UTF_8));
                        b.write('\n');
                        n++;
                    }
                }
                b.flush();
                return n;
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IOException("SAR export failed", e);
        }
    }
}

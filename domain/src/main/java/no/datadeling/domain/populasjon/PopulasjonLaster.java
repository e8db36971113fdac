package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Loads a synthetic population with PostgreSQL COPY (not row by row) in one transaction: either all of it is
 * there afterwards or none of it. A database that already holds the same population is left alone; one holding a
 * different population is an error (the operator chooses: keep it, or start fresh).
 */
public final class PopulasjonLaster {

    private static final Logger LOG = Logger.getLogger(PopulasjonLaster.class.getName());

    public record Resultat(boolean lastet, int personer, long millis) {
    }

    private PopulasjonLaster() {
    }

    public static Optional<PopulasjonSpec> lastet(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select seed, antall_personer, generatorversjon from populasjon where id = 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            if (rs.getInt(3) != PopulasjonSpec.GENERATORVERSJON) {
                throw new IllegalStateException("the database holds a population from generator version " + rs.getInt(3)
                        + " (this build has " + PopulasjonSpec.GENERATORVERSJON + "); start with --fresh to reload");
            }
            return Optional.of(new PopulasjonSpec(rs.getLong(1), rs.getInt(2)));
        }
    }

    public static Resultat lastHvisTom(Connection c, PopulasjonSpec spec) throws SQLException, IOException {
        Optional<PopulasjonSpec> existing = lastet(c);
        if (existing.isPresent()) {
            if (!existing.get().equals(spec)) {
                throw new IllegalStateException("the database holds population " + existing.get() + ", not " + spec
                        + "; start with --fresh to reload");
            }
            return new Resultat(false, spec.antallPersoner(), 0);
        }
        long t0 = System.nanoTime();
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            Populasjon pop = new Populasjon(spec);
            Copy.copy(c, "organisasjon (organisasjonsnummer, navn, organisasjonsform, kommunenummer)", w -> {
                for (SyntetiskOrganisasjon o : pop.organisasjoner()) {
                    Copy.row(w, o.organisasjonsnummer(), o.navn(), o.organisasjonsform(), o.kommunenummer());
                }
            });
            Copy.copy(c, "person (foedselsnummer, identifikatortype, fornavn, mellomnavn, etternavn, kjoenn, foedselsdato, personstatus)",
                    w -> pop.forEachPerson(p -> Copy.row(w, p.foedselsnummer(), p.identifikatortype(), p.fornavn(), p.mellomnavn(),
                            p.etternavn(), p.kjoenn(), p.foedselsdato(), p.personstatus())));
            java.util.List<String> tabeller = new java.util.ArrayList<>(java.util.List.of("organisasjon", "person"));
            for (PopulasjonsDel del : Populasjonsdeler.ALLE) {
                long t = System.nanoTime();
                long rader = del.last(c, pop);
                tabeller.addAll(del.tabeller());
                LOG.info(() -> "  " + del.getClass().getSimpleName() + ": " + rader + " rows in " + (System.nanoTime() - t) / 1_000_000 + " ms");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into populasjon (id, seed, antall_personer, generatorversjon) values (1, ?, ?, ?)")) {
                ps.setLong(1, spec.seed());
                ps.setInt(2, spec.antallPersoner());
                ps.setInt(3, PopulasjonSpec.GENERATORVERSJON);
                ps.executeUpdate();
            }
            c.commit();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(true);
                for (String tabell : tabeller) {
                    s.execute("analyze " + tabell);
                }
            }
            long ms = (System.nanoTime() - t0) / 1_000_000;
            LOG.info(() -> "loaded synthetic population: " + spec.antallPersoner() + " persons, " + pop.organisasjoner().size()
                    + " organisations and " + Populasjonsdeler.ALLE.size() + " context parts in " + ms + " ms");
            return new Resultat(true, spec.antallPersoner(), ms);
        } catch (SQLException | IOException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(autoCommit);
        }
    }

}

package no.datadeling.web;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import javax.sql.DataSource;
import no.datadeling.domain.skjema.Migreringer;
import no.datadeling.infra.ops.DatabaseReadiness;
import no.datadeling.infra.security.Rettighetspakker;

/**
 * Brings the schema up to date before anything serves traffic, then applies configured rights-package grants.
 * A failure here fails the deployment: better no server than one on a schema it does not know.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class Oppstart {

    private static final Logger LOG = Logger.getLogger(Oppstart.class.getName());

    @Resource(lookup = DatabaseReadiness.DATASOURCE)
    DataSource dataSource;
    @Inject
    Rettighetspakker rettighetspakker;

    @PostConstruct
    void start() {
        long t0 = System.nanoTime();
        var result = Migreringer.migrer(dataSource);
        LOG.info(() -> "schema migrations: " + result.migrationsExecuted + " run, now at "
                + (result.targetSchemaVersion != null ? result.targetSchemaVersion : "the latest version")
                + ", in " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        rettighetspakker.giKonfigurerte();
    }
}

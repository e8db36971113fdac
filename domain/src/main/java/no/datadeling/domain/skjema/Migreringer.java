package no.datadeling.domain.skjema;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/** The schema's migrations (classpath:db/migration in this jar), run by the server at startup and by the launcher. */
public final class Migreringer {

    private Migreringer() {
    }

    public static MigrateResult migrer(DataSource ds) {
        return Flyway.configure(Migreringer.class.getClassLoader())
                .dataSource(ds)
                .locations("classpath:db/migration")
                // contexts number their migrations in their own ranges (V1xx folkeregister, V2xx nav-helse, ...) and are
                // developed side by side: a range merged later must still apply to a database that has a higher one
                .outOfOrder(true)
                // a second instance starting at the same time waits for the first one's lock instead of failing
                .lockRetryCount(120)
                .load()
                .migrate();
    }
}

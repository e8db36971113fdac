package no.datadeling.infra.ops;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import no.datadeling.infra.log.LogSafe;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while PostgreSQL answers: a load balancer stops sending traffic to an instance that lost its database. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

    public static final String DATASOURCE = "java:app/jdbc/datadeling";

    @Resource(lookup = DATASOURCE)
    DataSource dataSource;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("database");
        try (Connection c = dataSource.getConnection()) {
            boolean valid = c.isValid(2);
            return response.status(valid).withData("product", c.getMetaData().getDatabaseProductName()
                    + " " + c.getMetaData().getDatabaseProductVersion()).build();
        } catch (SQLException | RuntimeException e) {
            return response.down().withData("error", LogSafe.scrub(e.getClass().getSimpleName())).build();
        }
    }
}

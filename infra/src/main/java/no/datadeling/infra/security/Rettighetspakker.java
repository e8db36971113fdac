package no.datadeling.infra.security;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Organisasjonsnummer;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Rights packages (rettighetspakker) granted per consumer organisation, stored in the database and checked on every
 * call, so a revoked grant takes effect on the next request. Grants can also be declared in configuration
 * ({@code datadeling.grants=orgnr=pakke1|pakke2;orgnr2=*}, "*" = every known package), applied at startup.
 */
@ApplicationScoped
public class Rettighetspakker {

    private static final Logger LOG = Logger.getLogger(Rettighetspakker.class.getName());

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    @Resource(lookup = "java:app/jdbc/datadeling")
    DataSource dataSource;
    @Inject
    CallContext callContext;

    /**
     * SQL for "the organisation holds the package" (parameters: organisasjonsnummer, rettighetspakke), for a hot path
     * that reads its grant in the same round trip as its data; {@link #ingenTilgang} gives its 403.
     */
    public static final String TILGANG_SQL =
            "exists (select 1 from rettighetspakke_tilgang where organisasjonsnummer = ? and rettighetspakke = ?)";

    /** The calling organisation, which must hold {@code pakke}; 401 without token, 403 without grant. */
    public Organisasjonsnummer krev(String pakke) {
        Organisasjonsnummer org = konsument();
        if (!harTilgang(org, pakke)) {
            throw ingenTilgang(org, pakke);
        }
        return org;
    }

    /** The calling organisation (the token's consumer); 401 without token, 403 without consumer. */
    public Organisasjonsnummer konsument() {
        return callContext.requireToken().consumer()
                .orElseThrow(() -> ApiException.forbidden("Feil i forbindelse med autorisering: token mangler konsument."));
    }

    /** The 403 of an organisation without a grant of {@code pakke}. */
    public ApiException ingenTilgang(Organisasjonsnummer org, String pakke) {
        LOG.info(() -> "korrelasjonsid=" + callContext.korrelasjonsid() + " org " + org + " lacks rettighetspakke " + pakke);
        return ApiException.forbidden("Feil i forbindelse med autorisering: virksomheten har ikke tilgang til rettighetspakken.");
    }

    /** Plain JDBC on purpose: on the hot path of every call, a JPA native query cost a Hibernate session each time (JFR). */
    public boolean harTilgang(Organisasjonsnummer org, String pakke) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("select " + TILGANG_SQL)) {
            ps.setString(1, org.verdi());
            ps.setString(2, pakke);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("rettighetspakke lookup failed", e);
        }
    }

    @Transactional
    public void gi(Organisasjonsnummer org, String pakke, String kilde) {
        int n = em.createNativeQuery("""
                        insert into rettighetspakke_tilgang (organisasjonsnummer, rettighetspakke, kilde)
                        select ?1, navn, ?3 from rettighetspakke where navn = ?2 or ?2 = '*'
                        on conflict do nothing""")
                .setParameter(1, org.verdi()).setParameter(2, pakke).setParameter(3, kilde).executeUpdate();
        LOG.info(() -> "granted " + n + " rettighetspakke(r) '" + pakke + "' to " + org + " (" + kilde + ")");
    }

    /** Applies {@code datadeling.grants}; malformed entries stop the startup rather than silently grant less. */
    @Transactional
    public void giKonfigurerte() {
        Config config = ConfigProvider.getConfig(Rettighetspakker.class.getClassLoader());
        Optional<String> grants = config.getOptionalValue("datadeling.grants", String.class);
        for (Grant g : parse(grants.orElse(""))) {
            gi(g.org(), g.pakke(), "config");
        }
    }

    record Grant(Organisasjonsnummer org, String pakke) {
    }

    static List<Grant> parse(String spec) {
        List<Grant> out = new java.util.ArrayList<>();
        for (String entry : spec.split(";")) {
            if (entry.isBlank()) {
                continue;
            }
            String[] kv = entry.split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("datadeling.grants: expected orgnr=pakke|pakke, got '" + entry.trim() + "'");
            }
            Organisasjonsnummer org = Organisasjonsnummer.of(kv[0].trim());
            for (String pakke : kv[1].split("\\|")) {
                if (!pakke.isBlank()) {
                    out.add(new Grant(org, pakke.trim()));
                }
            }
        }
        return out;
    }
}

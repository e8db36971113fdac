package no.datadeling.web;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import no.datadeling.arbeid.boundary.AapResource;
import no.datadeling.arbeidsforhold.boundary.ArbeidsforholdResource;
import no.datadeling.folkeregister.boundary.BulkoppslagResource;
import no.datadeling.folkeregister.boundary.PersonResource;
import no.datadeling.helserefusjon.boundary.FrikortResource;
import no.datadeling.helserefusjon.boundary.KuhrFkrHendelseResource;
import no.datadeling.helserefusjon.boundary.SarAdminResource;
import no.datadeling.helserefusjon.boundary.SarEksportResource;
import no.datadeling.infra.error.ApiExceptionMapper;
import no.datadeling.infra.error.ThrowableMapper;
import no.datadeling.infra.error.WebApplicationExceptionMapper;
import no.datadeling.infra.ops.DatabaseReadiness;
import no.datadeling.infra.security.AuthenticationFilter;
import no.datadeling.navhelse.boundary.MedlemskapsunntakAdminResource;
import no.datadeling.navhelse.boundary.MedlemskapsunntakResource;
import no.datadeling.navhelse.boundary.SporingsloggResource;
import no.datadeling.navhelse.boundary.TrygdehendelserResource;
import no.datadeling.navhelse.boundary.UforeopplysningerResource;
import no.datadeling.simulering.boundary.SimulerAlderspensjonResource;
import no.datadeling.pensjon.boundary.PensjonsvedtakAdminResource;
import no.datadeling.pensjon.boundary.SamordningResource;
import no.datadeling.pensjon.boundary.VedtaksinformasjonResource;
import no.datadeling.verktoy.boundary.BehandlerResource;
import no.datadeling.verktoy.boundary.GrafiskElementResource;
import no.datadeling.verktoy.boundary.SelvstendigVerktoyResource;
import no.datadeling.verktoy.boundary.UtsendingResource;
import no.datadeling.verktoy.boundary.VeiledningstjenesteResource;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * All public APIs, each under its real path prefix, so a client only swaps the host part of its base URL.
 * Resources and providers are listed explicitly: nothing depends on scanning, and the guard tests enumerate them.
 */
@ApplicationPath("/")
@DataSourceDefinition(name = DatabaseReadiness.DATASOURCE,
        className = "org.postgresql.ds.PGSimpleDataSource",
        url = "${MPCONFIG=datadeling.db.url}",
        user = "${MPCONFIG=datadeling.db.user}",
        password = "${MPCONFIG=datadeling.db.password}",
        minPoolSize = 2, maxPoolSize = 32, maxIdleTime = 300,
        properties = {
            // validate pooled connections (at most every 30 s each: a round-trip per checkout was measurable) so a
            // restarted PostgreSQL is survived without restarting us
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
            "fish.payara.validate-atmost-once-period-in-seconds=30",
            "fish.payara.fail-all-connections=true",
            "fish.payara.max-wait-time-in-millis=10000",
            "fish.payara.statement-timeout-in-seconds=30"})
@OpenAPIDefinition(info = @Info(title = "Datadeling", version = "0.1.0",
        description = "Tilbydersiden av norske offentlige datadelings-API-er: Skatteetaten, NAV og Helsenorge."))
@SecurityScheme(securitySchemeName = "maskinporten", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "Maskinporten access token (RS256); consumer.ID angir konsumentens organisasjonsnummer")
@SecurityScheme(securitySchemeName = "helseid", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "HelseID access token (RS256); helseid://claims/client/claims/orgnr_parent angir organisasjonen")
@SecurityScheme(securitySchemeName = "idporten", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "ID-porten-token for innlogget innbygger (pid)")
public class DatadelingApplication extends Application {

    public static final Set<Class<?>> RESOURCES = Set.of(
            ArbeidsforholdResource.class,
            TrygdehendelserResource.class,
            MedlemskapsunntakResource.class,
            UforeopplysningerResource.class,
            SporingsloggResource.class,
            MedlemskapsunntakAdminResource.class,
            SimulerAlderspensjonResource.class,
            SamordningResource.class,
            VedtaksinformasjonResource.class,
            PensjonsvedtakAdminResource.class,
            AapResource.class,
            SelvstendigVerktoyResource.class,
            GrafiskElementResource.class,
            UtsendingResource.class,
            VeiledningstjenesteResource.class,
            BehandlerResource.class,
            PersonResource.class,
            BulkoppslagResource.class,
            FrikortResource.class,
            KuhrFkrHendelseResource.class,
            SarEksportResource.class,
            SarAdminResource.class);

    public static final Set<Class<?>> PROVIDERS = Set.of(
            AuthenticationFilter.class,
            ApiExceptionMapper.class,
            WebApplicationExceptionMapper.class,
            ThrowableMapper.class);

    @Override
    public Set<Class<?>> getClasses() {
        return union(RESOURCES, PROVIDERS);
    }

    private static Set<Class<?>> union(Set<Class<?>> a, Set<Class<?>> b) {
        var all = new java.util.HashSet<Class<?>>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }
}

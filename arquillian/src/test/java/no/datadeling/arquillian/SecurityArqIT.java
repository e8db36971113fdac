package no.datadeling.arquillian;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.IssuerConfig;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.infra.security.IssuerSettings;
import no.datadeling.infra.security.TestCallContexts;
import no.datadeling.infra.security.ValidatedToken;
import no.datadeling.launcher.ArqDevTokens;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

/**
 * The scope interceptor in the container (real CDI interceptor, real request-scoped CallContext), what this server
 * trusts, and how it is bound. This Payara Micro runs with the dev issuer off (arquillian.xml).
 */
@ArquillianPayaraTest
class SecurityArqIT {

    static final String ARBEIDSFORHOLD_SCOPE = "skatteetaten:arbeidsforhold";
    static final String ARBEIDSFORHOLD_URL = "arbeidsforholdioppdrag/v1/arbeidstilsynetHmsKort/oppdragsgiver/974761076/arbeidstaker/01010112345";

    @Deployment
    static WebArchive deployment() {
        return Deployments.app(SecurityArqIT.class);
    }

    @Inject
    ScopeProbe probe;
    @Inject
    CallContext callContext;
    @ArquillianResource
    URL base;

    // --- in the container: ScopeInterceptor ---

    @Test
    void withoutATokenTheCallIsUnauthenticated() {
        ApiException e = assertThrows(ApiException.class, probe::xy);
        assertEquals(ErrorKind.UNAUTHENTICATED, e.kind());
        assertEquals(401, e.status());
    }

    @Test
    void aTokenWithoutTheScopeIsForbidden() {
        authenticate("a:b other:scope");
        ApiException e = assertThrows(ApiException.class, probe::xy);
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
        assertEquals(403, e.status());
    }

    @Test
    void aLongerScopeWithTheRequiredPrefixDoesNotSatisfyIt() {
        authenticate("x:y2 x");
        ApiException e = assertThrows(ApiException.class, probe::xy);
        assertEquals(ErrorKind.FORBIDDEN, e.kind());
    }

    @Test
    void aTokenWithTheScopeProceeds() {
        authenticate("other:scope x:y");
        assertEquals("xy", probe.xy());
    }

    @Test
    void anyOneOfSeveralAcceptedScopesSuffices() {
        authenticate("a:b");
        assertEquals("ab|xy", probe.abOrXy());
        assertEquals(ErrorKind.FORBIDDEN, assertThrows(ApiException.class, probe::xy).kind());
    }

    private void authenticate(String scope) {
        IssuerConfig issuer = new IssuerConfig("test", IssuerKind.MASKINPORTEN, "https://test.datadeling.invalid/", null,
                Path.of("unused-jwks.json"), Set.of(), true, true);
        TestCallContexts.authenticate(callContext, new ValidatedToken(issuer, Map.of("scope", scope, "client_id", "arq-test")));
    }

    // --- in the container: this server's trust and binding ---

    @Test
    void theServerTrustsNoDevelopmentIssuer() {
        Config config = ConfigProvider.getConfig(IssuerSettings.class.getClassLoader());
        assertEquals("false", config.getValue("datadeling.dev-issuer.enabled", String.class));
        List<IssuerConfig> issuers = IssuerSettings.read(key -> config.getOptionalValue(key, String.class));
        assertFalse(issuers.isEmpty(), "the production issuers are configured");
        assertTrue(issuers.stream().noneMatch(IssuerConfig::development), () -> "trusted: " + issuers);
    }

    @Test
    void payaraListensOnLoopbackOnly() throws Exception {
        assumeTrue(Listeners.supported(), "needs Linux /proc");
        List<Listeners.Listener> listening = Listeners.ofThisProcess();
        System.out.println("[arq] Payara Micro (pid " + ProcessHandle.current().pid() + ") listens on " + listening);
        assertTrue(listening.size() >= 2, () -> "expected at least HTTP and Hazelcast, got " + listening);
        assertTrue(listening.stream().allMatch(l -> l.address().isLoopbackAddress()), () -> "not loopback only: " + listening);
    }

    // --- over HTTP ---

    @Test
    @RunAsClient
    void aDevIssuerTokenIsRejectedWhileTheDevIssuerIsOff() throws Exception {
        Path keys = Path.of(System.getProperty("arq.work.dir"), "dev-keys");
        String token = ArqDevTokens.maskinporten(keys, ARBEIDSFORHOLD_SCOPE);
        // control: the token is well-formed, correctly signed and carries the scope (a dev-trusting validator accepts it)
        assertTrue(ArqDevTokens.scopesIfDevIssuerTrusted(keys, token).contains(ARBEIDSFORHOLD_SCOPE));

        var response = Http.get(Http.local(base).resolve(ARBEIDSFORHOLD_URL), "application/json", token);

        assertEquals(401, response.statusCode(), response::body);
        assertEquals("ARBEIDSFORHOLD-004", Http.json(response).getString("kode"));
        assertEquals("Bearer error=\"invalid_token\"", response.headers().firstValue("WWW-Authenticate").orElse(null));
    }
}

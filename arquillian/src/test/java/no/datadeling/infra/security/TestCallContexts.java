package no.datadeling.infra.security;

/**
 * Test-only access to {@link CallContext#authenticated(ValidatedToken)}, which production code reaches only through
 * the AuthenticationFilter. Lives in the deployment's WEB-INF/classes, in infra's package and class loader.
 */
public final class TestCallContexts {

    private TestCallContexts() {
    }

    public static void authenticate(CallContext callContext, ValidatedToken token) {
        callContext.authenticated(token);
    }
}

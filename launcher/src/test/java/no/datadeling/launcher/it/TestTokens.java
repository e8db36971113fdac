package no.datadeling.launcher.it;

import no.datadeling.launcher.DevTokens;
import no.datadeling.infra.security.IssuerKind;

/** Real signed tokens from the server's own dev issuer key. */
public final class TestTokens {

    private TestTokens() {
    }

    public static DevTokens.Request maskinporten(String scope, String org) {
        DevTokens.Request r = new DevTokens.Request();
        r.scope = scope;
        r.org = org;
        return r;
    }

    public static String mint(IssuerKind kind, DevTokens.Request r) {
        return DatadelingServer.server().devTokens().mint(kind, r);
    }

    public static String maskinportenToken(String scope) {
        return mint(IssuerKind.MASKINPORTEN, maskinporten(scope, no.datadeling.launcher.Main.DEV_ORG));
    }
}

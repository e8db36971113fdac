package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Freg.OUH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.security.IssuerKind;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** 429 with Retry-After in milliseconds once an organisation has spent its budget; other organisations unaffected. */
@Order(46)
@ExtendWith(DatadelingServer.class)
class FolkeregisterRatebegrensningIT {

    @Test
    void an_organisation_over_its_limit_gets_429_with_retry_after_in_milliseconds() throws Exception {
        String org = Organisasjonsnummer.withCheckDigit("93572468").orElseThrow();
        try (Connection c = DatadelingServer.server().connectDatabase(); Statement s = c.createStatement()) {
            s.executeUpdate("insert into ratebegrensning_grense (organisasjonsnummer, per_minutt) values ('" + org + "', 6)");
            s.executeUpdate("insert into rettighetspakke_tilgang (organisasjonsnummer, rettighetspakke, kilde) values ('" + org + "', '" + OUH + "', 'test')");
        }
        String token = Http.bearer(TestTokens.mint(IssuerKind.MASKINPORTEN, TestTokens.maskinporten(Freg.SCOPE.get(OUH), org)));
        String fnr = Folkeregisterdata.personer().keySet().iterator().next();
        int ok = 0;
        Http.Response r = null;
        for (int i = 0; i < 12; i++) {
            r = Http.get(Freg.sti(OUH, fnr), "Authorization", token);
            if (r.status() == 429) {
                break;
            }
            assertEquals(200, r.status(), r.body());
            ok++;
        }
        assertEquals(6, ok, "the budget is six requests a minute");
        Freg.assertFeil(r, 429, "FREG-009");
        long vent = Long.parseLong(r.header("Retry-After"));
        assertTrue(vent > 0 && vent <= 10_000, "a token every 10 s, Retry-After in ms: " + vent);
        // the development organisation's budget (60 000 a minute) is untouched
        assertEquals(200, Freg.get(OUH, fnr, null).status());
        // a request without a valid token spends nothing and is a 401, not a 429
        Freg.assertFeil(Http.get(Freg.sti(OUH, fnr)), 401, "FREG-004");
    }
}

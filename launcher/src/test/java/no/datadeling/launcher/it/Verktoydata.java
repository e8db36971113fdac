package no.datadeling.launcher.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import no.datadeling.domain.populasjon.Helseregistre;
import no.datadeling.domain.populasjon.Populasjon;
import no.datadeling.domain.populasjon.SyntetiskHelsepersonell;
import no.datadeling.domain.populasjon.SyntetiskPerson;
import no.datadeling.domain.populasjon.SyntetiskVerktoy;
import no.datadeling.domain.populasjon.VerktoyKatalog;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.DevTokens;

/**
 * Verktøy test data from the generator the server loaded (catalogue, digitally active citizens, HPR), tokens, and the
 * requests and checks the Verktøy ITs share. Each IT class takes its citizens from its own slice so the classes never
 * disturb each other's tasks.
 */
final class Verktoydata {

    static final String KATALOG = "verktoykatalog_read";
    static final String SEND = "verktoysendtilinnbygger";
    static final String VEILEDNING = "verktoyadminveiledning";

    private static VerktoyKatalog katalog;
    private static List<SyntetiskPerson> aktive;
    private static List<SyntetiskPerson> ikkeAktive;
    private static List<SyntetiskHelsepersonell> hpr;

    private Verktoydata() {
    }

    static synchronized VerktoyKatalog katalog() {
        if (katalog == null) {
            Populasjon pop = new Populasjon(DatadelingServer.server().population());
            katalog = new VerktoyKatalog(pop);
            Helseregistre registre = new Helseregistre(pop);
            List<SyntetiskPerson> a = new ArrayList<>();
            List<SyntetiskPerson> ia = new ArrayList<>();
            List<SyntetiskHelsepersonell> h = new ArrayList<>();
            pop.forEachPerson(p -> {
                (registre.digitaltAktivFra(p).isPresent() ? a : ia).add(p);
                registre.helsepersonell(p).ifPresent(h::add);
            });
            aktive = List.copyOf(a);
            ikkeAktive = List.copyOf(ia);
            hpr = List.copyOf(h);
        }
        return katalog;
    }

    static List<SyntetiskVerktoy> verktoy() {
        return katalog().verktoy();
    }

    /** Digitally active citizen number i (each IT class uses its own range of i). */
    static SyntetiskPerson innbygger(int i) {
        katalog();
        return aktive.get(i);
    }

    static SyntetiskPerson ikkeDigitaltAktiv() {
        katalog();
        return ikkeAktive.stream().filter(p -> "bosatt".equals(p.personstatus())).findFirst().orElseThrow();
    }

    /** A digitally active citizen who is not in the HPR register. */
    static SyntetiskPerson ikkeHelsepersonell() {
        katalog();
        Set<String> hprFnr = hpr.stream().map(SyntetiskHelsepersonell::foedselsnummer).collect(java.util.stream.Collectors.toSet());
        return aktive.stream().filter(p -> !hprFnr.contains(p.foedselsnummer())).reduce((a, b) -> b).orElseThrow();
    }

    static SyntetiskHelsepersonell behandler(int i) {
        katalog();
        return hpr.get(i);
    }

    static String helseid(String scope, String org) {
        DevTokens.Request r = new DevTokens.Request();
        r.scope = scope;
        r.org = org;
        return TestTokens.mint(IssuerKind.HELSEID, r);
    }

    static String helseid(String scope, String org, String clientId) {
        DevTokens.Request r = new DevTokens.Request();
        r.scope = scope;
        r.org = org;
        r.clientId = clientId;
        return TestTokens.mint(IssuerKind.HELSEID, r);
    }

    static String innbyggerToken(String pid) {
        DevTokens.Request r = new DevTokens.Request();
        r.pid = pid;
        return TestTokens.mint(IssuerKind.IDPORTEN, r);
    }

    static Http.Response get(String path, String token) {
        return Http.get(path, "Authorization", Http.bearer(token));
    }

    static Http.Response post(String path, String token, String body) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).POST(HttpRequest.BodyPublishers.ofString(body)),
                "Authorization", Http.bearer(token), "Content-Type", "application/json");
    }

    static Http.Response put(String path, String token, String body) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).PUT(HttpRequest.BodyPublishers.ofString(body)),
                "Authorization", Http.bearer(token), "Content-Type", "application/json");
    }

    /** Helsenorge's error body: Kode, HttpStatus, Beskrivelse, and the correlation id of the response header. */
    static JsonObject assertFeil(Http.Response r, int status, String kode) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/json"), r.contentType());
        JsonObject body = r.json();
        assertEquals(kode, body.getString("Kode"), r.body());
        assertEquals(status, body.getInt("HttpStatus"));
        assertFalse(body.getString("Beskrivelse").isBlank());
        assertEquals(r.header("Korrelasjonsid"), body.getString("Korrelasjonsid"));
        return body;
    }

    /** The v2 send body; null values are left out. */
    static String v2(SyntetiskVerktoy v, SyntetiskPerson innbygger, String fristDato, String melding) {
        return "{\"VerktoyId\":\"" + v.verktoyId() + "\",\"InnbyggerFnr\":\"" + innbygger.foedselsnummer()
                + "\",\"AvsenderOrgNummer\":\"" + v.organisasjonsnummer() + "\",\"AvsenderNavn\":\"Poliklinikk Test\""
                + (fristDato == null ? "" : ",\"FristDato\":\"" + fristDato + "\"")
                + (melding == null ? "" : ",\"Melding\":\"" + melding + "\"") + "}";
    }

    static String v1Hpr(SyntetiskVerktoy v, SyntetiskPerson innbygger, String hpr) {
        return "{\"VerktoyId\":\"" + v.verktoyId() + "\",\"InnbyggerFnr\":\"" + innbygger.foedselsnummer()
                + "\",\"BehandlerHpr\":\"" + hpr + "\"}";
    }

    static String v1Fnr(SyntetiskVerktoy v, SyntetiskPerson innbygger, String behandlerFnr) {
        return "{\"VerktoyId\":\"" + v.verktoyId() + "\",\"InnbyggerFnr\":\"" + innbygger.foedselsnummer()
                + "\",\"BehandlerFnr\":\"" + behandlerFnr + "\"}";
    }

    static Http.Response sendV2(SyntetiskVerktoy v, SyntetiskPerson innbygger) {
        return post("verktoy/system/verktoy/v2", helseid(SEND, v.organisasjonsnummer()), v2(v, innbygger, null, null));
    }

    static long tall(String sql, Object... parametre) throws Exception {
        try (Connection c = DatadelingServer.server().connectDatabase(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametre.length; i++) {
                ps.setObject(i + 1, parametre[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    static String tekst(String sql, Object... parametre) throws Exception {
        try (Connection c = DatadelingServer.server().connectDatabase(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametre.length; i++) {
                ps.setObject(i + 1, parametre[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** Runs the calls while every Verktøy audit insert fails (a test trigger), so "no audit row, no action" can be seen. */
    static void medAuditSomFeiler(ThrowingRunnable kall) throws Exception {
        oppdater("create function test_verktoy_audit_feiler() returns trigger language plpgsql as $$ begin"
                + " if new.tjeneste like 'helsenorge:verktoy%' then raise exception 'audit unavailable (test)'; end if;"
                + " return new; end $$");
        oppdater("create trigger trg_test_verktoy_audit_feiler before insert on audit_logg for each row"
                + " execute function test_verktoy_audit_feiler()");
        try {
            kall.run();
        } finally {
            oppdater("drop trigger trg_test_verktoy_audit_feiler on audit_logg");
            oppdater("drop function test_verktoy_audit_feiler()");
        }
    }

    @FunctionalInterface
    interface ThrowingRunnable {
        void run() throws Exception;
    }

    static int oppdater(String sql, Object... parametre) throws Exception {
        try (Connection c = DatadelingServer.server().connectDatabase(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < parametre.length; i++) {
                ps.setObject(i + 1, parametre[i]);
            }
            return ps.executeUpdate();
        }
    }
}

package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Verktoydata.SEND;
import static no.datadeling.launcher.it.Verktoydata.assertFeil;
import static no.datadeling.launcher.it.Verktoydata.get;
import static no.datadeling.launcher.it.Verktoydata.helseid;
import static no.datadeling.launcher.it.Verktoydata.innbygger;
import static no.datadeling.launcher.it.Verktoydata.innbyggerToken;
import static no.datadeling.launcher.it.Verktoydata.post;
import static no.datadeling.launcher.it.Verktoydata.tall;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.JsonObject;
import no.datadeling.domain.populasjon.SyntetiskHelsepersonell;
import no.datadeling.domain.populasjon.SyntetiskPerson;
import no.datadeling.domain.populasjon.SyntetiskVerktoy;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.DevTokens;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Behandlerinformasjon: the logged-in citizen's tool asks who sent it; every answer is audited. */
@Order(43)
@ExtendWith(DatadelingServer.class)
class VerktoyBehandlerIT {

    static final String BEHANDLER = "verktoy/v1/Behandler?VerktoyId=";
    // citizens 100-199 of the digitally active are this class's

    static SyntetiskVerktoy verktoy(int i) {
        return Verktoydata.verktoy().get(100 + i);
    }

    static void send(String path, SyntetiskVerktoy v, String body) {
        Http.Response r = post(path, helseid(SEND, v.organisasjonsnummer()), body);
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void answers_the_behandler_named_by_hpr_number_and_audits_it() throws Exception {
        SyntetiskVerktoy v = verktoy(0);
        SyntetiskPerson p = innbygger(100);
        SyntetiskHelsepersonell b = Verktoydata.behandler(3);
        send("verktoy/v1/Verktoy", v, Verktoydata.v1Hpr(v, p, b.hprNummer()));
        Http.Response r = get(BEHANDLER + v.verktoyId(), innbyggerToken(p.foedselsnummer()));
        assertEquals(200, r.status(), r.body());
        JsonObject o = r.json();
        assertEquals(b.hprNummer(), o.getString("Id"));
        assertEquals("HPR", o.getString("IdType"));
        assertEquals(b.navn(), o.getString("Navn"));
        assertEquals(1, tall("select count(*) from audit_logg where tjeneste = 'helsenorge:verktoy/v1/Behandler' and subjekt = ?"
                + " and korrelasjonsid = ?", p.foedselsnummer(), r.header("Korrelasjonsid")));
    }

    @Test
    void without_its_audit_row_nothing_is_disclosed() throws Exception {
        SyntetiskVerktoy v = verktoy(5);
        SyntetiskPerson p = innbygger(106);
        send("verktoy/v1/Verktoy", v, Verktoydata.v1Hpr(v, p, Verktoydata.behandler(6).hprNummer()));
        Verktoydata.medAuditSomFeiler(() -> {
            Http.Response r = get(BEHANDLER + v.verktoyId(), innbyggerToken(p.foedselsnummer()));
            JsonObject feil = assertFeil(r, 500, "PVS-000204");
            assertFalse(r.body().contains(Verktoydata.behandler(6).hprNummer()), feil.toString());
        });
        assertEquals(200, get(BEHANDLER + v.verktoyId(), innbyggerToken(p.foedselsnummer())).status());
    }

    @Test
    void answers_the_behandlers_fnr_when_that_is_how_it_was_sent() {
        SyntetiskVerktoy v = verktoy(1);
        SyntetiskPerson p = innbygger(101);
        SyntetiskHelsepersonell b = Verktoydata.behandler(4);
        send("verktoy/v1/Verktoy", v, Verktoydata.v1Fnr(v, p, b.foedselsnummer()));
        JsonObject o = get(BEHANDLER + v.verktoyId(), innbyggerToken(p.foedselsnummer())).json();
        assertEquals(b.foedselsnummer(), o.getString("Id"));
        assertEquals("FNR", o.getString("IdType"));
        assertEquals(b.navn(), o.getString("Navn"));
    }

    @Test
    void a_tool_sent_through_v2_was_not_sent_by_a_behandler() throws Exception {
        SyntetiskVerktoy v = verktoy(2);
        SyntetiskPerson p = innbygger(102);
        send("verktoy/system/verktoy/v2", v, Verktoydata.v2(v, p, null, null));
        long foer = tall("select count(*) from audit_logg where tjeneste = 'helsenorge:verktoy/v1/Behandler'");
        assertFeil(get(BEHANDLER + v.verktoyId(), innbyggerToken(p.foedselsnummer())), 400, "VER-000260");
        assertEquals(foer, tall("select count(*) from audit_logg where tjeneste = 'helsenorge:verktoy/v1/Behandler'"));
    }

    @Test
    void no_task_for_this_citizen_is_no_link() {
        SyntetiskVerktoy v = verktoy(3);
        SyntetiskPerson sendtTil = innbygger(103);
        send("verktoy/v1/Verktoy", v, Verktoydata.v1Hpr(v, sendtTil, Verktoydata.behandler(5).hprNummer()));
        // another citizen asks about the same tool: their own tasks only
        assertFeil(get(BEHANDLER + v.verktoyId(), innbyggerToken(innbygger(104).foedselsnummer())), 400, "VER-000261");
        assertFeil(get(BEHANDLER + verktoy(4).verktoyId(), innbyggerToken(sendtTil.foedselsnummer())), 400, "VER-000261");
    }

    @Test
    void a_malformed_or_missing_verktoy_id_is_ver_000209() {
        String t = innbyggerToken(innbygger(105).foedselsnummer());
        assertFeil(get(BEHANDLER + "abc", t), 400, "VER-000209");
        assertFeil(get("verktoy/v1/Behandler", t), 400, "VER-000209");
    }

    @Test
    void only_a_citizens_login_token_may_ask() {
        SyntetiskVerktoy v = verktoy(0);
        String fnr = innbygger(100).foedselsnummer();
        // a system token (even with the scope), a citizen token without pid, a token without openid
        assertFeil(get(BEHANDLER + v.verktoyId(), helseid("openid", v.organisasjonsnummer())), 403, "HTTP-403");
        DevTokens.Request utenPid = new DevTokens.Request();
        utenPid.scope = "openid";
        assertFeil(get(BEHANDLER + v.verktoyId(), TestTokens.mint(IssuerKind.IDPORTEN, utenPid)), 403, "HTTP-403");
        DevTokens.Request profil = new DevTokens.Request();
        profil.pid = fnr;
        profil.scope = "profile";
        assertFeil(get(BEHANDLER + v.verktoyId(), TestTokens.mint(IssuerKind.IDPORTEN, profil)), 403, "HTTP-403");
        assertFeil(Http.get(BEHANDLER + v.verktoyId()), 401, "HTTP-401");
    }
}

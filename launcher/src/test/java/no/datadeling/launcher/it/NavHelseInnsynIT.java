package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.launcher.DevTokens;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The citizen's own log of uføre disclosures: exactly their rows, newest first, and nobody else's. */
@Order(65)
@ExtendWith(DatadelingServer.class)
class NavHelseInnsynIT {

    static final String PATH = "dsop-ufo/sporingslogg";
    static final String SCOPE = "nav:helse/v1/sporingslogg";
    static String a;
    static String b;

    @BeforeAll
    static void disclosures() {
        var saker = NavHelseData.saker().stream().filter(s -> "LOPENDE".equals(s.sak().status())).skip(3).limit(2).toList();
        a = saker.get(0).person().foedselsnummer();
        b = saker.get(1).person().foedselsnummer();
        for (int i = 0; i < 3; i++) {
            assertEquals(200, NavHelseAuditIT.ufore(a).status());
        }
        assertEquals(200, NavHelseAuditIT.ufore(b).status());
    }

    static String innbygger(String pid, String acr, String scope) {
        DevTokens.Request r = new DevTokens.Request();
        r.pid = pid;
        if (acr != null) {
            r.acr = acr;
        }
        r.scope = scope;
        return NavHelseData.mint(IssuerKind.IDPORTEN, r);
    }

    static JsonArray logg(String pid) {
        Http.Response r = Http.get(PATH, "Authorization", bearer(innbygger(pid, null, SCOPE)));
        assertEquals(200, r.status(), r.body());
        return r.jsonStructure().asJsonArray();
    }

    static List<String> korrelasjonsider(String fnr) {
        List<String> ids = new ArrayList<>();
        try (var c = DatadelingServer.server().connectDatabase();
             var ps = c.prepareStatement("select korrelasjonsid from audit_logg where subjekt = ? order by tidspunkt desc, id desc")) {
            ps.setString(1, fnr);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    @Test
    void a_citizen_sees_exactly_their_own_disclosures_newest_first() {
        JsonArray logg = logg(a);
        List<String> forventet = korrelasjonsider(a);
        assertTrue(forventet.size() >= 3);
        assertEquals(forventet, logg.stream().map(v -> v.asJsonObject().getString("korrelasjonsid")).toList());
        JsonObject nyeste = logg.getJsonObject(0);
        assertEquals("Uføreopplysninger", nyeste.getString("tjeneste"));
        assertEquals(no.datadeling.launcher.Main.DEV_ORG, nyeste.getString("mottaker"));
        assertEquals(List.of("status", "forsteVirkningstidspunkt", "beregningsperioder"),
                nyeste.getJsonArray("kategorier").getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString).toList());
        assertTrue(!nyeste.getString("samtykkeId").isBlank());
        assertTrue(OffsetDateTime.parse(nyeste.getString("tidspunkt")).isAfter(OffsetDateTime.now().minusHours(1)));
        for (int i = 1; i < logg.size(); i++) {
            assertTrue(logg.getJsonObject(i - 1).getString("tidspunkt").compareTo(logg.getJsonObject(i).getString("tidspunkt")) >= 0);
        }
        assertTrue(!logg.toString().contains("beregningsperioder\":["), "never the data");
    }

    @Test
    void one_citizen_never_sees_anothers_entries() {
        List<String> aIds = korrelasjonsider(a);
        JsonArray bLogg = logg(b);
        assertEquals(korrelasjonsider(b), bLogg.stream().map(v -> v.asJsonObject().getString("korrelasjonsid")).toList());
        bLogg.forEach(v -> assertTrue(!aIds.contains(v.asJsonObject().getString("korrelasjonsid"))));
        assertNavFeil(Http.get(PATH, "Authorization", bearer(innbygger(b, null, SCOPE)), "fnr", a), 403);
        assertEquals(200, Http.get(PATH, "Authorization", bearer(innbygger(b, null, SCOPE)), "fnr", b).status());
    }

    @Test
    void a_citizen_without_disclosures_gets_an_empty_list() {
        String ingen = NavHelseData.personer().stream().map(no.datadeling.domain.populasjon.SyntetiskPerson::foedselsnummer)
                .filter(f -> NavHelseData.tall("select count(*) from audit_logg where subjekt = ?", f) == 0).findFirst().orElseThrow();
        assertEquals(0, logg(ingen).size());
    }

    @Test
    void only_the_citizens_own_id_porten_login_at_level_substantial_or_high() {
        assertNavFeil(Http.get(PATH), 401);
        assertNavFeil(Http.get(PATH, "Authorization", bearer(NavHelseData.maskinporten(SCOPE))), 403);
        assertNavFeil(Http.get(PATH, "Authorization", bearer(innbygger(null, null, SCOPE))), 403);
        assertNavFeil(Http.get(PATH, "Authorization", bearer(innbygger(a, "idporten-loa-low", SCOPE))), 403);
        assertNavFeil(Http.get(PATH, "Authorization", bearer(innbygger(a, null, "openid profile"))), 403);
        assertEquals(200, Http.get(PATH, "Authorization", bearer(innbygger(a, "idporten-loa-substantial", SCOPE))).status());
        assertEquals(200, Http.get(PATH, "Authorization", bearer(innbygger(a, "Level4", SCOPE))).status());
    }

    @Test
    void a_refused_disclosure_is_not_in_the_log() {
        int foer = logg(a).size();
        var r = NavHelseData.altinn2(a, "5252_9");
        r.fraOgMed = LocalDate.of(2020, 1, 1);
        r.tilOgMed = LocalDate.of(2025, 12, 31);
        Http.Response refused = Http.get("dsop-ufo/uforeopplysninger", "Authorization",
                bearer(NavHelseData.maskinporten("nav:helse/v1/uforeopplysninger")), "fnr", a,
                "NAV-Samtykke-Token", NavHelseData.mint(IssuerKind.ALTINN, r));
        assertEquals(403, refused.status());
        assertEquals(foer, logg(a).size());
    }
}

package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Verktoydata.SEND;
import static no.datadeling.launcher.it.Verktoydata.assertFeil;
import static no.datadeling.launcher.it.Verktoydata.helseid;
import static no.datadeling.launcher.it.Verktoydata.innbygger;
import static no.datadeling.launcher.it.Verktoydata.post;
import static no.datadeling.launcher.it.Verktoydata.tall;
import static no.datadeling.launcher.it.Verktoydata.tekst;
import static no.datadeling.launcher.it.Verktoydata.v1Fnr;
import static no.datadeling.launcher.it.Verktoydata.v1Hpr;
import static no.datadeling.launcher.it.Verktoydata.v2;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.datadeling.domain.populasjon.SyntetiskHelsepersonell;
import no.datadeling.domain.populasjon.SyntetiskPerson;
import no.datadeling.domain.populasjon.SyntetiskVerktoy;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sending a tool to a citizen, new (v2) and old (v1) service: the task, its deadline, the PseudoId, audit, every error. */
@Order(42)
@ExtendWith(DatadelingServer.class)
class VerktoyUtsendingIT {

    static final String V2 = "verktoy/system/verktoy/v2";
    static final String V1 = "verktoy/v1/Verktoy";
    static final LocalDate IDAG = LocalDate.now(ZoneId.of("Europe/Oslo"));
    // citizens 0-99 of the digitally active are this class's

    static SyntetiskVerktoy verktoy(int i) {
        return Verktoydata.verktoy().get(i);
    }

    static String token(SyntetiskVerktoy v) {
        return helseid(SEND, v.organisasjonsnummer());
    }

    static long audit(String tjeneste, String korrelasjonsid) throws Exception {
        return tall("select count(*) from audit_logg where tjeneste = ? and korrelasjonsid = ?", tjeneste, korrelasjonsid);
    }

    @Test
    void v2_creates_the_task_with_the_default_deadline_and_answers_the_pseudo_id() throws Exception {
        SyntetiskVerktoy v = verktoy(0);
        SyntetiskPerson p = innbygger(0);
        Http.Response r = post(V2, token(v), v2(v, p, null, "Fyll ut før timen"));
        assertEquals(200, r.status(), r.body());
        String pseudoId = r.json().getString("PseudoId");
        UUID.fromString(pseudoId);
        assertEquals(1, r.json().size());
        assertEquals(IDAG.plusWeeks(2).toString(), tekst("select frist::text from verktoy_oppgave where verktoy_id = ? and innbygger = ?",
                v.verktoyId(), p.foedselsnummer()));
        assertEquals(IDAG.plusWeeks(2).plusMonths(3).toString(), tekst("select utloper::text from verktoy_oppgave where verktoy_id = ?"
                + " and innbygger = ?", v.verktoyId(), p.foedselsnummer()));
        assertEquals("AKTIV|Poliklinikk Test|Fyll ut før timen", tekst("select tilstand || '|' || avsender_navn || '|' || melding"
                + " from verktoy_oppgave where verktoy_id = ? and innbygger = ?", v.verktoyId(), p.foedselsnummer()));
        assertEquals(1, audit("helsenorge:verktoy/system/verktoy/v2", r.header("Korrelasjonsid")));
        assertEquals(p.foedselsnummer(), tekst("select subjekt from audit_logg where korrelasjonsid = ?", r.header("Korrelasjonsid")));

        // same client and citizen, another tool of the same owner: the same PseudoId; another client: another one
        SyntetiskVerktoy annet = Verktoydata.verktoy().stream().filter(x -> x.organisasjonsnummer().equals(v.organisasjonsnummer())
                && !x.verktoyId().equals(v.verktoyId())).findFirst().orElseThrow();
        Http.Response r2 = post(V2, token(annet), v2(annet, p, null, null));
        assertEquals(pseudoId, r2.json().getString("PseudoId"));
        SyntetiskVerktoy tredje = Verktoydata.verktoy().stream().filter(x -> x.organisasjonsnummer().equals(v.organisasjonsnummer())
                && !x.verktoyId().equals(v.verktoyId()) && !x.verktoyId().equals(annet.verktoyId())).findFirst().orElseThrow();
        Http.Response r3 = post(V2, helseid(SEND, v.organisasjonsnummer(), "annen-klient"), v2(tredje, p, null, null));
        assertEquals(200, r3.status(), r3.body());
        assertNotEquals(pseudoId, r3.json().getString("PseudoId"));
    }

    @Test
    void only_the_date_of_frist_dato_counts() throws Exception {
        SyntetiskVerktoy v = verktoy(1);
        SyntetiskPerson p = innbygger(1);
        LocalDate frist = IDAG.plusDays(20);
        assertEquals(200, post(V2, token(v), v2(v, p, frist + "T23:45:00", null)).status());
        assertEquals(frist.toString(), tekst("select frist::text from verktoy_oppgave where verktoy_id = ? and innbygger = ?",
                v.verktoyId(), p.foedselsnummer()));
        SyntetiskPerson q = innbygger(2);
        // 23:30 UTC is already the next day in Oslo (UTC+1 in winter, UTC+2 in summer)
        assertEquals(200, post(V2, token(v), v2(v, q, frist + "T23:30:00Z", null)).status());
        assertEquals(frist.plusDays(1).toString(), tekst("select frist::text from verktoy_oppgave where verktoy_id = ? and innbygger = ?",
                v.verktoyId(), q.foedselsnummer()));
    }

    @Test
    void a_second_send_of_an_open_task_is_ver_000232_and_writes_nothing() throws Exception {
        SyntetiskVerktoy v = verktoy(2);
        SyntetiskPerson p = innbygger(3);
        assertEquals(200, post(V2, token(v), v2(v, p, null, null)).status());
        long oppgaver = tall("select count(*) from verktoy_oppgave");
        long auditrader = tall("select count(*) from audit_logg");
        assertFeil(post(V2, token(v), v2(v, p, null, null)), 400, "VER-000232");
        assertEquals(oppgaver, tall("select count(*) from verktoy_oppgave"));
        assertEquals(auditrader, tall("select count(*) from audit_logg"));
    }

    @Test
    void without_its_audit_row_a_send_creates_no_task() throws Exception {
        SyntetiskVerktoy v = verktoy(9);
        SyntetiskPerson p = innbygger(13);
        Verktoydata.medAuditSomFeiler(() -> {
            assertFeil(post(V2, token(v), v2(v, p, null, null)), 500, "PVS-000204");
            assertEquals(0, tall("select count(*) from verktoy_oppgave where verktoy_id = ? and innbygger = ?",
                    v.verktoyId(), p.foedselsnummer()));
        });
        assertEquals(200, post(V2, token(v), v2(v, p, null, null)).status());
    }

    @Test
    void concurrent_sends_of_the_same_tool_create_exactly_one_task() throws Exception {
        SyntetiskVerktoy v = verktoy(3);
        SyntetiskPerson p = innbygger(4);
        String t = token(v);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> kall = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                kall.add(() -> post(V2, t, v2(v, p, null, null)).status());
            }
            List<Integer> statuser = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(kall)) {
                statuser.add(f.get());
            }
            assertEquals(1, statuser.stream().filter(s -> s == 200).count(), statuser.toString());
            assertEquals(7, statuser.stream().filter(s -> s == 400).count(), statuser.toString());
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, tall("select count(*) from verktoy_oppgave where verktoy_id = ? and innbygger = ?", v.verktoyId(), p.foedselsnummer()));
    }

    @Test
    void v2_errors() {
        SyntetiskVerktoy v = verktoy(4);
        SyntetiskPerson p = innbygger(5);
        String t = token(v);
        assertFeil(post(V2, t, ""), 400, "VER-000202");
        assertFeil(post(V2, t, "null"), 400, "VER-000202");
        assertFeil(post(V2, t, "{\"VerktoyId\":"), 400, "VER-000202");
        assertFeil(post(V2, t, v2(v, p, "i morgen", null)), 400, "VER-000202");
        assertFeil(post(V2, t, v2(v, p, null, null).replace(v.verktoyId().toString(), "abc")), 400, "VER-000209");
        assertFeil(post(V2, t, v2(v, p, null, null).replace(p.foedselsnummer(), "12345678901")), 400, "VER-000209");
        assertFeil(post(V2, t, v2(v, p, null, null).replace(v.verktoyId().toString(), UUID.randomUUID().toString())), 400, "VER-000207");
        assertFeil(post(V2, t, v2(v, Verktoydata.ikkeDigitaltAktiv(), null, null)), 400, "VER-000228");
        assertFeil(post(V2, t, v2(v, p, null, "x".repeat(1501))), 400, "HTTP-400");
        assertFeil(post(V2, t, v2(v, p, IDAG.minusDays(1).toString(), null)), 400, "HTTP-400");
        assertFeil(post(V2, t, v2(v, p, null, null).replace("Poliklinikk Test", "")), 400, "HTTP-400");
        SyntetiskVerktoy fremmed = Verktoydata.verktoy().stream().filter(x -> !x.organisasjonsnummer().equals(v.organisasjonsnummer()))
                .findFirst().orElseThrow();
        assertFeil(post(V2, t, v2(fremmed, p, null, null)), 403, "HTTP-403");
        assertFeil(post(V2, helseid(Verktoydata.KATALOG, v.organisasjonsnummer()), v2(v, p, null, null)), 403, "HTTP-403");
        assertFeil(Http.send(java.net.http.HttpRequest.newBuilder(Http.uri(V2)).POST(java.net.http.HttpRequest.BodyPublishers.ofString("{}"))),
                401, "HTTP-401");
    }

    @Test
    void property_names_bind_in_any_case_and_a_melding_of_1500_characters_is_accepted() {
        SyntetiskVerktoy v = verktoy(5);
        String body = v2(v, innbygger(6), null, "ø".repeat(1500)).replace("\"VerktoyId\"", "\"verktoyId\"")
                .replace("\"InnbyggerFnr\"", "\"INNBYGGERFNR\"");
        Http.Response r = post(V2, token(v), body);
        assertEquals(200, r.status(), r.body());
    }

    @Test
    void v1_sends_with_the_hpr_number_or_the_behandlers_fnr() throws Exception {
        SyntetiskVerktoy v = verktoy(6);
        SyntetiskHelsepersonell b = Verktoydata.behandler(0);
        Http.Response r = post(V1, token(v), v1Hpr(v, innbygger(7), b.hprNummer()));
        assertEquals(200, r.status(), r.body());
        UUID.fromString(r.json().getString("PseudoId"));
        assertEquals("HPR|" + b.hprNummer() + "|" + b.navn() + "|" + b.navn(), tekst("select behandler_id_type || '|' || behandler_id || '|'"
                + " || behandler_navn || '|' || avsender_navn from verktoy_oppgave where korrelasjonsid = ?", r.header("Korrelasjonsid")));
        assertEquals(1, audit("helsenorge:verktoy/v1/Verktoy", r.header("Korrelasjonsid")));

        Http.Response f = post(V1, token(v), v1Fnr(v, innbygger(8), b.foedselsnummer()));
        assertEquals(200, f.status(), f.body());
        assertEquals("FNR", tekst("select behandler_id_type from verktoy_oppgave where korrelasjonsid = ?", f.header("Korrelasjonsid")));
    }

    @Test
    void v1_duplicates_by_the_same_or_another_behandler() {
        SyntetiskVerktoy v = verktoy(7);
        SyntetiskPerson p = innbygger(9);
        SyntetiskHelsepersonell b = Verktoydata.behandler(1);
        assertEquals(200, post(V1, token(v), v1Hpr(v, p, b.hprNummer())).status());
        assertFeil(post(V1, token(v), v1Hpr(v, p, b.hprNummer())), 400, "VER-000218");
        assertFeil(post(V1, token(v), v1Fnr(v, p, b.foedselsnummer())), 400, "VER-000218");
        assertFeil(post(V1, token(v), v1Hpr(v, p, Verktoydata.behandler(2).hprNummer())), 400, "VER-000232");
        assertFeil(post(V2, token(v), v2(v, p, null, null)), 400, "VER-000232");
        SyntetiskPerson q = innbygger(10);
        assertEquals(200, post(V2, token(v), v2(v, q, null, null)).status());
        assertFeil(post(V1, token(v), v1Hpr(v, q, b.hprNummer())), 400, "VER-000232");
    }

    @Test
    void v1_errors() {
        SyntetiskVerktoy v = verktoy(8);
        SyntetiskPerson p = innbygger(11);
        String t = token(v);
        assertFeil(post(V1, t, v1Hpr(v, p, "123")), 400, "PVF-000239");
        assertFeil(post(V1, t, v1Fnr(v, p, Verktoydata.ikkeHelsepersonell().foedselsnummer())), 400, "PVF-000239");
        assertFeil(post(V1, t, v1Hpr(v, p, "12a")), 400, "VER-000209");
        assertFeil(post(V1, t, v2(v, p, null, null)), 400, "VER-000209");
        assertFeil(post(V1, t, "[]"), 400, "VER-000202");
        assertFeil(post(V1, t, v1Hpr(v, Verktoydata.ikkeDigitaltAktiv(), Verktoydata.behandler(0).hprNummer())), 400, "VER-000228");
        assertFeil(post(V1, t, v1Hpr(v, p, "1").replace(v.verktoyId().toString(), UUID.randomUUID().toString())), 400, "VER-000207");
    }
}

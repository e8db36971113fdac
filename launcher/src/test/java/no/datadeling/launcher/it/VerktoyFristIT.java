package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Verktoydata.assertFeil;
import static no.datadeling.launcher.it.Verktoydata.innbygger;
import static no.datadeling.launcher.it.Verktoydata.oppdater;
import static no.datadeling.launcher.it.Verktoydata.sendV2;
import static no.datadeling.launcher.it.Verktoydata.tekst;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import no.datadeling.domain.populasjon.SyntetiskPerson;
import no.datadeling.domain.populasjon.SyntetiskVerktoy;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The deadline life cycle with the server's real @Schedule timer (every 10 s) on PostgreSQL: tasks whose dates are
 * moved into the past walk AKTIV -> FRIST_PASSERT -> UTLOPT, an expired task stops blocking a new send, and a task
 * another transaction holds is skipped (FOR UPDATE SKIP LOCKED) without holding the timer up.
 */
@Order(45)
@ExtendWith(DatadelingServer.class)
class VerktoyFristIT {

    static final LocalDate IDAG = LocalDate.now(ZoneId.of("Europe/Oslo"));
    static final Duration VENT = Duration.ofSeconds(45);
    // citizens 200-299 of the digitally active are this class's

    static String tilstand(SyntetiskVerktoy v, SyntetiskPerson p) throws Exception {
        return tekst("select tilstand from verktoy_oppgave where verktoy_id = ? and innbygger = ? order by oppgave_id desc limit 1",
                v.verktoyId(), p.foedselsnummer());
    }

    static void settDatoer(SyntetiskVerktoy v, SyntetiskPerson p, LocalDate frist) throws Exception {
        assertEquals(1, oppdater("update verktoy_oppgave set frist = ?, utloper = ? where verktoy_id = ? and innbygger = ?"
                + " and tilstand <> 'UTLOPT'", frist, frist.plusMonths(3), v.verktoyId(), p.foedselsnummer()));
    }

    static void ventPaa(SyntetiskVerktoy v, SyntetiskPerson p, String forventet) throws Exception {
        long slutt = System.nanoTime() + VENT.toNanos();
        String naa = tilstand(v, p);
        while (!forventet.equals(naa) && System.nanoTime() < slutt) {
            Thread.sleep(500);
            naa = tilstand(v, p);
        }
        assertEquals(forventet, naa, "the timer did not move the task within " + VENT);
    }

    @Test
    void a_task_walks_through_its_states_and_an_expired_one_no_longer_blocks() throws Exception {
        SyntetiskVerktoy v = Verktoydata.verktoy().get(200);
        SyntetiskPerson p = innbygger(200);
        assertEquals(200, sendV2(v, p).status());
        assertEquals("AKTIV", tilstand(v, p));

        settDatoer(v, p, IDAG.minusDays(1));
        ventPaa(v, p, "FRIST_PASSERT");
        // still doable for three months: still blocks
        assertFeil(sendV2(v, p), 400, "VER-000232");

        settDatoer(v, p, IDAG.minusMonths(3).minusDays(1));
        ventPaa(v, p, "UTLOPT");
        Http.Response igjen = sendV2(v, p);
        assertEquals(200, igjen.status(), igjen.body());
        assertEquals("AKTIV", tilstand(v, p));
        assertEquals("2", tekst("select count(*)::text from verktoy_oppgave where verktoy_id = ? and innbygger = ?",
                v.verktoyId(), p.foedselsnummer()));
    }

    @Test
    void an_active_task_more_than_three_months_past_its_frist_expires_in_one_step() throws Exception {
        SyntetiskVerktoy v = Verktoydata.verktoy().get(201);
        SyntetiskPerson p = innbygger(201);
        assertEquals(200, sendV2(v, p).status());
        settDatoer(v, p, IDAG.minusYears(1));
        ventPaa(v, p, "UTLOPT");
    }

    @Test
    void a_send_does_not_wait_for_the_timer_to_expire_an_outdated_task() throws Exception {
        SyntetiskVerktoy v = Verktoydata.verktoy().get(202);
        SyntetiskPerson p = innbygger(202);
        assertEquals(200, sendV2(v, p).status());
        settDatoer(v, p, IDAG.minusYears(1));
        // whether or not the timer got there first, the new send succeeds and the old task ends UTLOPT
        assertEquals(200, sendV2(v, p).status());
        assertEquals("1", tekst("select count(*)::text from verktoy_oppgave where verktoy_id = ? and innbygger = ? and tilstand = 'UTLOPT'",
                v.verktoyId(), p.foedselsnummer()));
    }

    @Test
    void the_timer_skips_a_task_another_transaction_holds_and_takes_it_later() throws Exception {
        SyntetiskVerktoy v = Verktoydata.verktoy().get(203);
        SyntetiskPerson laast = innbygger(203);
        SyntetiskPerson fri = innbygger(204);
        assertEquals(200, sendV2(v, laast).status());
        assertEquals(200, sendV2(v, fri).status());
        try (Connection c = DatadelingServer.server().connectDatabase()) {
            c.setAutoCommit(false);
            // a KEY SHARE lock lets the date change below commit but makes the timer's FOR UPDATE skip the row, like a
            // second instance holding it mid-batch
            try (PreparedStatement ps = c.prepareStatement("select oppgave_id from verktoy_oppgave where verktoy_id = ? and innbygger = ?"
                    + " and tilstand = 'AKTIV' for key share")) {
                ps.setObject(1, v.verktoyId());
                ps.setString(2, laast.foedselsnummer());
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                }
                settDatoer(v, laast, IDAG.minusDays(2));
                settDatoer(v, fri, IDAG.minusDays(2));
                // the free task moves; the held one is skipped, and the timer was not held up by it
                ventPaa(v, fri, "FRIST_PASSERT");
                assertEquals("AKTIV", tilstand(v, laast));
            } finally {
                c.rollback(); // releases the lock
            }
        }
        ventPaa(v, laast, "FRIST_PASSERT");
    }
}

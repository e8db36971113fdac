package no.datadeling.verktoy.boundary;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.logging.Logger;
import no.datadeling.domain.verktoy.OppgaveTilstand;
import no.datadeling.infra.log.LogSafe;
import no.datadeling.verktoy.control.FristService;

/**
 * The deadline timer ("timer-driven default frist calculator"): every 10 seconds, on every instance, moves the tasks
 * whose dates call for it (AKTIV -> FRIST_PASSERT -> UTLOPT), batch by batch, each batch its own transaction.
 * Non-persistent on purpose: Payara's persistent timers are tied to the instance that created them and not
 * coordinated across a cluster; coordination is the database's (FOR UPDATE SKIP LOCKED in FristService). The states
 * change by calendar day, so a short period only bounds how long after midnight a task shows its new state.
 */
@Singleton
public class FristTimer {

    static final int BATCH = 500;
    /** One run moves at most this many; the rest waits for the next run, so a backlog never pins a thread for long. */
    static final int MAKS_PER_KJORING = 20 * BATCH;
    private static final Logger LOG = Logger.getLogger(FristTimer.class.getName());

    @Inject
    FristService frister;

    @Schedule(second = "*/10", minute = "*", hour = "*", persistent = false, info = "verktoy-frister")
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void kjor() {
        try {
            LocalDate idag = frister.idag();
            int krevd = 0;
            int passert = 0;
            int utlopt = 0;
            FristService.Flytting f;
            do {
                f = frister.flyttNeste(idag, BATCH);
                krevd += f.krevd();
                passert += f.flyttet().getOrDefault(OppgaveTilstand.FRIST_PASSERT, 0);
                utlopt += f.flyttet().getOrDefault(OppgaveTilstand.UTLOPT, 0);
            } while (f.krevd() == BATCH && krevd < MAKS_PER_KJORING);
            if (krevd > 0) {
                int p = passert;
                int u = utlopt;
                LOG.info(() -> "verktoy tasks: " + p + " moved past their frist, " + u + " expired");
            }
        } catch (RuntimeException e) {
            // the next run retries; a failed run must not cancel the schedule nor flood the log with stack traces
            LOG.warning(() -> "verktoy tasks: deadline run failed, retried in 10 s: " + LogSafe.describe(e));
        }
    }
}

package no.datadeling.infra.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.ident.Organisasjonsnummer;
import org.junit.jupiter.api.Test;

/** The local lease logic against an in-memory bucket with the same arithmetic as the database's. */
class RatebegrenserTest {

    static final Organisasjonsnummer ORG = Organisasjonsnummer.of("889640782");

    /** One bucket, refilled at perMinutt per minute up to perMinutt, on a fake clock (nanoseconds). */
    static final class Boette implements Boettelager {
        final AtomicLong klokke;
        final long perMinutt;
        double tokens;
        long sist;
        final List<Integer> forespurt = new ArrayList<>();

        Boette(AtomicLong klokke, long perMinutt) {
            this.klokke = klokke;
            this.perMinutt = perMinutt;
            this.tokens = perMinutt;
            this.sist = klokke.get();
        }

        @Override
        public synchronized Tildeling lei(String org, int oensket, long standard) {
            forespurt.add(oensket);
            long naa = klokke.get();
            double tilgjengelig = Math.min(perMinutt, tokens + (naa - sist) / 60e9 * perMinutt);
            int tildelt = (int) Math.min(oensket, Math.floor(tilgjengelig));
            tokens = tilgjengelig - tildelt;
            sist = naa;
            return new Tildeling(tildelt, tildelt > 0 ? 0 : PostgresBoettelager.vent(tokens, perMinutt), perMinutt);
        }
    }

    @Test
    void allows_the_budget_then_answers_429_with_retry_after_in_milliseconds() {
        AtomicLong klokke = new AtomicLong(1_000_000_000L);
        Boette boette = new Boette(klokke, 5);
        Ratebegrenser r = new Ratebegrenser(boette, 60_000, 100, klokke::get);
        for (int i = 0; i < 5; i++) {
            r.krevKvote(ORG);
        }
        ApiException e = assertThrows(ApiException.class, () -> r.krevKvote(ORG));
        assertEquals(ErrorKind.TOO_MANY_REQUESTS, e.kind());
        assertEquals(429, e.status());
        long vent = Long.parseLong(e.headers().get("Retry-After"));
        assertTrue(vent > 0 && vent <= 12_000, "one token takes 12 s at 5/min: " + vent);
        // refused locally until then: the bucket is not asked again
        int spurt = boette.forespurt.size();
        assertThrows(ApiException.class, () -> r.krevKvote(ORG));
        assertEquals(spurt, boette.forespurt.size());
        klokke.addAndGet(vent * 1_000_000L);
        r.krevKvote(ORG);
    }

    @Test
    void small_budgets_lease_one_token_at_a_time_and_are_exact() {
        AtomicLong klokke = new AtomicLong(0);
        Boette boette = new Boette(klokke, 300);
        Ratebegrenser r = new Ratebegrenser(boette, 60_000, 100, klokke::get);
        int ok = 0;
        for (int i = 0; i < 400; i++) {
            try {
                r.krevKvote(ORG);
                ok++;
            } catch (ApiException e) {
                // over budget
            }
        }
        assertEquals(300, ok);
        assertTrue(boette.forespurt.stream().allMatch(n -> n == 1), boette.forespurt::toString);
    }

    @Test
    void large_budgets_lease_batches_so_the_store_is_asked_rarely() {
        AtomicLong klokke = new AtomicLong(0);
        Boette boette = new Boette(klokke, 60_000);
        Ratebegrenser r = new Ratebegrenser(boette, 60_000, 100, klokke::get);
        for (int i = 0; i < 10_000; i++) {
            r.krevKvote(ORG);
        }
        assertTrue(boette.forespurt.size() <= 102, "store asked " + boette.forespurt.size() + " times");
    }

    @Test
    void a_lease_lapses_after_a_second_so_instances_cannot_hoard_tokens() {
        AtomicLong klokke = new AtomicLong(0);
        Boette boette = new Boette(klokke, 60_000);
        Ratebegrenser r = new Ratebegrenser(boette, 60_000, 100, klokke::get);
        r.krevKvote(ORG);
        r.krevKvote(ORG);
        int spurt = boette.forespurt.size();
        klokke.addAndGet(Ratebegrenser.LEIETID_NANOS + 1);
        r.krevKvote(ORG);
        assertEquals(spurt + 1, boette.forespurt.size());
    }

    @Test
    void wait_is_the_time_to_the_next_whole_token() {
        assertEquals(12_000, PostgresBoettelager.vent(0, 5));
        assertEquals(1, PostgresBoettelager.vent(0.99999, 60_000));
        assertEquals(60_000, PostgresBoettelager.vent(0, 0));
    }
}

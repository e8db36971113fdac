package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import no.datadeling.domain.populasjon.SyntetiskPerson;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gap-free feed under concurrency, through the HTTP API against PostgreSQL: 8 writers create, change and annul
 * medlemskapsunntak (about 10 % of their writes roll back after the feed number was taken), while 3 pollers read the
 * feed 100 at a time from "last seen + 1". Every poller must see exactly the committed events, in order, with no gap
 * and no duplicate, and the numbers must be dense (a rolled-back number is reused). A naive sequence-numbered feed fails
 * this: a poller passes a number whose transaction commits later and never sees it. (Checked once by swapping the
 * counter row for {@code nextval} of a sequence in Feed: a poller failed with "gap or duplicate: expected 1359, got 1360".)
 */
@Order(70)
@ExtendWith(DatadelingServer.class)
class NavHelseFeedConcurrencyIT {

    static final int WRITERS = 8;
    static final int WRITES_PER_WRITER = 100;
    static final int POLLERS = 3;
    static final String ADMIN = "admin/nav-helse/v1/medlemskapsunntak";

    record Event(String type, long periodeId) {
    }

    @Test
    void every_poller_sees_exactly_the_committed_events_in_order_without_gaps_or_duplicates() throws Exception {
        String admin = NavHelseData.maskinporten("datadeling:admin");
        String reader = NavHelseData.maskinporten("nav:helse/v1/trygdehendelser");
        long start = NavHelseData.tall("select siste from feed_teller where feed = 'nav-helse/trygdehendelser'");
        List<SyntetiskPerson> persons = NavHelseData.personer().stream().filter(p -> p.nummer() % 11 == 3).limit(WRITERS * 4L).toList();

        Map<Long, Event> committed = new ConcurrentHashMap<>();
        AtomicInteger rolledBack = new AtomicInteger();
        AtomicBoolean writersDone = new AtomicBoolean();
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS + POLLERS);
        try {
            List<Future<List<Long>>> pollers = new ArrayList<>();
            for (int i = 0; i < POLLERS; i++) {
                pollers.add(pool.submit(() -> poll(reader, start + 1, writersDone, committed)));
            }
            List<Future<?>> writers = new ArrayList<>();
            for (int w = 0; w < WRITERS; w++) {
                int id = w;
                writers.add(pool.submit(() -> {
                    write(admin, persons.subList(id * 4, id * 4 + 4), new SplittableRandom(1000 + id), committed, rolledBack);
                    return null;
                }));
            }
            for (Future<?> f : writers) {
                f.get(5, TimeUnit.MINUTES);
            }
            writersDone.set(true);
            List<Long> expected = new ArrayList<>(new TreeMap<>(committed).keySet());
            for (Future<List<Long>> f : pollers) {
                assertEquals(expected, f.get(2, TimeUnit.MINUTES), "a poller saw something else than the committed events");
            }
            long end = start + committed.size();
            assertEquals(start + 1, expected.get(0), "numbers continue right after the feed's last one");
            assertEquals(end, expected.get(expected.size() - 1), "numbers are dense: every rolled-back number was reused");
            assertEquals(end, NavHelseData.tall("select siste from feed_teller where feed = 'nav-helse/trygdehendelser'"));
            int total = WRITERS * WRITES_PER_WRITER;
            assertEquals(total, committed.size() + rolledBack.get());
            assertTrue(rolledBack.get() >= total / 20 && rolledBack.get() <= total / 5,
                    "about 10 % rollbacks, got " + rolledBack.get() + " of " + total);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One writer: its own persons and periods, so its changes never conflict with another writer's. */
    private static void write(String token, List<SyntetiskPerson> persons, SplittableRandom r, Map<Long, Event> committed,
                              AtomicInteger rolledBack) {
        List<Long> open = new ArrayList<>();
        for (int i = 0; i < WRITES_PER_WRITER; i++) {
            boolean fail = r.nextInt(100) < 10;
            int op = open.isEmpty() ? 0 : r.nextInt(100);
            String query = fail ? "?simulerFeil=true" : "";
            Http.Response resp;
            long periode = -1;
            if (op < 40) {
                SyntetiskPerson p = persons.get(r.nextInt(persons.size()));
                resp = send("POST", ADMIN + query, token, body(p.foedselsnummer(), r));
            } else if (op < 85) {
                periode = open.get(r.nextInt(open.size()));
                resp = send("PUT", ADMIN + "/" + periode + query, token, body(null, r));
            } else {
                periode = open.get(r.nextInt(open.size()));
                resp = send("POST", ADMIN + "/" + periode + "/annullering" + query, token, "");
            }
            if (fail) {
                assertEquals(500, resp.status(), resp.body());
                assertEquals("SIMULERT_FEIL", resp.json().getString("kode"));
                rolledBack.incrementAndGet();
                continue;
            }
            assertTrue(resp.status() == 200 || resp.status() == 201, resp.status() + " " + resp.body());
            JsonObject o = resp.json();
            long nummer = o.getJsonNumber("hendelsesnummer").longValue();
            long id = o.getJsonNumber("periodeId").longValue();
            Event previous = committed.put(nummer, new Event(o.getString("type"), id));
            assertEquals(null, previous, "number " + nummer + " handed out twice");
            switch (o.getString("type")) {
                case "OPPRETTET" -> open.add(id);
                case "ANNULLERT" -> open.remove(Long.valueOf(id));
                default -> assertEquals(periode, id);
            }
        }
    }

    private static String body(String ident, SplittableRandom r) {
        int year = 2026 + r.nextInt(3);
        return "{" + (ident == null ? "" : "\"ident\":\"" + ident + "\",") + "\"fraOgMed\":\"" + year + "-01-01\",\"tilOgMed\":\""
                + year + "-" + String.format("%02d", 1 + r.nextInt(12)) + "-28\",\"grunnlag\":\"" + (r.nextBoolean() ? "FO_12_1" : "FTL_2-8")
                + "\"}";
    }

    private static Http.Response send(String method, String path, String token, String body) {
        return Http.send(HttpRequest.newBuilder(Http.uri(path)).method(method, HttpRequest.BodyPublishers.ofString(body)),
                "Authorization", bearer(token), "Content-Type", "application/json");
    }

    /**
     * A consumer as NAV describes one: keeps its own pointer, asks from "last seen + 1". Asserts every page starts at
     * the pointer and counts up by one, and every event is one a writer saw commit, with the same content.
     */
    private static List<Long> poll(String token, long from, AtomicBoolean writersDone, Map<Long, Event> committed)
            throws InterruptedException {
        List<Long> seen = new ArrayList<>();
        long next = from;
        while (true) {
            boolean doneBeforeRead = writersDone.get();
            Http.Response r = Http.get("helse/v1/trygdehendelser/hendelser?hendelsesnummer=" + next + "&antallHendelser=100",
                    "Authorization", bearer(token));
            assertEquals(200, r.status(), r.body());
            JsonArray page = r.json().getJsonArray("hendelser");
            for (int i = 0; i < page.size(); i++) {
                JsonObject h = page.getJsonObject(i);
                long nummer = h.getJsonNumber("hendelsesnummer").longValue();
                assertEquals(next, nummer, "gap or duplicate: expected " + next + ", got " + nummer);
                seen.add(nummer);
                next++;
                Event e = waitForCommitRecord(committed, nummer);
                assertEquals(e.type(), h.getString("type"), "event " + nummer);
                assertEquals(e.periodeId(), h.getJsonObject("innhold").getJsonNumber("periodeId").longValue(), "event " + nummer);
            }
            if (page.isEmpty()) {
                if (doneBeforeRead) {
                    return Collections.unmodifiableList(seen);
                }
                Thread.sleep(5);
            }
        }
    }

    /** A poller can see a commit before the writer's HTTP response has arrived; give the writer a moment to record it. */
    private static Event waitForCommitRecord(Map<Long, Event> committed, long nummer) throws InterruptedException {
        for (int i = 0; i < 3000; i++) {
            Event e = committed.get(nummer);
            if (e != null) {
                return e;
            }
            Thread.sleep(10);
        }
        throw new AssertionError("event " + nummer + " in the feed, but no writer saw it commit");
    }
}

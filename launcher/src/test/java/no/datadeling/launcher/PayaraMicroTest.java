package no.datadeling.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PayaraMicroTest {

    @Test
    void http_threads_default_to_twice_the_cores_and_at_least_four() {
        int expected = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        assertEquals(expected, PayaraMicro.httpThreads(Map.of()));
        assertEquals(expected, PayaraMicro.httpThreads(Map.of("DATADELING_HTTP_THREADS", " ")));
    }

    @Test
    void http_threads_follow_the_environment() {
        assertEquals(16, PayaraMicro.httpThreads(Map.of("DATADELING_HTTP_THREADS", " 16 ")));
        assertEquals(1, PayaraMicro.httpThreads(Map.of("DATADELING_HTTP_THREADS", "1")));
    }

    @Test
    void a_bad_thread_count_is_refused_with_the_variable_named() {
        for (String bad : new String[] {"0", "-3", "many", "4.5"}) {
            var e = assertThrows(IllegalArgumentException.class, () -> PayaraMicro.httpThreads(Map.of("DATADELING_HTTP_THREADS", bad)));
            assertTrue(e.getMessage().contains("DATADELING_HTTP_THREADS") && e.getMessage().contains(bad), e.getMessage());
        }
    }
}

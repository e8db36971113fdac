package no.datadeling.infra.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class LogSafeTest {

    private static final Pattern ELEVEN_DIGITS = Pattern.compile("\\d{11}");

    @Test
    void masks_an_eleven_digit_number_inside_text_keeping_the_first_four_digits() {
        assertEquals("oppslag på 2003******* feilet", LogSafe.scrub("oppslag på 20036914700 feilet"));
    }

    @Test
    void masks_every_eleven_digit_number() {
        assertEquals("2003*******,4181*******", LogSafe.scrub("20036914700,41819077302"));
    }

    @Test
    void masks_an_eleven_digit_number_next_to_letters() {
        assertEquals("fnr=2003*******&x", LogSafe.scrub("fnr=20036914700&x"));
    }

    @Test
    void leaves_a_twelve_digit_run_untouched() {
        assertEquals("konto 200369147001 ok", LogSafe.scrub("konto 200369147001 ok"));
    }

    @Test
    void leaves_shorter_numbers_untouched() {
        assertEquals("orgnr 889640782, status 404", LogSafe.scrub("orgnr 889640782, status 404"));
    }

    @Test
    void replaces_a_jwt_with_a_placeholder() {
        String jwt = "eyJhbGciOiJSUzI1NiIsImtpZCI6ImsxIn0.eyJpc3MiOiJodHRwczovL21hc2tpbnBvcnRlbi5ubyJ9.c2lnbmF0dXJlX2J5dGVz-_x";
        assertEquals("Authorization: Bearer [token] (rejected)", LogSafe.scrub("Authorization: Bearer " + jwt + " (rejected)"));
    }

    @Test
    void replaces_cr_and_lf_so_a_client_cannot_forge_log_lines() {
        String scrubbed = LogSafe.scrub("abc\r\n2026-01-01 INFO forged line\nmore");
        assertFalse(scrubbed.contains("\n"));
        assertFalse(scrubbed.contains("\r"));
        assertEquals("abc??2026-01-01 INFO forged line?more", scrubbed);
    }

    @Test
    void replaces_other_control_characters_but_keeps_tabs() {
        assertEquals("a?b?c\td", LogSafe.scrub("a\u001bb\u0000c\td"));
    }

    @Test
    void replaces_unicode_line_breaks_and_c1_controls() {
        // NEL, LINE SEPARATOR, PARAGRAPH SEPARATOR are line breaks to Unicode-aware readers (java.util.regex \R too);
        // U+009B is the 8-bit CSI that starts a terminal escape sequence
        String scrubbed = LogSafe.scrub("a\u0085b\u2028c\u2029d\u009b31me");
        assertEquals("a?b?c?d?31me", scrubbed);
        assertFalse(Pattern.compile("\\R").matcher(scrubbed).find());
    }

    @Test
    void scrubs_null_and_non_strings() {
        assertEquals("null", LogSafe.scrub(null));
        assertEquals("2003*******", LogSafe.scrub(20036914700L));
    }

    @Test
    void describe_names_every_exception_in_the_chain_without_identity_numbers() {
        Exception inner = new IllegalStateException("person 20036914700 not found\ninjected line");
        Exception middle = new java.io.UncheckedIOException("read failed for 41819077302", new java.io.IOException("io", inner));
        RuntimeException outer = new RuntimeException("wrapper", middle);

        String d = LogSafe.describe(outer);

        assertTrue(d.startsWith("java.lang.RuntimeException: wrapper"), d);
        assertTrue(d.contains(" <- java.io.UncheckedIOException: read failed for 4181*******"), d);
        assertTrue(d.contains(" <- java.io.IOException: io"), d);
        assertTrue(d.contains(" <- java.lang.IllegalStateException: person 2003******* not found?injected line"), d);
        assertFalse(ELEVEN_DIGITS.matcher(d).find(), d);
        assertFalse(d.contains("\n"), d);
        assertFalse(d.contains("\tat "), "no stack frames: " + d);
    }

    @Test
    void describe_omits_a_missing_message() {
        assertEquals("java.lang.NullPointerException", LogSafe.describe(new NullPointerException()));
    }

    @Test
    void describe_stops_on_a_cyclic_cause_chain() {
        Exception a = new Exception("a");
        Exception b = new Exception("b", a);
        a.initCause(b);
        String d = LogSafe.describe(a);
        assertEquals(8, d.split(" <- ").length, d);
    }
}

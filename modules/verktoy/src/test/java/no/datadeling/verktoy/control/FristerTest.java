package no.datadeling.verktoy.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.datadeling.domain.verktoy.OppgaveTilstand;
import org.junit.jupiter.api.Test;

/** The deadline life cycle, driven by a controllable clock in Europe/Oslo. */
class FristerTest {

    static LocalDate idag(String instant) {
        return LocalDate.now(Clock.fixed(Instant.parse(instant), Frister.OSLO));
    }

    @Test
    void default_frist_is_two_weeks_from_the_oslo_date_whatever_the_time_of_day() {
        // 23:30 UTC on 31 Jan is already 1 Feb in Oslo
        assertEquals(LocalDate.of(2026, 2, 15), Frister.standardFrist(idag("2026-01-31T23:30:00Z")));
        assertEquals(LocalDate.of(2026, 2, 14), Frister.standardFrist(idag("2026-01-31T22:59:59Z")));
    }

    @Test
    void the_task_stays_doable_three_months_after_the_frist() {
        assertEquals(LocalDate.of(2026, 5, 28), Frister.utloper(LocalDate.of(2026, 2, 28)));
        assertEquals(LocalDate.of(2026, 2, 28), Frister.utloper(LocalDate.of(2025, 11, 30))); // no 30 February
    }

    @Test
    void walks_active_past_deadline_expired_day_by_day() {
        LocalDate frist = LocalDate.of(2026, 3, 10);
        LocalDate utloper = Frister.utloper(frist);
        Clock clock = Clock.fixed(Instant.parse("2026-03-10T22:59:00Z"), Frister.OSLO); // 23:59 on the frist in Oslo
        assertEquals(OppgaveTilstand.AKTIV, Frister.tilstand(frist, utloper, LocalDate.now(clock)));
        clock = Clock.offset(clock, java.time.Duration.ofMinutes(2)); // 00:01 the day after
        assertEquals(OppgaveTilstand.FRIST_PASSERT, Frister.tilstand(frist, utloper, LocalDate.now(clock)));
        assertEquals(OppgaveTilstand.FRIST_PASSERT, Frister.tilstand(frist, utloper, utloper));
        assertEquals(OppgaveTilstand.UTLOPT, Frister.tilstand(frist, utloper, utloper.plusDays(1)));
    }

    @Test
    void frist_dato_counts_only_the_date_and_reads_offsets_in_oslo_time() {
        assertEquals(LocalDate.of(2025, 9, 1), Frister.fristDato("2025-09-01"));
        assertEquals(LocalDate.of(2025, 9, 1), Frister.fristDato("2025-09-01T23:59:59"));
        assertEquals(LocalDate.of(2025, 9, 1), Frister.fristDato("2025-09-01T00:00:00.0000000"));
        assertEquals(LocalDate.of(2025, 9, 2), Frister.fristDato("2025-09-01T22:30:00Z"));
        assertEquals(LocalDate.of(2025, 9, 1), Frister.fristDato("2025-09-01T08:00:00+02:00"));
        assertThrows(DateTimeParseException.class, () -> Frister.fristDato("01.09.2025"));
        assertThrows(DateTimeParseException.class, () -> Frister.fristDato("2025-02-30"));
    }
}

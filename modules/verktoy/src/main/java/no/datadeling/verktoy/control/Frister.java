package no.datadeling.verktoy.control;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import no.datadeling.domain.verktoy.OppgaveTilstand;

/**
 * Deadline rules of a sent tool (Helsenorge: "Hvis ikke frist angis settes den to uker frem i tid. Innbygger vil også
 * ha mulighet til å utføre oppgaven i tre måneder etter at fristen har utløpt. Helsenorge benytter kun angitte datoer").
 * Every date is a Norwegian calendar day: "today" is Europe/Oslo's, and a FristDato with a UTC offset is first moved
 * to Oslo time, as a .NET server in Norway reads a DateTime. Pure functions: the callers own the clock.
 */
public final class Frister {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private Frister() {
    }

    public static LocalDate standardFrist(LocalDate idag) {
        return idag.plusWeeks(2);
    }

    /** The last day the task can be done. */
    public static LocalDate utloper(LocalDate frist) {
        return frist.plusMonths(3);
    }

    public static OppgaveTilstand tilstand(LocalDate frist, LocalDate utloper, LocalDate idag) {
        if (!idag.isAfter(frist)) {
            return OppgaveTilstand.AKTIV;
        }
        return idag.isAfter(utloper) ? OppgaveTilstand.UTLOPT : OppgaveTilstand.FRIST_PASSERT;
    }

    /**
     * The date of a FristDato: "2025-09-01", "2025-09-01T14:30:00[.fffffff]" (the date as written) or with an offset
     * ("...Z", "...+02:00": the Oslo date of that instant).
     *
     * @throws DateTimeParseException when it is none of these
     */
    public static LocalDate fristDato(String verdi) {
        String v = verdi.trim();
        if (v.length() == 10) {
            return LocalDate.parse(v);
        }
        try {
            return LocalDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException utenSone) {
            return OffsetDateTime.parse(v).atZoneSameInstant(OSLO).toLocalDate();
        }
    }
}

package no.datadeling.navhelse.entity;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The filters of GET medlemskapsunntak: medlem (type MED_MEDLEMSKAP = true, UTEN_MEDLEMSKAP = false), periods that
 * touch [fraOgMed, tilOgMed], only these statuses (empty = all), none from these sources.
 */
public record Medlemskapsfilter(Optional<Boolean> medlem, Optional<LocalDate> fraOgMed, Optional<LocalDate> tilOgMed,
                                List<String> statuser, List<String> ekskluderKilder) {

    public Medlemskapsfilter {
        statuser = List.copyOf(statuser);
        ekskluderKilder = List.copyOf(ekskluderKilder);
    }

    public static Medlemskapsfilter ingen() {
        return new Medlemskapsfilter(Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
    }
}

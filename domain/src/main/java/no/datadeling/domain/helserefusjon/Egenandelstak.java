package no.datadeling.domain.helserefusjon;

import java.util.Map;
import java.util.Optional;

/**
 * The egenandelstak per calendar year, in whole kroner: the same figures as the {@code egenandelstak} table (V600, with
 * their sources), here for the population generator and the sample command, which run without a database. A test
 * holds the two equal.
 */
public final class Egenandelstak {

    public static final Map<Integer, Integer> BELOEP = Map.of(
            2021, 2460,
            2022, 2921,
            2023, 3040,
            2024, 3165,
            2025, 3278,
            2026, 3278);

    private Egenandelstak() {
    }

    public static Optional<Integer> beloep(int aar) {
        return Optional.ofNullable(BELOEP.get(aar));
    }
}

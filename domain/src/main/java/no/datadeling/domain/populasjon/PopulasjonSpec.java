package no.datadeling.domain.populasjon;

/**
 * Which synthetic population: the same seed and size always give the same persons, organisations and relations,
 * and the first k persons are the same for every size &ge; k.
 */
public record PopulasjonSpec(long seed, int antallPersoner) {

    public static final long DEFAULT_SEED = 20_261_123L;
    public static final int DEFAULT_ANTALL = 10_000;
    public static final int MAKS_ANTALL = 1_000_000;
    /** Bump when the generator's output changes; a database loaded by an older version needs --fresh. */
    public static final int GENERATORVERSJON = 6;

    public PopulasjonSpec {
        if (antallPersoner < 1 || antallPersoner > MAKS_ANTALL) {
            throw new IllegalArgumentException("population size must be 1.." + MAKS_ANTALL);
        }
    }

    public static PopulasjonSpec standard() {
        return new PopulasjonSpec(DEFAULT_SEED, DEFAULT_ANTALL);
    }

    public int antallOrganisasjoner() {
        return Math.max(20, antallPersoner / 20);
    }
}

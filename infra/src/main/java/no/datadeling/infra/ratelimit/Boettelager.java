package no.datadeling.infra.ratelimit;

/** The cluster-wide token buckets, one per organisation (in PostgreSQL: {@link PostgresBoettelager}). */
public interface Boettelager {

    /**
     * Takes up to {@code oensket} tokens from the organisation's bucket (refilled for the time since it was last
     * touched, at its per-minute rate, up to one minute's worth).
     *
     * @param standardPerMinutt the rate when the organisation has no limit of its own
     */
    Tildeling lei(String organisasjonsnummer, int oensket, long standardPerMinutt);

    /** Tokens granted (0 = over budget), how long until one is available again, and the organisation's rate. */
    record Tildeling(int tokens, long ventMillis, long perMinutt) {
    }
}

package no.datadeling.infra.security;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Tokens that passed full verification, keyed by their exact serialised form (any change to a token, e.g. a tampered
 * signature, is a different key and is verified from scratch). Bounded: when full, expired entries are dropped, and if
 * that is not enough the cache starts over; a miss only costs one verification.
 */
final class VerifiedTokenCache {

    private record Entry(ValidatedToken token, Instant usableUntil) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final Duration maxAge;
    private final Duration skew;

    VerifiedTokenCache(int maxEntries, Duration maxAge, Duration skew) {
        this.maxEntries = maxEntries;
        this.maxAge = maxAge;
        this.skew = skew;
    }

    ValidatedToken get(String token, Instant now) {
        if (token == null) {
            return null;
        }
        Entry e = entries.get(token);
        if (e == null) {
            return null;
        }
        if (now.isAfter(e.usableUntil())) {
            entries.remove(token, e);
            return null;
        }
        return e.token();
    }

    void put(String token, ValidatedToken validated, Instant now) {
        Instant until = now.plus(maxAge);
        Instant exp = validated.expiresAt().map(x -> x.plus(skew)).orElse(now);
        if (exp.isBefore(until)) {
            until = exp;
        }
        if (!until.isAfter(now)) {
            return;
        }
        if (entries.size() >= maxEntries) {
            entries.values().removeIf(e -> now.isAfter(e.usableUntil()));
            if (entries.size() >= maxEntries) {
                entries.clear();
            }
        }
        entries.put(token, new Entry(validated, until));
    }

    int size() {
        return entries.size();
    }
}

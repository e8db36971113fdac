package no.datadeling.infra.feed;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Publishes to and reads from the gap-free feeds (see package documentation for why this is correct).
 *
 * <p>{@link #publiser} must run inside the writer's transaction ({@code MANDATORY}: without one the counter lock would
 * be released before the change it numbers commits) and be the writer's last database work: it flushes pending JPA
 * changes first, so the counter row is locked only from here to commit.
 */
@ApplicationScoped
public class Feed {

    /** Numbers the event and stores it in one statement; no row when the feed has no counter row yet. */
    private static final String PUBLISER = """
            with teller as (update feed_teller set siste = siste + 1 where feed = ?1 returning siste)
            insert into feed_hendelse (feed, nummer, type, kategori, innhold, opprettet)
            select ?1, siste, ?2, ?3, cast(?4 as jsonb), clock_timestamp() from teller
            returning nummer""";

    private static final String KOLONNER = "nummer, type, kategori, cast(innhold as text) as innhold,"
            + " cast(extract(epoch from opprettet) * 1000000 as bigint) as mikros";

    /** Without a filter the total needs no count: numbers are dense, so it is siste - fra + 1. */
    private static final String SIDE = """
            select t.totalt, h.nummer, h.type, h.kategori, h.innhold, h.mikros
            from (select greatest(coalesce(max(siste), 0) - greatest(?2, 1) + 1, 0) as totalt
                  from feed_teller where feed = ?1) t
            left join lateral (select %s from feed_hendelse
                               where feed = ?1 and nummer >= ?2 order by nummer limit ?3) h on true
            order by h.nummer""".formatted(KOLONNER);

    private static final String SIDE_FILTRERT = """
            select t.totalt, h.nummer, h.type, h.kategori, h.innhold, h.mikros
            from (select count(*) as totalt from feed_hendelse
                  where feed = ?1 and kategori = any(cast(?4 as varchar[])) and nummer >= ?2) t
            left join lateral (select %s from feed_hendelse
                               where feed = ?1 and kategori = any(cast(?4 as varchar[])) and nummer >= ?2
                               order by nummer limit ?3) h on true
            order by h.nummer""".formatted(KOLONNER);

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;

    /** @return the event's number in {@code feed} */
    @Transactional(Transactional.TxType.MANDATORY)
    public long publiser(String feed, FeedHendelse hendelse) {
        kontrollerKategori(hendelse.kategori());
        em.flush();
        Optional<Long> nummer = nummerer(feed, hendelse);
        if (nummer.isEmpty()) {
            // first event of a new feed: create its counter (a concurrent creator waits on the key, then does nothing)
            em.createNativeQuery("insert into feed_teller (feed, siste) values (?1, 0) on conflict do nothing")
                    .setParameter(1, feed).executeUpdate();
            nummer = nummerer(feed, hendelse);
        }
        return nummer.orElseThrow(() -> new IllegalStateException("feed counter for " + feed + " missing"));
    }

    /**
     * Numbers and stores several events in one statement (a batch from one producer), in list order: the counter moves
     * by their count, under the same lock and at the same point of the transaction as {@link #publiser}.
     *
     * @return the first event's number; the others follow densely
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public long publiserAlle(String feed, java.util.List<FeedHendelse> hendelser) {
        if (hendelser.isEmpty()) {
            throw new IllegalArgumentException("no events");
        }
        hendelser.forEach(h -> kontrollerKategori(h.kategori()));
        em.flush();
        StringBuilder json = new StringBuilder("[");
        for (FeedHendelse h : hendelser) {
            // type and category are plain words (checked); the content is a JSON object text, embedded as it is
            json.append(json.length() > 1 ? "," : "").append("{\"t\":\"").append(ord(h.type())).append("\",\"k\":\"")
                    .append(h.kategori()).append("\",\"i\":").append(h.innholdJson()).append('}');
        }
        String liste = json.append(']').toString();
        Optional<Long> foerste = nummererAlle(feed, hendelser.size(), liste);
        if (foerste.isEmpty()) {
            em.createNativeQuery("insert into feed_teller (feed, siste) values (?1, 0) on conflict do nothing")
                    .setParameter(1, feed).executeUpdate();
            foerste = nummererAlle(feed, hendelser.size(), liste);
        }
        return foerste.orElseThrow(() -> new IllegalStateException("feed counter for " + feed + " missing"));
    }

    private static final String PUBLISER_ALLE = """
            with teller as (update feed_teller set siste = siste + ?2 where feed = ?1 returning siste),
                 ny as (select e, nr from jsonb_array_elements(cast(?3 as jsonb)) with ordinality as u(e, nr))
            insert into feed_hendelse (feed, nummer, type, kategori, innhold, opprettet)
            select ?1, teller.siste - ?2 + ny.nr, ny.e->>'t', ny.e->>'k', ny.e->'i', clock_timestamp() from teller, ny
            returning nummer""";

    private Optional<Long> nummererAlle(String feed, int antall, String liste) {
        List<?> rows = em.createNativeQuery(PUBLISER_ALLE).setParameter(1, feed).setParameter(2, antall).setParameter(3, liste)
                .getResultList();
        return rows.stream().map(r -> ((Number) r).longValue()).min(Long::compare);
    }

    private static String ord(String type) {
        if (!type.matches("[A-Za-z0-9_-]{1,50}")) {
            throw new IllegalArgumentException("invalid event type");
        }
        return type;
    }

    private Optional<Long> nummerer(String feed, FeedHendelse h) {
        List<?> rows = em.createNativeQuery(PUBLISER)
                .setParameter(1, feed).setParameter(2, h.type()).setParameter(3, h.kategori()).setParameter(4, h.innholdJson())
                .getResultList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(((Number) rows.get(0)).longValue());
    }

    /**
     * Up to {@code antall} events from number {@code fraOgMed} on, in number order.
     *
     * @param kategorier only events of these categories; empty = all
     */
    public FeedSide les(String feed, long fraOgMed, int antall, List<String> kategorier) {
        var query = em.createNativeQuery(kategorier.isEmpty() ? SIDE : SIDE_FILTRERT)
                .setParameter(1, feed).setParameter(2, fraOgMed).setParameter(3, antall);
        if (!kategorier.isEmpty()) {
            kategorier.forEach(Feed::kontrollerKategori);
            query.setParameter(4, "{" + String.join(",", kategorier) + "}");
        }
        List<?> rows = query.getResultList();
        long totalt = 0;
        List<LagretHendelse> hendelser = new ArrayList<>();
        for (Object r : rows) {
            Object[] c = (Object[]) r;
            totalt = ((Number) c[0]).longValue();
            if (c[1] != null) {
                hendelser.add(new LagretHendelse(((Number) c[1]).longValue(), (String) c[2], (String) c[3], (String) c[4],
                        mikros(c[5])));
            }
        }
        return new FeedSide(hendelser, totalt);
    }

    /** The highest number published to {@code feed}, 0 when none. */
    public long siste(String feed) {
        List<?> rows = em.createNativeQuery("select siste from feed_teller where feed = ?1").setParameter(1, feed).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).longValue();
    }

    /** Categories travel as a PostgreSQL array literal: only plain words, so a value can never change the literal. */
    static void kontrollerKategori(String kategori) {
        if (kategori == null || !kategori.matches("[A-Za-z0-9_-]{1,50}")) {
            throw new IllegalArgumentException("invalid feed category");
        }
    }

    private static Instant mikros(Object v) {
        long us = v instanceof BigDecimal d ? d.longValue() : ((Number) v).longValue();
        return Instant.ofEpochSecond(Math.floorDiv(us, 1_000_000L), Math.floorMod(us, 1_000_000L) * 1000L);
    }
}

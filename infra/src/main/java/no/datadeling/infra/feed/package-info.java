/**
 * Gap-free event feeds: dense numbers 1..N per feed, assigned in commit order, so a poller at N never skips an event
 * that commits later and a rolled-back write leaves no hole (ARCHITECTURE.md, "Event feeds").
 *
 * <p>The technique (measured in RELIABILITY-FACTS.md against the naive sequence and the xmin-horizon variants): each
 * feed has one counter row in {@code feed_teller}. A writer numbers its event with
 * {@code UPDATE feed_teller SET siste = siste + 1 ... RETURNING siste} in the same statement that inserts the event,
 * as the last thing its transaction does. The row lock serialises writers of one feed from that statement to commit,
 * so number order is commit order; PostgreSQL makes a transaction visible before it releases its locks, so whoever
 * takes the next number sees the previous writer's commit (or its rollback, which returns the number). Never expose a
 * database sequence or generated id as a feed position.
 *
 * <p>Used by NAV Helse trygdehendelser; meant for samordning (one feed per tpnr) and KUHR as well.
 */
package no.datadeling.infra.feed;

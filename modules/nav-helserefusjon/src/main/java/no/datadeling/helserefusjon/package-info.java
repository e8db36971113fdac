/**
 * NAV Helserefusjon: Frikort-brev (a person's frikortvedtak and the vedtak letter as JSON metadata or PDF), KUHR FKR
 * hendelser (events from FKR received for KUHR: idempotent on the producer's id, validated per event, stored before
 * the acknowledgement and read downstream through a gap-free feed) and SAR eksport (the Samhandlerregister's changes
 * through a gap-free feed, and a full export streamed as NDJSON). No public specification of these three exists: the
 * contract is ours, in the style of NAV's published APIs (identity numbers in headers, {@code Nav-Call-Id}, JSON, NAV's
 * error format). Depends on domain and infra only.
 *
 * <p>Base paths: {@code helserefusjon/v1/frikort}, {@code helserefusjon/v1/kuhrfkrhendelse},
 * {@code helserefusjon/v1/sareksport}; the SAR write path is {@code admin/nav-helserefusjon}.
 */
package no.datadeling.helserefusjon;

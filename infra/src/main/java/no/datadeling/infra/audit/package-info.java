/**
 * The audit log of disclosures (NAV's "sporingslogg", Helsenorge's "tilgangslogg"): who received what about whom,
 * when and why, never the data itself (ARCHITECTURE.md, "Audit").
 *
 * <p>A row is written in the disclosing transaction before the response exists, so a failed write means nothing is
 * disclosed. Rows are insert-only (database triggers refuse UPDATE, DELETE and TRUNCATE) and hash-chained: each row's
 * hash covers its content and the previous row's hash. Writers of one chain are serialised on the chain's head row
 * ({@code audit_kjede}, locked in the writing transaction like a feed counter), so the chain order is the commit order
 * and a chain has no gaps. {@link AuditVerifier} recomputes every chain and names the first broken row.
 *
 * <p>Each service spreads its rows over a few chains by subject ({@code datadeling.audit.kjeder}, default 4): all of one
 * person's rows stay in one chain, and concurrent disclosures about different persons rarely wait for each other.
 */
package no.datadeling.infra.audit;

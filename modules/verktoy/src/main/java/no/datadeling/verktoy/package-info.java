/**
 * Helsenorge Verktøy API: the Verktøykatalog (list with filters and paging, metadata, prefix search, graphic elements),
 * sending a tool to a citizen as a task with a deadline (new system/verktoy/v2 and old v1/Verktoy), updating a
 * veiledningstjeneste, and telling a citizen's tool which behandler sent it. HelseID scopes verktoykatalog_read,
 * verktoysendtilinnbygger, verktoyadminveiledning; the Behandler lookup takes a citizen's ID-porten token. Every send
 * and every Behandler answer is written to the audit log in its own transaction. A non-persistent EJB timer moves tasks
 * through their deadline states, cluster-safe with FOR UPDATE SKIP LOCKED. Depends on domain and infra only.
 */
package no.datadeling.verktoy;

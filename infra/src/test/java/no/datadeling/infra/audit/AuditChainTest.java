package no.datadeling.infra.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainTest {

    static AuditRecord record(String konsument, List<String> kategorier) {
        return new AuditRecord("nav:helse/v1/uforeopplysninger", "03851598730", konsument, "klient", null, kategorier,
                "nav:helse/v1/uforeopplysninger", "samtykke-1", "korr-1");
    }

    static AuditEntry entry(AuditRecord r, String forrige) {
        return new AuditEntry(0, "k#0", 1, Instant.parse("2026-01-15T10:00:00.123456Z"), r, forrige, null);
    }

    @Test
    void the_hash_is_sha256_hex_and_covers_every_field_and_the_previous_hash() {
        String h = AuditChain.hash(entry(record("889640782", List.of("status")), AuditChain.GENESIS));
        assertEquals(64, h.length());
        assertEquals(h, AuditChain.hash(entry(record("889640782", List.of("status")), AuditChain.GENESIS)));
        assertNotEquals(h, AuditChain.hash(entry(record("974760673", List.of("status")), AuditChain.GENESIS)));
        assertNotEquals(h, AuditChain.hash(entry(record("889640782", List.of("status", "beregningsperioder")), AuditChain.GENESIS)));
        assertNotEquals(h, AuditChain.hash(entry(record("889640782", List.of("status")), "1".repeat(64))));
        AuditEntry e = entry(record("889640782", List.of("status")), AuditChain.GENESIS);
        assertNotEquals(h, AuditChain.hash(new AuditEntry(0, e.kjede(), e.nummer(), e.tidspunkt().plusNanos(1000), e.record(),
                e.forrigeHash(), null)));
    }

    @Test
    void field_boundaries_cannot_be_shifted() {
        // "ab" + "c" and "a" + "bc" must not serialise alike, nor null and "-"
        assertNotEquals(AuditChain.canonical(java.util.Arrays.asList("ab", "c")), AuditChain.canonical(java.util.Arrays.asList("a", "bc")));
        assertNotEquals(AuditChain.canonical(java.util.Arrays.asList((String) null)), AuditChain.canonical(List.of("-")));
        assertNotEquals(AuditChain.canonical(List.of("")), AuditChain.canonical(java.util.Arrays.asList((String) null)));
    }

    @Test
    void a_stored_row_reads_back_to_the_same_hash() {
        AuditEntry e = entry(record("889640782", List.of("status", "beregningsperioder")), AuditChain.GENESIS);
        String hash = AuditChain.hash(e);
        AuditEntry lest = AuditLog.entry(new String[] {"7", "k#0", "1", "2026-01-15T10:00:00.123456Z", e.record().tjeneste(),
                e.record().subjekt(), "889640782", "klient", null, "status,beregningsperioder", e.record().scope(), "samtykke-1",
                "korr-1", AuditChain.GENESIS, hash});
        assertEquals(hash, AuditChain.hash(lest));
        assertEquals(hash, lest.hash());
    }

    @Test
    void a_subject_always_lands_in_the_same_chain() {
        assertEquals(AuditLog.kjede("t", "03851598730", 4), AuditLog.kjede("t", "03851598730", 4));
        assertEquals("t#0", AuditLog.kjede("t", "03851598730", 1));
    }
}

package no.datadeling.infra.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Recomputes every audit chain from the database and reports, per chain, the first row that breaks it: a changed row
 * (its hash no longer matches its content), a replaced hash (the next row no longer links to it), a removed row (a gap
 * in the numbers) or removed last rows (the chain head points past the last row). Plain JDBC, so the launcher's
 * {@code audit-verify} command can run it against a live database without the server.
 */
public final class AuditVerifier {

    public record Brudd(String kjede, long nummer, long id, String grunn) {
        @Override
        public String toString() {
            return "chain " + kjede + ", row nummer " + nummer + (id > 0 ? " (id " + id + ")" : "") + ": " + grunn;
        }
    }

    public record Resultat(int kjeder, long rader, List<Brudd> brudd) {
        public boolean ok() {
            return brudd.isEmpty();
        }
    }

    private record Hode(long sisteNummer, String sisteHash) {
    }

    private AuditVerifier() {
    }

    public static Resultat verifiser(Connection c) throws SQLException {
        Map<String, Hode> hoder = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select kjede, siste_nummer, siste_hash from audit_kjede order by kjede");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                hoder.put(rs.getString(1), new Hode(rs.getLong(2), rs.getString(3)));
            }
        }
        java.util.Set<String> kjeder = new java.util.TreeSet<>(hoder.keySet());
        List<Brudd> brudd = new ArrayList<>();
        long rader = 0;
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false); // a cursor (fetch size) needs a transaction in pgjdbc: millions of rows never sit in memory
        try (PreparedStatement ps = c.prepareStatement("select " + AuditLog.KOLONNER + " from audit_logg order by kjede, nummer")) {
            ps.setFetchSize(1000);
            try (ResultSet rs = ps.executeQuery()) {
                Kjede kjede = null;
                while (rs.next()) {
                    rader++;
                    String[] c15 = new String[15];
                    for (int i = 0; i < 15; i++) {
                        c15[i] = rs.getString(i + 1);
                    }
                    AuditEntry e = AuditLog.entry(c15);
                    if (kjede == null || !kjede.navn.equals(e.kjede())) {
                        if (kjede != null) {
                            kjede.avslutt(hoder.remove(kjede.navn), brudd);
                        }
                        kjede = new Kjede(e.kjede());
                        kjeder.add(e.kjede());
                    }
                    kjede.neste(e, brudd);
                }
                if (kjede != null) {
                    kjede.avslutt(hoder.remove(kjede.navn), brudd);
                }
            }
        } finally {
            c.rollback();
            c.setAutoCommit(autoCommit);
        }
        // heads of chains whose rows are all gone
        hoder.forEach((navn, hode) -> {
            if (hode.sisteNummer() != 0) {
                brudd.add(new Brudd(navn, 1, 0, "row missing: the chain head says " + hode.sisteNummer() + " rows, none found"));
            }
        });
        return new Resultat(kjeder.size(), rader, brudd);
    }

    /** Walks one chain; remembers only whether it is already broken (the first break is the one to report). */
    private static final class Kjede {
        final String navn;
        long forventet = 1;
        String forrigeHash = AuditChain.GENESIS;
        boolean brutt;

        Kjede(String navn) {
            this.navn = navn;
        }

        void neste(AuditEntry e, List<Brudd> brudd) {
            if (!brutt) {
                String grunn = null;
                if (e.nummer() != forventet) {
                    grunn = "row missing: expected nummer " + forventet + ", found " + e.nummer();
                } else if (!Objects.equals(e.forrigeHash(), forrigeHash)) {
                    grunn = "does not link to the previous row (forrige_hash differs)";
                } else if (!Objects.equals(AuditChain.hash(e), e.hash())) {
                    grunn = "content changed (hash does not match the row)";
                }
                if (grunn != null) {
                    brutt = true;
                    brudd.add(new Brudd(navn, e.nummer(), e.id(), grunn));
                }
            }
            forventet = e.nummer() + 1;
            forrigeHash = e.hash();
        }

        void avslutt(Hode hode, List<Brudd> brudd) {
            if (brutt) {
                return;
            }
            if (hode == null) {
                brudd.add(new Brudd(navn, forventet - 1, 0, "chain has no head row"));
            } else if (hode.sisteNummer() != forventet - 1 || !hode.sisteHash().equals(forrigeHash)) {
                brudd.add(new Brudd(navn, hode.sisteNummer(), 0, "row missing at the end: the chain head says nummer "
                        + hode.sisteNummer() + ", the last row is " + (forventet - 1)));
            }
        }
    }
}

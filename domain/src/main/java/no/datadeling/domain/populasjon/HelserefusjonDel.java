package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import no.datadeling.domain.helserefusjon.Helserefusjon;

/**
 * NAV Helserefusjon: the SAR rows, the SAR feed as the register's history so far (one OPPRETTET per row, numbers
 * 1..N, counter at N), the egenandeler and the frikortvedtak that follow from them.
 */
final class HelserefusjonDel implements PopulasjonsDel {

    @Override
    public long last(Connection c, Populasjon pop) throws SQLException, IOException {
        HelserefusjonGenerator g = new HelserefusjonGenerator(pop);
        List<SyntetiskSamhandler> sar = g.samhandlere();
        Copy.copy(c, """
                samhandler (samhandler_id, navn, samhandlertype, hpr_nummer, organisasjonsnummer, kommunenummer,
                gyldig_fra_og_med, gyldig_til_og_med, versjon, sist_endret)""", w -> {
            for (SyntetiskSamhandler s : sar) {
                Copy.row(w, s.samhandlerId(), s.navn(), s.samhandlertype(), s.hprNummer(), s.organisasjonsnummer(),
                        s.kommunenummer(), s.gyldigFraOgMed(), s.gyldigTilOgMed(), s.versjon(), s.sistEndret());
            }
        });
        try (PreparedStatement ps = c.prepareStatement("insert into feed_teller (feed, siste) values (?, ?)")) {
            ps.setString(1, Helserefusjon.SAR_FEED);
            ps.setLong(2, sar.size());
            ps.executeUpdate();
        }
        // the register's first load publishes every row at once: one time for all, so times never go backwards in
        // the feed (rows in samhandlerId order, each with its own sistEndret, would)
        java.time.Instant lastet = sar.stream().map(SyntetiskSamhandler::sistEndret).max(java.util.Comparator.naturalOrder())
                .orElse(java.time.Instant.EPOCH);
        Copy.copy(c, "feed_hendelse (feed, nummer, type, kategori, innhold, opprettet)", w -> {
            long nummer = 0;
            for (SyntetiskSamhandler s : sar) {
                Copy.row(w, Helserefusjon.SAR_FEED, ++nummer, "OPPRETTET", s.samhandlertype(), json(s), lastet);
            }
        });
        long[] n = {2L * sar.size()};
        Copy.copy(c, "egenandel (egenandel_id, personident, dato, beloep, tjenestetype, samhandler_id)",
                w -> pop.forEachPerson(p -> g.egenandeler(p).forEach(e -> {
                    Copy.row(w, e.egenandelId(), e.personident(), e.dato(), e.beloep(), e.tjenestetype(), e.samhandlerId());
                    n[0]++;
                })));
        Copy.copy(c, "frikortvedtak (vedtak_id, personident, aar, dato_tak_naadd, sum_egenandeler, vedtaksdato)",
                w -> pop.forEachPerson(p -> g.frikortvedtak(p).forEach(v -> {
                    Copy.row(w, v.vedtakId(), v.personident(), v.aar(), v.datoTakNaadd(), v.sumEgenandeler(), v.vedtaksdato());
                    n[0]++;
                })));
        return n[0];
    }

    /** The samhandler as the SAR feed and export show it (the same fields as the module's SQL builds). */
    static String json(SyntetiskSamhandler s) {
        return "{\"samhandlerId\":" + tekst(s.samhandlerId()) + ",\"navn\":" + tekst(s.navn())
                + ",\"samhandlertype\":" + tekst(s.samhandlertype()) + ",\"hprNummer\":" + tekst(s.hprNummer())
                + ",\"organisasjonsnummer\":" + tekst(s.organisasjonsnummer()) + ",\"kommunenummer\":" + tekst(s.kommunenummer())
                + ",\"gyldigFraOgMed\":" + tekst(s.gyldigFraOgMed() == null ? null : s.gyldigFraOgMed().toString())
                + ",\"gyldigTilOgMed\":" + tekst(s.gyldigTilOgMed() == null ? null : s.gyldigTilOgMed().toString())
                + ",\"versjon\":" + s.versjon() + "}";
    }

    private static String tekst(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char ch : s.toCharArray()) {
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    @Override
    public List<String> tabeller() {
        return List.of("samhandler", "egenandel", "frikortvedtak", "feed_teller", "feed_hendelse");
    }
}

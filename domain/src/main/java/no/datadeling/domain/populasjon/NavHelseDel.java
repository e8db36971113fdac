package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import no.datadeling.domain.medlemskap.Medlemskapsunntak;

/**
 * NAV Helse: medlemskapsunntak, the trygdehendelser feed their histories make (numbers 1..N, counter at N, so the live
 * service continues at N+1), and uføre cases with their calculation periods.
 */
final class NavHelseDel implements PopulasjonsDel {

    @Override
    public long last(Connection c, Populasjon pop) throws SQLException, IOException {
        MedlemskapsunntakGenerator medl = new MedlemskapsunntakGenerator(pop);
        UforeGenerator ufore = new UforeGenerator(pop);
        long[] n = {0};
        Copy.copy(c, """
                medlemskapsunntak (unntak_id, ident, fra_og_med, til_og_med, status, statusaarsak, dekning, helsedel, medlem,
                lovvalg, lovvalgsland, grunnlag, kilde, kildedokument, versjon, registrert, besluttet, opprettet, opprettet_av,
                sist_endret, sist_endret_av, studie_statsborgerland, studie_studieland, studie_delstudie, studie_soeknad_innvilget)""",
                w -> pop.forEachPerson(p -> medl.medlemskapsunntak(p).forEach(m -> {
                    var s = m.studie();
                    Copy.row(w, m.unntakId(), m.ident(), m.fraOgMed(), m.tilOgMed(), m.status(), m.statusaarsak(), m.dekning(),
                            m.helsedel(), m.medlem(), m.lovvalg(), m.lovvalgsland(), m.grunnlag(), m.kilde(), m.kildedokument(),
                            m.versjon(), m.registrert(), m.besluttet(), m.opprettet(), m.opprettetAv(), m.sistEndret(),
                            m.sistEndretAv(), s == null ? null : s.statsborgerland(), s == null ? null : s.studieland(),
                            s == null ? null : s.delstudie(), s == null ? null : s.soeknadInnvilget());
                    n[0]++;
                })));
        List<SyntetiskTrygdehendelse> hendelser = medl.trygdehendelser();
        try (PreparedStatement ps = c.prepareStatement("insert into feed_teller (feed, siste) values (?, ?)")) {
            ps.setString(1, Medlemskapsunntak.FEED);
            ps.setLong(2, hendelser.size());
            ps.executeUpdate();
        }
        Copy.copy(c, "feed_hendelse (feed, nummer, type, kategori, innhold, opprettet)", w -> {
            for (SyntetiskTrygdehendelse h : hendelser) {
                Copy.row(w, Medlemskapsunntak.FEED, h.hendelsesnummer(), h.type(), h.hjemmelgruppe(),
                        "{\"periodeId\":" + h.periodeId() + ",\"personident\":\"" + h.personident() + "\"}", h.opprettet());
            }
        });
        n[0] += hendelser.size();
        Copy.copy(c, "uforesak (sak_id, ident, status, forste_virkningstidspunkt)",
                w -> pop.forEachPerson(p -> ufore.uforesak(p).ifPresent(u -> {
                    Copy.row(w, u.sakId(), u.ident(), u.status(), u.forsteVirkningstidspunkt());
                    n[0]++;
                })));
        Copy.copy(c, """
                uforeberegningsperiode (sak_id, fom, tom, uforegrad, uforetidspunkt, ifu, inntekt_brukt_i_avkortingen,
                ferdiglignet_inntekt, klagebehandles)""",
                w -> pop.forEachPerson(p -> ufore.uforesak(p).ifPresent(u -> u.beregningsperioder().forEach(b -> {
                    Copy.row(w, u.sakId(), b.fom(), b.tom(), b.uforegrad(), b.uforetidspunkt(), b.ifu(), b.inntektBruktIAvkortingen(),
                            b.ferdiglignetInntekt(), b.klagebehandles());
                    n[0]++;
                }))));
        try (Statement s = c.createStatement()) {
            // ids chosen by the generator: the identity columns continue above them
            s.execute("select setval(pg_get_serial_sequence('medlemskapsunntak', 'unntak_id'),"
                    + " greatest((select max(unntak_id) from medlemskapsunntak), " + MedlemskapsunntakGenerator.FOERSTE_ID + "))");
            s.execute("select setval(pg_get_serial_sequence('uforesak', 'sak_id'),"
                    + " greatest((select max(sak_id) from uforesak), " + UforeGenerator.FOERSTE_SAK + "))");
        }
        return n[0];
    }

    @Override
    public List<String> tabeller() {
        return List.of("medlemskapsunntak", "feed_teller", "feed_hendelse", "uforesak", "uforeberegningsperiode");
    }
}

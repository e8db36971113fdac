package no.datadeling.domain.populasjon;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import no.datadeling.domain.pensjon.Samordning;

/**
 * The samordning events the population's history made for one ordning, per feed, in publishing order (by date, ties
 * by person and decision): vedtak (every decision of a member), ytelser (a member's other ordning registered an
 * alderspensjon), personer (a member's sivilstand or address changed) and manglendeRefusjonskrav (every tenth first
 * decision was followed by a reminder four weeks later).
 */
public final class SamordningHendelser {

    /** One event: its feed kind, when it happened, the feed's type and category, and its stored content. */
    public record Hendelse(String kind, LocalDate dato, long orden, String type, String kategori, String innhold) {
    }

    private SamordningHendelser() {
    }

    /** The events about {@code p} for the ordning {@code tpnr} (none if the person has no forhold to it). */
    public static List<Hendelse> hendelser(SyntetiskPensjon p, String tpnr) {
        List<Hendelse> ut = new ArrayList<>();
        if (p.forhold().stream().noneMatch(f -> f.tpnr().equals(tpnr))) {
            return ut;
        }
        long orden = (long) p.person().nummer() * 1000;
        for (SyntetiskPensjon.Vedtak v : p.vedtak()) {
            ut.add(new Hendelse(Samordning.VEDTAK, v.vedtaksdato(), orden++, v.vedtaksKode(), v.sakType(),
                    Samordning.vedtakshendelse(v.sakType(), p.ident(), v.vedtakId(), tpnr, v.virkFom(), v.virkTom())));
            if (!"REGULERING".equals(v.vedtaksKode()) && (v.vedtakId() + Integer.parseInt(tpnr)) % 10 == 0) {
                LocalDate svarfrist = v.vedtaksdato().plusWeeks(6);
                ut.add(new Hendelse(Samordning.MANGLENDE_REFUSJONSKRAV, v.vedtaksdato().plusWeeks(4), orden++, "PURRING", "PURRING",
                        "{\"tpnr\":\"" + tpnr + "\",\"fnr\":\"" + p.ident() + "\",\"samId\":\"" + Samordning.samId(v.vedtakId(), tpnr)
                                + "\",\"svarfrist\":\"" + svarfrist + "\"}"));
            }
        }
        p.vedtak().stream().filter(v -> "ALDER".equals(v.sakType())).findFirst().ifPresent(alder -> {
            long o = (long) p.person().nummer() * 1000 + 500;
            for (SyntetiskPensjon.Forhold annen : p.forhold()) {
                if (!annen.tpnr().equals(tpnr)) {
                    ut.add(new Hendelse(Samordning.YTELSER, alder.virkFom(), o++, "OPPRETT", "ALDER",
                            "{\"tpnr\":\"" + annen.tpnr() + "\",\"identifikator\":\"" + p.ident()
                                    + "\",\"hendelseType\":\"OPPRETT\",\"ytelseType\":\"ALDER\",\"datoFom\":\"" + alder.virkFom()
                                    + "\",\"datoTom\":null}"));
                }
            }
        });
        long o = (long) p.person().nummer() * 1000 + 900;
        for (SyntetiskPensjon.Personendring e : p.endringer()) {
            ut.add(new Hendelse(Samordning.PERSONER, e.dato(), o++, e.meldingskode(), e.meldingskode(), personendring(p.ident(), tpnr, e)));
        }
        return ut;
    }

    static String personendring(String ident, String tpnr, SyntetiskPensjon.Personendring e) {
        String adresse = e.adresse() == null ? "null" : "{\"adresselinje1\":\"" + e.adresse().adresselinje1()
                + "\",\"adresselinje2\":null,\"adresselinje3\":null,\"postnr\":\"" + e.adresse().postnr() + "\",\"poststed\":\""
                + e.adresse().poststed() + "\",\"land\":\"" + e.adresse().land() + "\"}";
        boolean sivilstand = "SIVILSTAND".equals(e.meldingskode());
        return "{\"tpnr\":\"" + tpnr + "\",\"fnr\":\"" + ident + "\",\"fnrGammelt\":null,\"sivilstand\":"
                + (sivilstand ? "\"" + e.sivilstand() + "\"" : "null") + ",\"sivilstandDato\":" + (sivilstand ? "\"" + e.dato() + "\"" : "null")
                + ",\"doedsdato\":null,\"adresse\":" + adresse + ",\"meldingskode\":\"" + e.meldingskode() + "\"}";
    }

    static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");

    /** Publishing order of a feed. */
    public static final Comparator<Hendelse> ORDEN = Comparator.comparing(Hendelse::dato).thenComparingLong(Hendelse::orden);
}

package no.datadeling.domain.pensjon;

import java.time.LocalDate;

/**
 * The samordning feeds: one per kind and tpnr (numbers 1..N per ordning), and the stored content of a vedtakshendelse,
 * written the same way by the population loader and by a live decision. The API adds {@code sekvensnummer} where its
 * schema has one; the stored content never holds it (the feed engine numbers the event).
 */
public final class Samordning {

    public static final String VEDTAK = "vedtak";
    public static final String YTELSER = "ytelser";
    public static final String PERSONER = "personer";
    public static final String MANGLENDE_REFUSJONSKRAV = "manglendeRefusjonskrav";

    private Samordning() {
    }

    /** The feed of {@code kind} for the ordning {@code tpnr}, e.g. samordning/vedtak/3010. */
    public static String feed(String kind, String tpnr) {
        return "samordning/" + kind + "/" + tpnr;
    }

    /** The samordning id of a decision towards one ordning: unique per (vedtak, tpnr). */
    public static String samId(long vedtakId, String tpnr) {
        return Long.toString(vedtakId * 10_000L + Integer.parseInt(tpnr));
    }

    /** Content of a vedtakshendelse; the values are plain (digits, dates, enum words) so no escaping is needed. */
    public static String vedtakshendelse(String ytelsesType, String ident, long vedtakId, String tpnr, LocalDate fom, LocalDate tom) {
        return "{\"ytelsesType\":\"" + ytelsesType + "\",\"identifikator\":\"" + ident + "\",\"vedtakId\":\"" + vedtakId
                + "\",\"samId\":\"" + samId(vedtakId, tpnr) + "\",\"fom\":\"" + fom + "\",\"tom\":" + dato(tom) + "}";
    }

    static String dato(LocalDate d) {
        return d == null ? "null" : "\"" + d + "\"";
    }
}

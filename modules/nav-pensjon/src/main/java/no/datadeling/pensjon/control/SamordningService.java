package no.datadeling.pensjon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import no.datadeling.domain.pensjon.Samordning;
import no.datadeling.infra.feed.Feed;
import no.datadeling.infra.feed.FeedSide;
import no.datadeling.infra.feed.LagretHendelse;

/** Reads one page of an ordning's samordning feed (the tpnr's ownership is checked by the caller first). */
@ApplicationScoped
public class SamordningService {

    /** NAV: antall defaults to 10000 and is "maksimalt 10000". */
    public static final int MAKS_ANTALL = 10_000;

    private Feed feed;

    @Inject
    SamordningService(Feed feed) {
        this.feed = feed;
    }

    SamordningService() {
        // CDI proxy
    }

    /**
     * @param hendelser  the events of the page, in number order
     * @param sisteISide the number of the last event of the page (the position to continue after)
     * @param nyeste     the newest number in the feed
     * @param flere      whether events follow this page
     */
    public record Side(List<LagretHendelse> hendelser, long sisteISide, long nyeste, boolean flere) {
    }

    /** Up to {@code antall} events from number {@code fra} on in the feed {@code kind} of {@code tpnr}. */
    public Side les(String kind, String tpnr, long fra, int antall) {
        String navn = Samordning.feed(kind, tpnr);
        FeedSide side = feed.les(navn, fra, antall, List.of());
        List<LagretHendelse> h = side.hendelser();
        if (h.isEmpty()) {
            long nyeste = feed.siste(navn);
            return new Side(h, Math.min(Math.max(fra - 1, 0), nyeste), nyeste, false);
        }
        long start = h.get(0).nummer();
        // numbers are dense: the page's total ("from start on") gives the newest number from the same statement
        long nyeste = start + side.totalt() - 1;
        long sisteISide = h.get(h.size() - 1).nummer();
        return new Side(h, sisteISide, nyeste, sisteISide < nyeste);
    }
}

package no.datadeling.navhelse.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import java.io.StringReader;
import java.util.List;
import no.datadeling.domain.medlemskap.Hjemmelgruppe;
import no.datadeling.domain.medlemskap.Medlemskapsunntak;
import no.datadeling.domain.medlemskap.Trygdehendelsestype;
import no.datadeling.infra.feed.Feed;
import no.datadeling.infra.feed.FeedHendelse;
import no.datadeling.infra.feed.FeedSide;
import no.datadeling.navhelse.entity.Trygdehendelse;

/** Reads the trygdehendelser feed and writes its events (the writes come from {@link MedlemskapsunntakService}). */
@ApplicationScoped
public class TrygdehendelseService {

    public static final int MAKS_ANTALL = 100;
    /**
     * Made once: every Json.createReader/createObjectBuilder looks its provider up through the ServiceLoader, which
     * on Payara scans the application's jars; for 100 events a page that cost 8x the page itself (bench/RESULTS.md).
     */
    private static final JsonReaderFactory LESER = Json.createReaderFactory(null);
    private static final JsonBuilderFactory BYGGER = Json.createBuilderFactory(null);

    private Feed feed;

    @Inject
    TrygdehendelseService(Feed feed) {
        this.feed = feed;
    }

    TrygdehendelseService() {
        // CDI proxy
    }

    public record Side(List<Trygdehendelse> hendelser, long totalt) {
    }

    /** Events from {@code fraOgMed} on, at most {@code antall}, of the given groups (empty = every group). */
    public Side hent(long fraOgMed, int antall, List<Hjemmelgruppe> grupper) {
        FeedSide side = feed.les(Medlemskapsunntak.FEED, fraOgMed, antall, grupper.stream().map(Enum::name).toList());
        return new Side(side.hendelser().stream().map(h -> {
            JsonObject innhold;
            try (var r = LESER.createReader(new StringReader(h.innholdJson()))) {
                innhold = r.readObject();
            }
            return new Trygdehendelse(h.nummer(), Trygdehendelsestype.valueOf(h.type()),
                    innhold.getJsonNumber("periodeId").longValue(), innhold.getString("personident"),
                    Hjemmelgruppe.valueOf(h.kategori()), h.opprettet());
        }).toList(), side.totalt());
    }

    /** Publishes what happened to {@code periode}; call as the writing transaction's last step. */
    long publiser(Medlemskapsunntak periode, Trygdehendelsestype type) {
        String innhold = BYGGER.createObjectBuilder().add("periodeId", periode.unntakId()).add("personident", periode.ident())
                .build().toString();
        return feed.publiser(Medlemskapsunntak.FEED, new FeedHendelse(type.name(), periode.hjemmelgruppe().name(), innhold));
    }
}

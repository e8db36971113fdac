package no.datadeling.infra.feed;

import java.util.Objects;

/**
 * An event to publish: its type (e.g. OPPRETTET), the category readers filter on (e.g. a hjemmelgruppe; one value per
 * event), and its content as a JSON object text. The feed assigns the number and the time.
 */
public record FeedHendelse(String type, String kategori, String innholdJson) {

    public FeedHendelse {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(kategori, "kategori");
        Objects.requireNonNull(innholdJson, "innholdJson");
    }
}

package no.datadeling.infra.feed;

import java.util.List;

/**
 * One page of a feed: consecutive events from the requested number on (consecutive within the filter), and how many
 * events from that number on satisfy the request in total. Both come from one statement, so they agree.
 */
public record FeedSide(List<LagretHendelse> hendelser, long totalt) {

    public FeedSide {
        hendelser = List.copyOf(hendelser);
    }
}

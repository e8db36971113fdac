package no.datadeling.verktoy.control;

import java.util.Set;

/**
 * The filters of the tool list: within a list parameter any value matches (OR), between parameters all must (AND).
 * KanLeggesTilAvInnbygger true means tools a citizen can add without a behandler (KreverForskrivning false), false the
 * opposite; KunAnonymTilgang true means tools open without login, false those that need login; null means no filter.
 */
public record KatalogFilter(Set<Integer> fagomrader, Set<String> klassifiseringer, Set<Integer> malgrupper, Set<Integer> sprak,
                            Boolean kanLeggesTilAvInnbygger, Boolean kunAnonymTilgang) {

    public static KatalogFilter ingen() {
        return new KatalogFilter(Set.of(), Set.of(), Set.of(), Set.of(), null, null);
    }
}

package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * One bounded context's share of the synthetic population (its tables), loaded in the loader's transaction after
 * persons and organisations. A part derives everything from {@link Populasjon} (its persons, organisations and its
 * own {@link Populasjon#random(String, int)} stream), so adding a part never changes what the other parts load.
 * Register a new part in {@link Populasjonsdeler#ALLE}.
 */
public interface PopulasjonsDel {

    /** Loads the rows (with {@link Copy}); returns how many. */
    long last(Connection c, Populasjon pop) throws SQLException, IOException;

    /** The tables this part fills, analysed after the load. */
    List<String> tabeller();
}

package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The synthetic TP register: one tjenestepensjonsordning owned by the launcher's development organisation (so a dev
 * token can read its own tpnr) and a handful owned by synthetic organisations (so a foreign tpnr can be asked for).
 */
final class TpRegisterDel implements PopulasjonsDel {

    /** The organisation the launcher's token command signs for by default. */
    static final String UTVIKLINGSORGANISASJON = "889640782";
    static final String UTVIKLINGSORGANISASJONENS_TPNR = "3010";
    static final int ANTALL_ANDRE = 6;

    record Ordning(String tpnr, String navn, String organisasjonsnummer) {
    }

    static List<Ordning> ordninger(Populasjon pop) {
        List<Ordning> ut = new ArrayList<>();
        ut.add(new Ordning(UTVIKLINGSORGANISASJONENS_TPNR, "Syntetisk pensjonskasse for utviklingsorganisasjonen",
                UTVIKLINGSORGANISASJON));
        List<SyntetiskOrganisasjon> org = pop.organisasjoner();
        for (int i = 0; i < ANTALL_ANDRE && i < org.size(); i++) {
            SyntetiskOrganisasjon o = org.get(i * Math.max(1, org.size() / ANTALL_ANDRE));
            ut.add(new Ordning(Integer.toString(3100 + 100 * i), "Syntetisk pensjonsordning " + o.navn(), o.organisasjonsnummer()));
        }
        return ut;
    }

    @Override
    public long last(Connection c, Populasjon pop) throws SQLException, IOException {
        List<Ordning> ordninger = ordninger(pop);
        Copy.copy(c, "tp_ordning (tpnr, navn, organisasjonsnummer)", w -> {
            for (Ordning o : ordninger) {
                Copy.row(w, o.tpnr(), o.navn(), o.organisasjonsnummer());
            }
        });
        return ordninger.size();
    }

    @Override
    public List<String> tabeller() {
        return List.of("tp_ordning");
    }
}

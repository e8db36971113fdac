package no.datadeling.domain.populasjon;

import java.io.IOException;
import java.io.StringWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import no.datadeling.domain.folkeregister.Persondokumenttekst;

/**
 * Folkeregisteret: every version of every person document of {@link Folkeregister}, the current version's search
 * columns, and the other identifiers. Loaded in slices of persons (three COPYs each), so memory stays bounded however
 * large the population: one COPY stream per connection at a time, and a person's rows go to three tables.
 */
final class FolkeregisterDel implements PopulasjonsDel {

    private static final int SKIVE = 1000;

    @Override
    public long last(Connection c, Populasjon pop) throws SQLException, IOException {
        Folkeregister reg = new Folkeregister(pop);
        List<SyntetiskPerson> skive = new ArrayList<>(SKIVE);
        long[] rader = {0};
        List<Exception> feil = new ArrayList<>();
        pop.forEachPerson(p -> {
            skive.add(p);
            if (skive.size() == SKIVE && feil.isEmpty()) {
                rader[0] += lastSkive(c, reg, skive, feil);
                skive.clear();
            }
        });
        if (!skive.isEmpty() && feil.isEmpty()) {
            rader[0] += lastSkive(c, reg, skive, feil);
        }
        if (!feil.isEmpty()) {
            Exception e = feil.get(0);
            if (e instanceof SQLException s) {
                throw s;
            }
            throw (IOException) e;
        }
        return rader[0];
    }

    private static long lastSkive(Connection c, Folkeregister reg, List<SyntetiskPerson> skive, List<Exception> feil) {
        StringWriter dokumenter = new StringWriter(SKIVE * 8192);
        StringWriter personer = new StringWriter(SKIVE * 128);
        StringWriter identifikatorer = new StringWriter();
        long rader = 0;
        for (SyntetiskPerson p : skive) {
            Folkeregister.Person fp = reg.person(p);
            for (Folkeregister.Persondokument d : fp.versjoner()) {
                Copy.row(dokumenter, d.persondokumentidentifikator(), p.foedselsnummer(), d.versjon(), d.ajourholdstidspunkt(), d.json(),
                        d.dokument().indeksSomBytea());
                rader++;
            }
            Folkeregister.Soekedata s = fp.soek();
            Persondokumenttekst basis = fp.gjeldende().dokument().utdrag(Persondokumenttekst.BASIS);
            Copy.row(personer, p.foedselsnummer(), fp.gjeldende().persondokumentidentifikator(), p.foedselsdato(), s.navn(),
                    s.adressenavn(), s.husnummer(), s.husbokstav(), s.postnummer(), s.adressegradering(), basis.tekst(),
                    basis.indeksSomBytea());
            for (Folkeregister.Identifikator id : fp.identifikatorer()) {
                Copy.row(identifikatorer, id.type(), id.verdi(), p.foedselsnummer());
            }
        }
        try {
            Copy.copy(c, "persondokument (persondokumentidentifikator, folkeregisteridentifikator, versjon, ajourholdstidspunkt, dokument,"
                    + " indeks)",
                    w -> w.write(dokumenter.toString()));
            Copy.copy(c, "folkeregisterperson (folkeregisteridentifikator, persondokumentidentifikator, foedselsdato, navn, adressenavn,"
                    + " husnummer, husbokstav, postnummer, adressegradering, basis, basis_indeks)", w -> w.write(personer.toString()));
            if (identifikatorer.getBuffer().length() > 0) {
                Copy.copy(c, "folkeregister_identifikator (identifikatortype, identifikator, folkeregisteridentifikator)",
                        w -> w.write(identifikatorer.toString()));
            }
        } catch (SQLException | IOException e) {
            feil.add(e);
        }
        return rader + skive.size();
    }

    @Override
    public List<String> tabeller() {
        return List.of("persondokument", "folkeregisterperson", "folkeregister_identifikator");
    }
}

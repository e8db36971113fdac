package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Freg.OMH;
import static no.datadeling.launcher.it.Freg.OUH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import no.datadeling.domain.populasjon.Folkeregister;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GET personer/arkiv/{persondokumentidentifikator}: every version is kept and served as it was. */
@Order(43)
@ExtendWith(DatadelingServer.class)
class FolkeregisterArkivIT {

    static Folkeregister.Person mangeVersjoner() {
        return Folkeregisterdata.person(p -> p.versjoner().size() >= 4);
    }

    @Test
    void serves_every_version_of_a_document_as_it_was() {
        Folkeregister.Person p = mangeVersjoner();
        Set<String> sett = new HashSet<>();
        for (Folkeregister.Persondokument v : p.versjoner()) {
            Http.Response r = Freg.get(OMH, "arkiv/" + v.persondokumentidentifikator(), null, "person-basis", "relasjon-utvidet",
                    "identitetsgrunnlag-utvidet", "historikk", "innflytting", "utflytting", "foedselINorge", "opphold",
                    "utlendingsmyndighetenesIdentifikasjonsnummer", "vergemaalEllerFremtidsfullmakt");
            Freg.assertOk(r, "application/json");
            assertEquals(Folkeregisterdata.json(v.json()), r.json(), "version " + v.versjon());
            sett.add(r.body());
        }
        assertEquals(p.versjoner().size(), sett.size(), "every version differs from the others");
    }

    @ParameterizedTest
    @ValueSource(strings = {Freg.OMH, Freg.OUH, Freg.FIN})
    void cuts_an_archived_version_to_the_package_and_part_in_both_formats(String pakke) throws Exception {
        Folkeregister.Person p = mangeVersjoner();
        Folkeregister.Persondokument foerste = p.versjoner().get(0);
        Http.Response json = Freg.get(pakke, "arkiv/" + foerste.persondokumentidentifikator(), null, "historikk");
        assertEquals(Freg.forventet(Folkeregisterdata.json(foerste.json()), pakke, "historikk"), json.json());
        Http.Response xml = Freg.get(pakke, "arkiv/" + foerste.persondokumentidentifikator(), "application/xml", "historikk");
        Freg.assertOk(xml, "application/xml");
        assertEquals(json.json(), Freg.xmlPerson(xml.body()));
    }

    @Test
    void accepts_the_identifier_in_upper_case() {
        Folkeregister.Persondokument v = mangeVersjoner().versjoner().get(1);
        assertEquals(200, Freg.get(OUH, "arkiv/" + v.persondokumentidentifikator().toUpperCase(), null).status());
    }

    @Test
    void unknown_and_malformed_identifiers() {
        Freg.assertFeil(Freg.get(OMH, "arkiv/8446cf3bb867bfdb6de9cc9c17f6adf2", null), 404, "FREG-007");
        for (String feil : new String[] {"8446cf3bb867bfdb6de9cc9c17f6adf", "8446cf3bb867bfdb6de9cc9c17f6adfg", "x"}) {
            Freg.assertFeil(Freg.get(OMH, "arkiv/" + feil, null), 400, "FREG-006");
        }
        assertTrue(Freg.get(OMH, "arkiv/", null).status() >= 400);
    }
}

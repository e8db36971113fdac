package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Freg.FIN;
import static no.datadeling.launcher.it.Freg.OMH;
import static no.datadeling.launcher.it.Freg.OUH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.Set;
import no.datadeling.domain.populasjon.Folkeregister;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Data minimisation: every part value in every rights package on persons that have what the part selects, and the
 * guarantee that what a package may not see never leaves the server.
 */
@Order(41)
@ExtendWith(DatadelingServer.class)
class FolkeregisterPartIT {

    static final List<String[]> PARTER = List.of(new String[] {}, new String[] {"person-basis"}, new String[] {"historikk"},
            new String[] {"identitetsgrunnlag-utvidet"}, new String[] {"relasjon-utvidet"}, new String[] {"relasjon-utvidet", "historikk"},
            new String[] {"person-basis", "identitetsgrunnlag-utvidet", "relasjon-utvidet", "historikk"},
            new String[] {"status"}, new String[] {"navn", "historikk"}, new String[] {"sivilstand", "historikk"},
            new String[] {"familierelasjon"}, new String[] {"opphold"}, new String[] {"utlendingsmyndighetenesIdentifikasjonsnummer"},
            new String[] {"innflytting", "utflytting", "foedselINorge"}, new String[] {"vergemaalEllerFremtidsfullmakt"},
            new String[] {"adressebeskyttelse", "bostedsadresse", "historikk"}, new String[] {"forholdTilSametingetsValgmanntall"});

    static List<Folkeregister.Person> personer() {
        return List.of(
                Folkeregisterdata.person(p -> Folkeregisterdata.harHistorikk(p, "sivilstand") && Folkeregisterdata.har(p, "foreldreansvar")),
                Folkeregisterdata.person(p -> Folkeregisterdata.har(p, "utenlandskPersonidentifikasjon") && Folkeregisterdata.har(p, "legitimasjonsdokument")
                        && Folkeregisterdata.har(p, "utlendingsmyndighetenesIdentifikasjonsnummer")),
                Folkeregisterdata.person(p -> Folkeregisterdata.har(p, "opphold") && Folkeregisterdata.har(p, "innflytting")),
                Folkeregisterdata.person(p -> Folkeregisterdata.har(p, "vergemaalEllerFremtidsfullmakt")),
                Folkeregisterdata.person(p -> Folkeregisterdata.har(p, "adressebeskyttelse")),
                Folkeregisterdata.person(p -> Folkeregisterdata.harHistorikk(p, "navn")));
    }

    @Test
    void every_part_in_every_package_gives_exactly_the_expected_document() {
        int sjekket = 0;
        for (Folkeregister.Person p : personer()) {
            JsonObject dokument = Folkeregisterdata.gjeldende(p);
            for (String pakke : Freg.PAKKER) {
                for (String[] part : PARTER) {
                    Http.Response r = Freg.get(pakke, p.person().foedselsnummer(), null, part);
                    assertEquals(200, r.status(), r.body());
                    assertEquals(Freg.forventet(dokument, pakke, part), r.json(), pakke + " " + String.join(",", part));
                    sjekket++;
                }
            }
        }
        assertEquals(6 * 3 * PARTER.size(), sjekket);
    }

    @Test
    void confidential_elements_never_reach_the_packages_without_hjemmel_whatever_part_asks() {
        Folkeregister.Person p = Folkeregisterdata.person(x -> Folkeregisterdata.har(x, "utenlandskPersonidentifikasjon")
                && Folkeregisterdata.har(x, "utlendingsmyndighetenesIdentifikasjonsnummer"));
        String[] alt = {"identitetsgrunnlag-utvidet", "utenlandskPersonidentifikasjon", "legitimasjonsdokument", "opphold",
            "utlendingsmyndighetenesIdentifikasjonsnummer", "forholdTilSametingetsValgmanntall", "brukAvSamiskSpraak", "historikk"};
        assertTrue(Freg.get(OMH, p.person().foedselsnummer(), null, alt).json().containsKey("utenlandskPersonidentifikasjon"));
        for (String pakke : List.of(OUH, FIN)) {
            JsonObject svar = Freg.get(pakke, p.person().foedselsnummer(), null, alt).json();
            assertEquals(Set.of("identifikasjonsnummer"), svar.keySet(), pakke);
        }
        Folkeregister.Person barn = Folkeregisterdata.person(x -> Folkeregisterdata.har(x, "foreldreansvar"));
        assertFalse(Freg.get(OUH, barn.person().foedselsnummer(), null, "relasjon-utvidet").json().containsKey("familierelasjon"));
        assertTrue(Freg.get(FIN, barn.person().foedselsnummer(), null, "relasjon-utvidet").json().containsKey("familierelasjon"));
    }

    @Test
    void a_protected_address_is_withheld_from_packages_without_clearance() {
        Folkeregister.Person fortrolig = Folkeregisterdata.person(p -> p.soek().adressegradering() != null
                && p.soek().adressegradering().equals("fortrolig"));
        String fnr = fortrolig.person().foedselsnummer();
        assertEquals("fortrolig", Freg.get(OMH, fnr, null).json().getJsonArray("bostedsadresse").getJsonObject(0).getString("adressegradering"));
        assertTrue(Freg.get(FIN, fnr, null).json().containsKey("bostedsadresse"));
        JsonObject ouh = Freg.get(OUH, fnr, null).json();
        assertFalse(ouh.containsKey("bostedsadresse"), ouh.toString());
        assertEquals("fortrolig", ouh.getJsonArray("adressebeskyttelse").getJsonObject(0).getString("graderingsnivaa"));
    }
}

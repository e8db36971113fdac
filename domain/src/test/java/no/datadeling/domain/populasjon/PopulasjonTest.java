package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ident.Organisasjonsnummer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PopulasjonTest {

    private static final PopulasjonSpec SPEC = new PopulasjonSpec(42, 20_000);
    private static Populasjon populasjon;
    private static List<SyntetiskPerson> personer;

    @BeforeAll
    static void generer() {
        populasjon = new Populasjon(SPEC);
        personer = alle(populasjon);
    }

    private static List<SyntetiskPerson> alle(Populasjon p) {
        List<SyntetiskPerson> out = new ArrayList<>();
        p.forEachPerson(out::add);
        return out;
    }

    @Test
    void generates_the_requested_number_of_persons_in_order() {
        assertEquals(20_000, personer.size());
        for (int i = 0; i < personer.size(); i++) {
            assertEquals(i, personer.get(i).nummer());
        }
    }

    @Test
    void every_foedselsnummer_is_valid_and_synthetic() {
        for (SyntetiskPerson p : personer) {
            Foedselsnummer fnr = Foedselsnummer.parse(p.foedselsnummer())
                    .orElseThrow(() -> new AssertionError("invalid: " + Foedselsnummer.mask(p.foedselsnummer())));
            assertTrue(fnr.erSyntetisk(), fnr::toString);
            assertFalse(fnr.erRegel2032(), fnr::toString);
        }
    }

    @Test
    void foedselsnummer_are_unique() {
        Set<String> seen = new HashSet<>();
        for (SyntetiskPerson p : personer) {
            assertTrue(seen.add(p.foedselsnummer()), () -> "duplicate " + Foedselsnummer.mask(p.foedselsnummer()));
        }
    }

    @Test
    void about_four_percent_are_d_numbers() {
        long d = personer.stream().filter(SyntetiskPerson::erDNummer).count();
        double share = (double) d / personer.size();
        assertTrue(share > 0.03 && share < 0.05, "D-number share " + share);
    }

    @Test
    void identifikatortype_matches_the_number() {
        for (SyntetiskPerson p : personer) {
            boolean dNummer = Foedselsnummer.of(p.foedselsnummer()).erDNummer();
            assertEquals(dNummer ? "dNummer" : "foedselsnummer", p.identifikatortype());
            assertEquals(dNummer, p.erDNummer());
        }
    }

    @Test
    void kjoenn_matches_the_parity_of_the_ninth_digit() {
        for (SyntetiskPerson p : personer) {
            int niende = p.foedselsnummer().charAt(8) - '0';
            assertEquals(niende % 2 == 1 ? "mann" : "kvinne", p.kjoenn(), () -> Foedselsnummer.mask(p.foedselsnummer()));
        }
        long menn = personer.stream().filter(p -> "mann".equals(p.kjoenn())).count();
        assertTrue(menn > 9_000 && menn < 11_000, "menn " + menn);
    }

    @Test
    void foedselsdato_can_be_read_back_from_the_number() {
        for (SyntetiskPerson p : personer) {
            assertEquals(Optional.of(p.foedselsdato()), Foedselsnummer.of(p.foedselsnummer()).foedselsdato(),
                    () -> Foedselsnummer.mask(p.foedselsnummer()));
            assertFalse(p.foedselsdato().isBefore(LocalDate.of(1930, 1, 1)));
            assertTrue(p.foedselsdato().isBefore(Populasjon.REFERANSEDATO));
        }
    }

    @Test
    void persons_have_names_and_a_known_status() {
        Set<String> statuser = Set.of("bosatt", "utflyttet", "doed", "midlertidig", "inaktiv");
        for (SyntetiskPerson p : personer) {
            assertFalse(p.fornavn().isBlank());
            assertFalse(p.etternavn().isBlank());
            assertTrue(statuser.contains(p.personstatus()), p.personstatus());
            if (p.erDNummer()) {
                assertTrue(Set.of("midlertidig", "inaktiv").contains(p.personstatus()), p.personstatus());
            }
        }
    }

    @Test
    void organisation_numbers_are_valid_and_unique() {
        List<SyntetiskOrganisasjon> orgs = populasjon.organisasjoner();
        assertEquals(SPEC.antallOrganisasjoner(), orgs.size());
        assertEquals(1_000, orgs.size());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < orgs.size(); i++) {
            SyntetiskOrganisasjon o = orgs.get(i);
            assertEquals(i, o.nummer());
            assertTrue(Organisasjonsnummer.isValid(o.organisasjonsnummer()), o.organisasjonsnummer());
            assertTrue(seen.add(o.organisasjonsnummer()), "duplicate " + o.organisasjonsnummer());
            assertTrue(Set.of("AS", "ENK", "NUF").contains(o.organisasjonsform()), o.organisasjonsform());
            assertTrue(o.kommunenummer().matches("\\d{4}"), o.kommunenummer());
            assertFalse(o.navn().isBlank());
        }
    }

    @Test
    void small_populations_still_have_twenty_organisations() {
        assertEquals(20, new Populasjon(new PopulasjonSpec(1, 10)).organisasjoner().size());
    }

    @Test
    void the_same_spec_gives_identical_output() {
        Populasjon again = new Populasjon(SPEC);
        assertEquals(personer, alle(again));
        assertEquals(populasjon.organisasjoner(), again.organisasjoner());
        for (SyntetiskPerson p : personer.subList(0, 2_000)) {
            assertEquals(populasjon.arbeidsforhold(p), again.arbeidsforhold(p));
        }
    }

    @Test
    void another_seed_gives_other_persons() {
        List<SyntetiskPerson> other = alle(new Populasjon(new PopulasjonSpec(43, 100)));
        assertNotEquals(personer.subList(0, 100), other);
    }

    @Test
    void the_first_persons_are_the_same_for_every_size() {
        List<SyntetiskPerson> small = alle(new Populasjon(new PopulasjonSpec(SPEC.seed(), 500)));
        assertEquals(500, small.size());
        assertEquals(personer.subList(0, 500), small);
        assertEquals(personer.subList(0, 500), populasjon.personer(500));
    }

    @Test
    void personer_never_returns_more_than_the_population() {
        assertEquals(10, new Populasjon(new PopulasjonSpec(SPEC.seed(), 10)).personer(500).size());
    }

    @Test
    void arbeidsforhold_periods_are_well_formed_and_point_into_the_population() {
        Set<String> orgnr = new HashSet<>();
        populasjon.organisasjoner().forEach(o -> orgnr.add(o.organisasjonsnummer()));
        int medArbeidsforhold = 0;
        for (SyntetiskPerson p : personer) {
            List<SyntetiskArbeidsforhold> af = populasjon.arbeidsforhold(p);
            if (!af.isEmpty()) {
                medArbeidsforhold++;
            }
            for (SyntetiskArbeidsforhold a : af) {
                assertEquals(p.foedselsnummer(), a.arbeidstaker());
                assertTrue(orgnr.contains(a.oppdragsgiver()), a.oppdragsgiver());
                assertTrue(a.sluttdato() == null || !a.sluttdato().isBefore(a.startdato()), a::toString);
                assertFalse(a.startdato().isBefore(p.foedselsdato().plusYears(18)), "employed before 18");
            }
        }
        double share = (double) medArbeidsforhold / personer.size();
        assertTrue(share >= 0.20 && share <= 0.60, "share with arbeidsforhold " + share);
    }

    @Test
    void no_arbeidsforhold_for_children_and_the_dead() {
        for (SyntetiskPerson p : personer) {
            int alder = p.foedselsdato().until(Populasjon.REFERANSEDATO).getYears();
            if (alder < 18 || "doed".equals(p.personstatus())) {
                assertEquals(List.of(), populasjon.arbeidsforhold(p));
            }
        }
    }

    @Test
    void spec_rejects_sizes_outside_the_allowed_range() {
        assertThrows(IllegalArgumentException.class, () -> new PopulasjonSpec(1, 0));
        assertThrows(IllegalArgumentException.class, () -> new PopulasjonSpec(1, PopulasjonSpec.MAKS_ANTALL + 1));
        assertEquals(PopulasjonSpec.MAKS_ANTALL, new PopulasjonSpec(1, PopulasjonSpec.MAKS_ANTALL).antallPersoner());
    }
}

package no.datadeling.domain.populasjon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.datadeling.infra.ident.Organisasjonsnummer;
import org.junit.jupiter.api.Test;

class TpRegisterDelTest {

    private final List<TpRegisterDel.Ordning> ordninger = TpRegisterDel.ordninger(new Populasjon(new PopulasjonSpec(11, 500)));

    @Test
    void the_development_organisation_owns_exactly_one_tpnr() {
        List<String> egne = ordninger.stream().filter(o -> o.organisasjonsnummer().equals(TpRegisterDel.UTVIKLINGSORGANISASJON))
                .map(TpRegisterDel.Ordning::tpnr).toList();
        assertEquals(List.of("3010"), egne);
    }

    @Test
    void other_ordninger_have_distinct_four_digit_tpnr_and_valid_foreign_owners() {
        assertEquals(1 + TpRegisterDel.ANTALL_ANDRE, ordninger.size());
        Set<String> tpnr = ordninger.stream().map(TpRegisterDel.Ordning::tpnr).collect(Collectors.toSet());
        assertEquals(ordninger.size(), tpnr.size());
        for (TpRegisterDel.Ordning o : ordninger) {
            assertTrue(o.tpnr().matches("[0-9]{4}"), o.tpnr());
            assertTrue(Organisasjonsnummer.isValid(o.organisasjonsnummer()), o.organisasjonsnummer());
        }
        assertTrue(ordninger.stream().skip(1).noneMatch(o -> o.organisasjonsnummer().equals(TpRegisterDel.UTVIKLINGSORGANISASJON)));
    }
}

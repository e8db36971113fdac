package no.datadeling.infra.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.ident.UgyldigIdentifikatorException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code datadeling.grants} syntax only; the database side needs a container. */
class RettighetspakkerTest {

    private static Rettighetspakker.Grant grant(String org, String pakke) {
        return new Rettighetspakker.Grant(Organisasjonsnummer.of(org), pakke);
    }

    @Test
    void parses_wildcard_and_listed_packages() {
        assertEquals(List.of(grant("889640782", "*"), grant("974760673", "a"), grant("974760673", "b")),
                Rettighetspakker.parse("889640782=*;974760673=a|b"));
    }

    @Test
    void trims_whitespace_and_ignores_empty_entries() {
        assertEquals(List.of(grant("889640782", "arbeidstilsynetHmsKort"), grant("974760673", "a")),
                Rettighetspakker.parse(" 889640782 = arbeidstilsynetHmsKort || ;; 974760673=a ;"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", ";", " ; ; "})
    void blank_gives_no_grants(String spec) {
        assertEquals(List.of(), Rettighetspakker.parse(spec));
    }

    @ParameterizedTest
    @ValueSource(strings = {"bad", "889640782", "889640782=a;974760673"})
    void an_entry_without_equals_sign_is_rejected(String spec) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Rettighetspakker.parse(spec));
        assertEquals(IllegalArgumentException.class, e.getClass(), "a syntax error, not an identifier error");
    }

    @ParameterizedTest
    @ValueSource(strings = {"889640783=a", "123=a", "=a", "889640782=a;abcdefghi=b"})
    void an_invalid_organisation_number_is_rejected(String spec) {
        assertThrows(UgyldigIdentifikatorException.class, () -> Rettighetspakker.parse(spec));
    }
}

package no.datadeling.infra.ident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisasjonsnummerTest {

    @ParameterizedTest
    @ValueSource(strings = {"889640782", "974760673", "923609016"})
    void accepts_real_organisation_numbers(String nummer) {
        assertTrue(Organisasjonsnummer.isValid(nummer));
        assertEquals(nummer, Organisasjonsnummer.of(nummer).verdi());
        assertEquals(nummer, Organisasjonsnummer.of(nummer).toString());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "889640783",   // wrong check digit
            "889640781",
            "88964078",    // 8 digits
            "8896407820",  // 10 digits
            "88964078A",   // letter
            "A89640782",
            " 889640782",
            "889640782 ",
            "889 640 782",
    })
    void rejects_invalid_organisation_numbers(String nummer) {
        assertFalse(Organisasjonsnummer.isValid(nummer));
        assertThrows(UgyldigIdentifikatorException.class, () -> new Organisasjonsnummer(nummer));
        assertThrows(UgyldigIdentifikatorException.class, () -> Organisasjonsnummer.of(nummer));
    }

    @Test
    void with_check_digit_completes_a_real_number() {
        assertEquals(Optional.of("889640782"), Organisasjonsnummer.withCheckDigit("88964078"));
        assertEquals(Optional.of("974760673"), Organisasjonsnummer.withCheckDigit("97476067"));
    }

    @Test
    void with_check_digit_is_empty_when_the_check_digit_would_be_ten() {
        // 4 * weight 3 = 12, remainder 1: check digit 10 is never issued
        assertEquals(Optional.empty(), Organisasjonsnummer.withCheckDigit("00000040"));
    }

    @Test
    void with_check_digit_always_produces_valid_numbers() {
        int produced = 0;
        for (int i = 0; i < 2000; i++) {
            String eight = Integer.toString(10_000_000 + i * 44_987);
            Optional<String> nr = Organisasjonsnummer.withCheckDigit(eight);
            if (nr.isPresent()) {
                produced++;
                assertTrue(nr.get().startsWith(eight));
                assertTrue(Organisasjonsnummer.isValid(nr.get()), nr.get());
            }
        }
        assertTrue(produced > 1700, "produced " + produced);
    }

    @Test
    void from_iso6523_reads_the_norwegian_organisation_number_scheme() {
        assertEquals(Optional.of(new Organisasjonsnummer("889640782")), Organisasjonsnummer.fromIso6523("0192:889640782"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"9908:889640782", "0192:123", "0192:889640783", "0192:", "889640782", "0192 889640782",
            "0192:889640782 ", "00192:889640782"})
    void from_iso6523_is_empty_for_other_schemes_and_invalid_numbers(String id) {
        assertEquals(Optional.empty(), Organisasjonsnummer.fromIso6523(id));
    }

    @Test
    void equality_is_by_value() {
        assertEquals(Organisasjonsnummer.of("889640782"), new Organisasjonsnummer("889640782"));
        assertFalse(Organisasjonsnummer.of("889640782").equals(Organisasjonsnummer.of("974760673")));
    }
}

package no.datadeling.infra.ident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class FoedselsnummerTest {

    /** Numbers from the 2032 rule (k1 remainder 1–3 allowed); the rest of the valid vectors are classic. */
    private static final Set<String> REGEL_2032 = Set.of("30108299939", "30908299902", "41819077906", "55102499947");

    @ParameterizedTest(name = "{0}: syntetisk={1}, gyldig={2}")
    @CsvSource({
            "30108299939,false,true",   // real, 2032 rule
            "30908299902,true,true",    // synthetic, 2032 rule
            "20036914700,false,true",   // real, 1964 rule
            "03851598730,true,true",    // synthetic, 1964 rule
            "20036914712,false,false",  // invalid check digits
            "29020073150,false,true",   // 29 February in the leap year 2000
            "29020105729,false,false",  // 29 February in 1901, not a leap year
            "41819077302,true,true",    // synthetic D-number, 1964 rule
            "41819077906,true,true",    // synthetic D-number, 2032 rule
            "55102499947,false,true",   // real D-number, 2032 rule
    })
    void skatteetaten_test_vectors(String nummer, boolean erSyntetisk, boolean erGyldig) {
        assertEquals(erGyldig, Foedselsnummer.isValid(nummer));
        assertEquals(erGyldig, Foedselsnummer.parse(nummer).isPresent());
        if (!erGyldig) {
            assertThrows(UgyldigIdentifikatorException.class, () -> Foedselsnummer.of(nummer));
            return;
        }
        Foedselsnummer fnr = Foedselsnummer.of(nummer);
        assertEquals(nummer, fnr.verdi());
        assertEquals(erSyntetisk, fnr.erSyntetisk());
        boolean dNummer = nummer.charAt(0) >= '4';
        assertEquals(dNummer, fnr.erDNummer());
        assertEquals(dNummer ? Foedselsnummer.Type.D_NUMMER : Foedselsnummer.Type.FOEDSELSNUMMER, fnr.type());
        assertEquals(REGEL_2032.contains(nummer), fnr.erRegel2032());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
            "3010829993",      // 10 digits
            "301082999390",    // 12 digits
            "3010829993X",     // letter
            "ABCDEFGHIJK",
            "3010829993 ",     // trailing whitespace
            " 3010829993",     // leading whitespace
            "301082 99939",
            "30108299939\n",
            "３0108299939",    // full-width digit
            "-0108299939",
    })
    void rejects_malformed_input(String input) {
        assertFalse(Foedselsnummer.isValid(input));
        assertTrue(Foedselsnummer.parse(input).isEmpty());
        assertThrows(UgyldigIdentifikatorException.class, () -> Foedselsnummer.of(input));
    }

    @Test
    void of_throws_ugyldig_identifikator_without_echoing_the_input() {
        UgyldigIdentifikatorException e = assertThrows(UgyldigIdentifikatorException.class,
                () -> Foedselsnummer.of("20036914712"));
        assertFalse(e.getMessage().contains("20036914712"));
        assertTrue(e instanceof IllegalArgumentException);
    }

    @ParameterizedTest
    @ValueSource(strings = {"30108299939", "20036914700", "41819077302", "55102499947"})
    void to_string_and_maskert_never_contain_the_full_number(String nummer) {
        Foedselsnummer fnr = Foedselsnummer.of(nummer);
        assertFalse(fnr.toString().contains(nummer));
        assertFalse(fnr.maskert().contains(nummer));
        assertFalse(fnr.toString().contains(nummer.substring(4)));
        assertEquals(nummer.substring(0, 4) + "*******", fnr.maskert());
        assertEquals("Foedselsnummer[" + fnr.maskert() + "]", fnr.toString());
    }

    @Test
    void mask_keeps_the_first_four_digits_of_an_eleven_character_value() {
        assertEquals("2003*******", Foedselsnummer.mask("20036914700"));
        assertEquals("abcd*******", Foedselsnummer.mask("abcdefghijk"));
    }

    @Test
    void mask_hides_other_lengths_completely() {
        assertEquals("***", Foedselsnummer.mask("2003691470"));
        assertEquals("***", Foedselsnummer.mask("200369147001"));
        assertEquals("***", Foedselsnummer.mask(""));
        assertEquals("null", Foedselsnummer.mask(null));
    }

    @Test
    void foedselsdato_of_a_classic_number() {
        assertEquals(Optional.of(LocalDate.of(1969, 3, 20)), Foedselsnummer.of("20036914700").foedselsdato());
        assertEquals(Optional.of(LocalDate.of(2000, 2, 29)), Foedselsnummer.of("29020073150").foedselsdato());
    }

    @Test
    void foedselsdato_of_a_synthetic_classic_number_removes_the_month_offset() {
        assertEquals(Optional.of(LocalDate.of(2015, 5, 3)), Foedselsnummer.of("03851598730").foedselsdato());
    }

    @Test
    void foedselsdato_is_unknown_for_2032_numbers() {
        assertEquals(Optional.empty(), Foedselsnummer.of("30108299939").foedselsdato());
        assertEquals(Optional.empty(), Foedselsnummer.of("55102499947").foedselsdato());
    }

    @Test
    void equality_is_by_value() {
        assertEquals(Foedselsnummer.of("20036914700"), Foedselsnummer.of("20036914700"));
        assertEquals(Foedselsnummer.of("20036914700").hashCode(), Foedselsnummer.of("20036914700").hashCode());
        assertFalse(Foedselsnummer.of("20036914700").equals(Foedselsnummer.of("29020073150")));
    }

    @Test
    void with_classic_check_digits_completes_the_known_vector() {
        assertEquals(Optional.of("20036914700"), Foedselsnummer.withClassicCheckDigits("200369147"));
        assertEquals(Optional.of("03851598730"), Foedselsnummer.withClassicCheckDigits("038515987"));
    }

    @Test
    void with_classic_check_digits_round_trips_for_real_synthetic_and_d_numbers() {
        int produced = 0;
        int skipped = 0;
        for (LocalDate d = LocalDate.of(1900, 1, 1); d.getYear() < 2040; d = d.plusDays(97)) {
            int individBase = d.getYear() < 2000 ? 0 : 500;
            for (int individ = individBase; individ < individBase + 500; individ += 37) {
                for (int variant = 0; variant < 4; variant++) {
                    boolean dNummer = (variant & 1) == 1;
                    boolean syntetisk = (variant & 2) == 2;
                    String ni = String.format("%02d%02d%02d%03d", d.getDayOfMonth() + (dNummer ? 40 : 0),
                            d.getMonthValue() + (syntetisk ? 80 : 0), d.getYear() % 100, individ);
                    Optional<String> nummer = Foedselsnummer.withClassicCheckDigits(ni);
                    if (nummer.isEmpty()) {
                        skipped++;
                        continue;
                    }
                    produced++;
                    String n = nummer.get();
                    assertTrue(n.startsWith(ni), n);
                    Foedselsnummer fnr = Foedselsnummer.parse(n).orElseThrow(() -> new AssertionError("not valid: " + n));
                    assertFalse(fnr.erRegel2032(), n);
                    assertEquals(dNummer, fnr.erDNummer(), n);
                    assertEquals(syntetisk, fnr.erSyntetisk(), n);
                    assertEquals(Optional.of(d), fnr.foedselsdato(), n);
                }
            }
        }
        // about 1 in 11 prefixes has no k1 and 1 in 11 of the rest no k2: ~19 % skipped
        assertTrue(produced > 3 * skipped, "produced " + produced + ", skipped " + skipped);
    }

    @Test
    void with_classic_check_digits_is_empty_when_no_check_digit_exists() {
        boolean sawEmpty = false;
        for (int individ = 0; individ < 200 && !sawEmpty; individ++) {
            sawEmpty = Foedselsnummer.withClassicCheckDigits(String.format("200369%03d", individ)).isEmpty();
        }
        assertTrue(sawEmpty);
    }
}

package no.datadeling.domain.verktoy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VerktoySokTest {

    @Test
    void normalises_case_punctuation_and_spaces() {
        assertEquals("kols skolen", VerktoySok.normaliser("  KOLS-skolen!! "));
        assertEquals("søvn og ro", VerktoySok.normaliser("Søvn   og\tRO"));
        assertEquals("", VerktoySok.normaliser("?!-"));
        // NFD input (o + combining stroke does not exist; use a + ring) becomes the composed letter
        assertEquals("år", VerktoySok.normaliser("A\u030Ar"));
    }

    @Test
    void indexes_every_word_start_suffix_of_name_and_search_words() {
        List<String> termer = VerktoySok.termer("Kurs i mestring av KOLS", List.of("tungpust", "Pust-øvelser"));
        assertEquals(List.of("kurs i mestring av kols", "i mestring av kols", "mestring av kols", "av kols", "kols", "tungpust",
                "pust øvelser", "øvelser"), termer);
    }

    @Test
    void drops_repeats_and_cuts_long_texts_without_splitting_a_surrogate_pair() {
        assertEquals(List.of("angst"), VerktoySok.termer("Angst", List.of("ANGST", "angst")));
        String lang = "a".repeat(299) + "\uD835\uDC00" + "b".repeat(10); // a mathematical bold A (a letter) at 300
        List<String> termer = VerktoySok.termer(lang, List.of());
        assertTrue(termer.get(0).length() <= VerktoySok.MAKS_TERM);
        assertTrue(!Character.isHighSurrogate(termer.get(0).charAt(termer.get(0).length() - 1)));
    }

    @Test
    void the_range_bound_sorts_after_every_term_with_the_prefix() {
        String prefix = VerktoySok.normaliser("søv");
        for (String term : List.of("søvn", "søvnløshet", "søv", "søvære\uD835\uDC00")) {
            assertTrue(term.compareTo(prefix) >= 0 && compareUtf8(term, prefix + VerktoySok.OVER_ALT) < 0, term);
        }
        assertTrue(compareUtf8("søw", prefix + VerktoySok.OVER_ALT) > 0);
    }

    /** Byte order of UTF-8, as PostgreSQL's "C" collation compares. */
    private static int compareUtf8(String a, String b) {
        return java.util.Arrays.compareUnsigned(a.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                b.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}

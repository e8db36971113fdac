package no.datadeling.folkeregister.control;

import java.util.Locale;

/**
 * A phonetic key for Norwegian names ({@code soekFonetisk=true}): spellings that sound alike get the same key
 * (Christiansen/Kristiansen, Pettersen/Petersen, Aase/Åse, Thorsen/Torsen, Nielsen/Nilsen is not). Skatteetaten's own
 * algorithm is not public; this one folds the common Norwegian spelling variants and double consonants.
 */
final class Fonetikk {

    private static final String[][] ERSTATNINGER = {
        {"SCH", "SJ"}, {"AA", "Å"}, {"AE", "Æ"}, {"OE", "Ø"}, {"PH", "F"}, {"TH", "T"}, {"CH", "K"}, {"CK", "K"}, {"HJ", "J"},
        {"GJ", "J"}, {"DT", "T"}, {"C", "K"}, {"Q", "K"}, {"Z", "S"}, {"W", "V"}, {"X", "KS"}, {"É", "E"}, {"Ü", "Y"}, {"Ö", "Ø"},
        {"Ä", "Æ"}};

    private Fonetikk() {
    }

    static String noekkel(String ord) {
        String s = ord.toUpperCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
        for (String[] e : ERSTATNINGER) {
            s = s.replace(e[0], e[1]);
        }
        StringBuilder ut = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                ut.append(s.charAt(i));
            }
        }
        return ut.toString();
    }
}

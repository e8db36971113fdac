package no.datadeling.domain.verktoy;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The prefix search of SokSelvstendigVerktoy ("ord som begynner med søkeordet"): a search term matches a tool when it
 * is the beginning of a word in the tool's name or search words, and may run on over the following words. Each tool
 * is indexed by every suffix of its normalised texts that starts at a word ({@code verktoy_sok.term}); a search is
 * then one index range scan for terms starting with the normalised search term.
 *
 * <p>Normalised means: Unicode NFC, lower case, every run of characters that are not letters or digits turned into one
 * space, trimmed. So "KOLS-skolen" is found by "kols sk", "Skolen" and "kols-sko", and a normalised text never holds
 * a character that LIKE or a range bound would treat specially.
 */
public final class VerktoySok {

    /** Longest stored term (the column is varchar(300)); longer suffixes are cut, a longer search term cannot match. */
    public static final int MAKS_TERM = 300;
    /**
     * Upper bound of a prefix range: a term starts with p exactly when p &le; term &lt; p + U+10FFFF (byte order under
     * the column's "C" collation; no normalised text holds U+10FFFF, a noncharacter).
     */
    public static final String OVER_ALT = new String(Character.toChars(0x10FFFF));

    private VerktoySok() {
    }

    public static String normaliser(String tekst) {
        String nfc = Normalizer.normalize(tekst, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        StringBuilder sb = new StringBuilder(nfc.length());
        boolean mellomrom = true;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                sb.appendCodePoint(cp);
                mellomrom = false;
            } else if (!mellomrom) {
                sb.append(' ');
                mellomrom = true;
            }
        }
        int len = sb.length();
        return len > 0 && sb.charAt(len - 1) == ' ' ? sb.substring(0, len - 1) : sb.toString();
    }

    /** The index terms of a tool: every word-start suffix of its normalised name and search words, without repeats. */
    public static List<String> termer(String navn, List<String> sokeord) {
        Set<String> out = new LinkedHashSet<>();
        List<String> tekster = new ArrayList<>();
        tekster.add(navn);
        tekster.addAll(sokeord);
        for (String tekst : tekster) {
            String n = normaliser(tekst);
            for (int i = 0; i < n.length(); i++) {
                if (i == 0 || n.charAt(i - 1) == ' ') {
                    String suffix = n.substring(i);
                    out.add(suffix.length() > MAKS_TERM ? kutt(suffix) : suffix);
                }
            }
        }
        out.remove("");
        return List.copyOf(out);
    }

    /** Cuts at MAKS_TERM without splitting a surrogate pair. */
    private static String kutt(String s) {
        int end = MAKS_TERM;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end).stripTrailing();
    }
}

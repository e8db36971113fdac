package no.datadeling.verktoy.control;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import no.datadeling.domain.verktoy.Kodeverk;

/**
 * Query parameters of the catalogue endpoints, read the way the documentation states them: list parameters may repeat
 * ({@code Fagomrader=1&Fagomrader=2}) and may also hold comma-separated values; an empty value counts as absent.
 */
public final class Parametre {

    public static final int STANDARD_ANTALL_VERKTOY = 10;
    public static final int MAKS_ANTALL_VERKTOY = 50;
    public static final int MAKS_ROW_COUNT = 50;
    public static final int SOKEORD_MIN = 3;
    public static final int SOKEORD_MAKS = 256;

    private Parametre() {
    }

    /** Enumeration ids of a list parameter; a value the enumeration does not define (or not a number) is VER-000204. */
    public static <E extends Enum<E> & Kodeverk.Kode> Set<Integer> koder(List<String> verdier, Class<E> type, String navn) {
        Set<Integer> out = new LinkedHashSet<>();
        for (String v : verdier(verdier)) {
            int id;
            try {
                id = Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw Feilkode.ENUM_UDEFINERT.feil(navn);
            }
            Kodeverk.medId(type, id).orElseThrow(() -> Feilkode.ENUM_UDEFINERT.feil(navn));
            out.add(id);
        }
        return out;
    }

    public static Set<String> tekster(List<String> verdier) {
        return new LinkedHashSet<>(verdier(verdier));
    }

    private static List<String> verdier(List<String> verdier) {
        if (verdier == null) {
            return List.of();
        }
        return verdier.stream().flatMap(v -> List.of(v.split(",")).stream()).map(String::trim).filter(v -> !v.isEmpty()).toList();
    }

    /** A bool? parameter: absent or empty is null; true/false in any case; anything else is a 400. */
    public static Boolean bool(String verdi, String navn) {
        if (verdi == null || verdi.isBlank()) {
            return null;
        }
        return switch (verdi.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw Feilkode.ugyldig("Ugyldig verdi for " + navn + ": må være true eller false.");
        };
    }

    /** AntallVerktoy: default 10, 1 to 50; anything else is VK-001206. */
    public static int antallVerktoy(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return STANDARD_ANTALL_VERKTOY;
        }
        int n = heltall(verdi, "AntallVerktoy");
        if (n < 1 || n > MAKS_ANTALL_VERKTOY) {
            throw Feilkode.UGYLDIG_SIDESTORRELSE.feil("AntallVerktoy må være mellom 1 og " + MAKS_ANTALL_VERKTOY);
        }
        return n;
    }

    /** Sidereferanse: the page, counted from 1 (absent, 0 or below: the first page); not a number is VK-001206. */
    public static int sidereferanse(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return 1;
        }
        return Math.max(1, heltall(verdi, "Sidereferanse"));
    }

    /** RowCount: up to 50 (the default, and the most: a larger value is lowered to it); below 1 is VK-001206. */
    public static int rowCount(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            return MAKS_ROW_COUNT;
        }
        int n = heltall(verdi, "RowCount");
        if (n < 1) {
            throw Feilkode.UGYLDIG_SIDESTORRELSE.feil("RowCount må være minst 1");
        }
        return Math.min(n, MAKS_ROW_COUNT);
    }

    /** SokeOrd: null or blank is VER-000205, fewer than 3 or more than 256 characters VER-000254. */
    public static String sokeord(String verdi) {
        if (verdi == null || verdi.isBlank()) {
            throw Feilkode.SOKEORD_TOMT.feil();
        }
        String v = verdi.trim();
        int tegn = v.codePointCount(0, v.length());
        if (tegn < SOKEORD_MIN || tegn > SOKEORD_MAKS) {
            throw Feilkode.SOKEORD_LENGDE.feil();
        }
        return v;
    }

    private static int heltall(String verdi, String navn) {
        try {
            return Integer.parseInt(verdi.trim());
        } catch (NumberFormatException e) {
            throw Feilkode.UGYLDIG_SIDESTORRELSE.feil(navn + " er ikke et heltall");
        }
    }
}

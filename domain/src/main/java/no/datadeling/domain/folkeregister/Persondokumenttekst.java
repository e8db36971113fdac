package no.datadeling.domain.folkeregister;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.datadeling.domain.folkeregister.xml.Folkeregisterperson;

/**
 * A person document in its stored, ready-to-serve form: the UTF-8 JSON text of the whole document (members in the
 * XSD's order) and an index of its pieces, each top-level object and each item of a repeated element, with what data
 * minimisation asks of a piece: its element, whether it is history ({@code erGjeldende=false}) and its
 * adressegradering. A cut of the document ({@code part}, rights package) is then a concatenation of pieces, without
 * parsing or writing JSON. Measured (JFR, 100 000 persons): parsing the stored document and writing it back made a
 * quarter of a lookup's CPU in Payara, and PostgreSQL's jsonb-to-text most of the database's share; versions never
 * change once written, so the split is done once, when a version is stored.
 *
 * <p>Index: one format byte, then 10 bytes a piece: element ordinal (u8, index in {@link #ELEMENTER}), flags (u8:
 * bit 0 item of a repeated element, bit 1 history, bits 2-4 adressegradering code, 0 = none), start and end offset in
 * the JSON text (big-endian int32). Pieces are in document order.
 */
public final class Persondokumenttekst {

    /** The document's top-level elements in the XSD's order; an element's ordinal is its index here. */
    public static final List<String> ELEMENTER = JaxbJson.klasse(Folkeregisterperson.class).navn();
    /** adressegradering values; a piece's code is the index here plus one, 0 when the piece has none. */
    public static final List<String> GRADERINGER = List.of("ugradert", "klientadresse", "fortrolig", "strengtFortrolig");

    /**
     * {@code part=person-basis} (Skatteetaten's dataminimering): the default, and what is stored, current values only,
     * beside each person's current version, so the default lookup reads half the bytes.
     */
    public static final Set<String> PERSON_BASIS = Set.of("identifikasjonsnummer", "identitetsgrunnlag", "status", "doedsfall",
            "sivilstand", "foedsel", "statsborgerskap", "kjoenn", "navn", "bostedsadresse", "oppholdsadresse", "deltBosted",
            "postadresse", "postadresseIUtlandet", "adressebeskyttelse", "kontaktinformasjonForDoedsbo", "preferertKontaktadresse");
    /** The cut stored beside a current version: person-basis's elements, current values, every adressegradering. */
    public static final Utvalg BASIS = new Utvalg() {
        @Override
        public boolean element(int element) {
            return PERSON_BASIS.contains(ELEMENTER.get(element));
        }

        @Override
        public boolean historikk(int element) {
            return false;
        }

        @Override
        public boolean gradering(int element, int gradering) {
            return true;
        }
    };

    private static final byte FORMAT = 1;
    private static final int DEL = 10;
    private static final int LISTE = 1;
    private static final int HISTORIKK = 2;
    private static final Map<String, Integer> ORDINAL = new HashMap<>();
    /** {@code "element":} per ordinal, ready to copy. */
    private static final byte[][] NOEKKEL = new byte[ELEMENTER.size()][];

    static {
        if (ELEMENTER.size() > 255) {
            throw new IllegalStateException("more elements than the index's u8 ordinal holds");
        }
        for (int i = 0; i < ELEMENTER.size(); i++) {
            ORDINAL.put(ELEMENTER.get(i), i);
            NOEKKEL[i] = ("\"" + ELEMENTER.get(i) + "\":").getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** What one request may see of a document (the API's data minimisation decides). */
    public interface Utvalg {

        /** Whether the element (by ordinal) is in the cut at all. */
        boolean element(int element);

        /** Whether its values that are no longer current are. */
        boolean historikk(int element);

        /** Whether a value of the element with this adressegradering code (0 = none) may be seen. */
        boolean gradering(int element, int gradering);
    }

    private final byte[] json;
    private final byte[] indeks;

    /** As stored: the JSON text's UTF-8 bytes and the index written with it. */
    public Persondokumenttekst(byte[] json, byte[] indeks) {
        if (indeks.length == 0 || indeks[0] != FORMAT || (indeks.length - 1) % DEL != 0) {
            throw new IllegalArgumentException("not a person document index (written by an older generator?)");
        }
        this.json = json;
        this.indeks = indeks;
    }

    public byte[] json() {
        return json;
    }

    public String tekst() {
        return new String(json, StandardCharsets.UTF_8);
    }

    public byte[] indeks() {
        return indeks;
    }

    /** The index as PostgreSQL's bytea hex input ({@code \x...}), for COPY. */
    public String indeksSomBytea() {
        return "\\x" + HexFormat.of().formatHex(indeks);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Persondokumenttekst p && Arrays.equals(json, p.json) && Arrays.equals(indeks, p.indeks);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(json);
    }

    /** Sizes only: the text is personal data. */
    @Override
    public String toString() {
        return "Persondokumenttekst[" + json.length + " bytes, " + (indeks.length - 1) / DEL + " pieces]";
    }

    public static int ordinal(String element) {
        Integer i = ORDINAL.get(element);
        if (i == null) {
            throw new IllegalArgumentException("no such element " + element);
        }
        return i;
    }

    /** The part of the document {@code utvalg} lets through: a JSON object; an element none of whose values pass is left out. */
    public byte[] skriv(Utvalg utvalg) {
        Snitt snitt = snitt(utvalg);
        byte[] ut = new byte[snitt.lengde()];
        snitt.skriv(ut, 0);
        return ut;
    }

    /** The cut {@code utvalg} makes, measured (one pass over the index) so that a caller can size its array exactly. */
    public Snitt snitt(Utvalg utvalg) {
        return new Snitt(utvalg, stykkevis(utvalg, null, 0));
    }

    /** A cut of this document and its length in bytes. */
    public final class Snitt {

        private final Utvalg utvalg;
        private final int lengde;

        private Snitt(Utvalg utvalg, int lengde) {
            this.utvalg = utvalg;
            this.lengde = lengde;
        }

        public int lengde() {
            return lengde;
        }

        /**
         * Writes the cut into {@code ut} at {@code pos} and answers the position after it. Where every piece passes (the
         * common case: the person-basis cut under a package that sees all of it) the cut is the stored text, copied
         * whole: piece by piece, the copying was a sixth of Payara's CPU on a bulkoppslag of 1 000 (JFR).
         */
        public int skriv(byte[] ut, int pos) {
            // the pieces of a document joined in full are its text (see Bygger), and leaving any piece out shortens it
            if (lengde == json.length) {
                System.arraycopy(json, 0, ut, pos, json.length);
                return pos + json.length;
            }
            return stykkevis(utvalg, ut, pos);
        }
    }

    /** The cut joined piece by piece into {@code ut} at {@code pos}, or with {@code ut} null only counted. */
    private int stykkevis(Utvalg utvalg, byte[] ut, int pos) {
        pos = legg(ut, pos, '{');
        boolean foerste = true;
        int i = 1;
        while (i < indeks.length) {
            int element = indeks[i] & 0xff;
            int slutt = i;
            while (slutt < indeks.length && (indeks[slutt] & 0xff) == element) {
                slutt += DEL;
            }
            if (utvalg.element(element)) {
                boolean historikk = utvalg.historikk(element);
                boolean liste = (indeks[i + 1] & LISTE) != 0;
                int antall = 0;
                for (int d = i; d < slutt; d += DEL) {
                    int flagg = indeks[d + 1];
                    if (!slipper(utvalg, historikk, element, flagg)) {
                        continue;
                    }
                    if (antall++ == 0) {
                        if (!foerste) {
                            pos = legg(ut, pos, ',');
                        }
                        foerste = false;
                        pos = legg(ut, pos, NOEKKEL[element], 0, NOEKKEL[element].length);
                        if (liste) {
                            pos = legg(ut, pos, '[');
                        }
                    } else {
                        pos = legg(ut, pos, ',');
                    }
                    int start = int32(d + 2);
                    pos = legg(ut, pos, json, start, int32(d + 6) - start);
                }
                if (liste && antall > 0) {
                    pos = legg(ut, pos, ']');
                }
            }
            i = slutt;
        }
        return legg(ut, pos, '}');
    }

    private static int legg(byte[] ut, int pos, char tegn) {
        if (ut != null) {
            ut[pos] = (byte) tegn;
        }
        return pos + 1;
    }

    private static int legg(byte[] ut, int pos, byte[] fra, int start, int lengde) {
        if (ut != null) {
            System.arraycopy(fra, start, ut, pos, lengde);
        }
        return pos + lengde;
    }

    /**
     * A smaller document of the pieces {@code utvalg} lets through, with its own index: what is stored beside a person's
     * current version for the requests that need no more ({@link #BASIS}).
     */
    public Persondokumenttekst utdrag(Utvalg utvalg) {
        Bygger b = new Bygger();
        for (int d = 1; d < indeks.length; d += DEL) {
            int element = indeks[d] & 0xff;
            int flagg = indeks[d + 1];
            if (!utvalg.element(element) || !slipper(utvalg, utvalg.historikk(element), element, flagg)) {
                continue;
            }
            int start = int32(d + 2);
            b.verdi(element, (flagg & LISTE) != 0, json, start, int32(d + 6), flagg);
        }
        return b.bygg();
    }

    /** Whether one piece of an element in the cut passes: history only where it is seen, addresses by gradering. */
    private static boolean slipper(Utvalg utvalg, boolean historikk, int element, int flagg) {
        return (historikk || (flagg & HISTORIKK) == 0) && utvalg.gradering(element, (flagg >> 2) & 7);
    }

    private int int32(int at) {
        return (indeks[at] & 0xff) << 24 | (indeks[at + 1] & 0xff) << 16 | (indeks[at + 2] & 0xff) << 8 | indeks[at + 3] & 0xff;
    }

    /** A document from its JSON object form (members in any order; each value's own text kept as the object holds it). */
    public static Persondokumenttekst fra(JsonObject dokument) {
        Bygger b = new Bygger();
        for (String element : ELEMENTER) {
            JsonValue v = dokument.get(element);
            if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
                continue;
            }
            if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                for (JsonValue item : v.asJsonArray()) {
                    b.verdi(element, true, tekst(item), item.asJsonObject().get("erGjeldende") != JsonValue.FALSE, gradering(item));
                }
            } else {
                b.verdi(element, false, tekst(v), v.asJsonObject().get("erGjeldende") != JsonValue.FALSE, gradering(v));
            }
        }
        return b.bygg();
    }

    private static byte[] tekst(JsonValue v) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try (JsonGenerator g = JaxbJson.JSON.createGenerator(out)) {
            g.write(v);
        }
        return out.toByteArray();
    }

    private static String gradering(JsonValue v) {
        return v.asJsonObject().get("adressegradering") instanceof JsonString s ? s.getString() : null;
    }

    /** Builds a document piece by piece, in the XSD's element order (items of a repeated element one after another). */
    public static final class Bygger {

        private final ByteArrayOutputStream json = new ByteArrayOutputStream(4096);
        private final ByteArrayOutputStream indeks = new ByteArrayOutputStream(256);
        private int forrige = -1;
        private boolean aapenListe;

        public Bygger() {
            json.write('{');
            indeks.write(FORMAT);
        }

        /**
         * One value of {@code element}: {@code verdi} is a JSON object's UTF-8 text; {@code liste} whether the element
         * repeats; {@code gjeldende} its erGjeldende; {@code adressegradering} its own, or null.
         */
        public Bygger verdi(String element, boolean liste, byte[] verdi, boolean gjeldende, String adressegradering) {
            int kode = adressegradering == null ? 0 : GRADERINGER.indexOf(adressegradering) + 1;
            if (kode == 0 && adressegradering != null) {
                throw new IllegalArgumentException("unknown adressegradering " + adressegradering);
            }
            return verdi(ordinal(element), liste, verdi, 0, verdi.length, (liste ? LISTE : 0) | (gjeldende ? 0 : HISTORIKK) | kode << 2);
        }

        private Bygger verdi(int e, boolean liste, byte[] tekst, int fra, int til, int flagg) {
            if (e < forrige) {
                throw new IllegalArgumentException(ELEMENTER.get(e) + " comes before " + ELEMENTER.get(forrige) + " in the XSD");
            }
            if (e == forrige) {
                if (!liste) {
                    throw new IllegalArgumentException(ELEMENTER.get(e) + " does not repeat");
                }
                json.write(',');
            } else {
                if (aapenListe) {
                    json.write(']');
                }
                if (forrige >= 0) {
                    json.write(',');
                }
                json.write(NOEKKEL[e], 0, NOEKKEL[e].length);
                if (liste) {
                    json.write('[');
                }
                aapenListe = liste;
                forrige = e;
            }
            int start = json.size();
            json.write(tekst, fra, til - fra);
            indeks.write(e);
            indeks.write(flagg);
            indeks.write(ByteBuffer.allocate(8).putInt(start).putInt(json.size()).array(), 0, 8);
            return this;
        }

        public Persondokumenttekst bygg() {
            if (aapenListe) {
                json.write(']');
                aapenListe = false;
            }
            json.write('}');
            return new Persondokumenttekst(json.toByteArray(), indeks.toByteArray());
        }
    }
}

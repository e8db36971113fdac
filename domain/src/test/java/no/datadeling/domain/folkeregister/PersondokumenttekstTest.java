package no.datadeling.domain.folkeregister;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.JsonObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A document stored as text and index, and cut by concatenation: the cut must be exactly the JSON a filter would give. */
class PersondokumenttekstTest {

    static final String DOK = """
            {"identifikasjonsnummer":[{"erGjeldende":true,"foedselsEllerDNummer":"09052400284"},{"erGjeldende":false,"foedselsEllerDNummer":"49052400284"}],\
            "status":[{"erGjeldende":true,"status":"bosatt"}],\
            "doedsfall":{"erGjeldende":true,"doedsdato":"2020-01-01"},\
            "bostedsadresse":[{"erGjeldende":true,"adressegradering":"fortrolig"},{"erGjeldende":false,"adressegradering":"ugradert"}],\
            "navn":[{"erGjeldende":false,"fornavn":"Ældre \\"Ø\\""},{"erGjeldende":true,"fornavn":"Åse"}]}""";

    /** The elements named, history as asked, addresses up to "ugradert" only unless every gradering is. */
    record Utvalg(Set<String> elementer, boolean historikk, boolean alleGraderinger) implements Persondokumenttekst.Utvalg {

        Utvalg(Set<String> elementer, boolean historikk) {
            this(elementer, historikk, false);
        }

        @Override
        public boolean element(int element) {
            return elementer.contains(Persondokumenttekst.ELEMENTER.get(element));
        }

        @Override
        public boolean historikk(int element) {
            return historikk;
        }

        @Override
        public boolean gradering(int element, int gradering) {
            return alleGraderinger || gradering <= 1;
        }
    }

    /** What skriv writes, checked against what the cut measured and against writing at an offset into a larger array. */
    static String skriv(Persondokumenttekst d, Persondokumenttekst.Utvalg u) {
        byte[] ut = d.skriv(u);
        Persondokumenttekst.Snitt snitt = d.snitt(u);
        assertEquals(ut.length, snitt.lengde());
        byte[] stoerre = new byte[ut.length + 7];
        assertEquals(3 + ut.length, snitt.skriv(stoerre, 3));
        assertArrayEquals(ut, Arrays.copyOfRange(stoerre, 3, 3 + ut.length));
        return new String(ut, StandardCharsets.UTF_8);
    }

    static JsonObject json(String s) {
        return JaxbJson.JSON.createReader(new StringReader(s)).readObject();
    }

    @Test
    void uncut_it_is_the_document_in_xsd_order_byte_for_byte() {
        Persondokumenttekst d = Persondokumenttekst.fra(json(DOK));
        assertEquals(DOK, d.tekst());
        assertEquals(d.tekst(), skriv(d, new Utvalg(Set.copyOf(Persondokumenttekst.ELEMENTER), true, true)));
    }

    @Test
    void a_cut_leaves_out_history_protected_addresses_and_elements_with_nothing_left() {
        Persondokumenttekst d = Persondokumenttekst.fra(json(DOK));
        String ut = skriv(d, new Utvalg(Set.of("identifikasjonsnummer", "navn", "bostedsadresse", "doedsfall"), false));
        assertEquals("{\"identifikasjonsnummer\":[{\"erGjeldende\":true,\"foedselsEllerDNummer\":\"09052400284\"}],"
                + "\"doedsfall\":{\"erGjeldende\":true,\"doedsdato\":\"2020-01-01\"},"
                + "\"navn\":[{\"erGjeldende\":true,\"fornavn\":\"Åse\"}]}", ut);
        String medHistorikk = skriv(d, new Utvalg(Set.of("navn", "bostedsadresse"), true));
        assertEquals("{\"bostedsadresse\":[{\"erGjeldende\":false,\"adressegradering\":\"ugradert\"}],"
                + "\"navn\":[{\"erGjeldende\":false,\"fornavn\":\"Ældre \\\"Ø\\\"\"},{\"erGjeldende\":true,\"fornavn\":\"Åse\"}]}", medHistorikk);
        assertEquals("{}", skriv(d, new Utvalg(Set.of("sivilstand"), true)));
    }

    @Test
    void an_extract_is_a_document_of_its_own_with_the_same_cut() {
        Persondokumenttekst d = Persondokumenttekst.fra(json(DOK));
        Persondokumenttekst basis = d.utdrag(Persondokumenttekst.BASIS);
        // person-basis, current values only, every gradering kept (the rights package cuts it when served)
        assertEquals(skriv(d, new Utvalg(Persondokumenttekst.PERSON_BASIS, false, true)), basis.tekst());
        assertEquals(json(basis.tekst()), json(skriv(basis, new Utvalg(Persondokumenttekst.PERSON_BASIS, true, true))));
        assertEquals(skriv(d, new Utvalg(Set.of("navn", "bostedsadresse"), false)), skriv(basis, new Utvalg(Set.of("navn", "bostedsadresse"), false)));
        assertEquals(Persondokumenttekst.fra(json(basis.tekst())), basis, "its index is the one a fresh build gives");
    }

    @Test
    void the_index_survives_the_database_round_trip_and_is_checked() {
        Persondokumenttekst d = Persondokumenttekst.fra(json(DOK));
        String hex = d.indeksSomBytea();
        byte[] indeks = java.util.HexFormat.of().parseHex(hex.substring(2));
        assertEquals(d.tekst(), new Persondokumenttekst(d.json(), indeks).tekst());
        assertThrows(IllegalArgumentException.class, () -> new Persondokumenttekst(d.json(), new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new Persondokumenttekst(d.json(), new byte[] {1, 2}));
    }

    @Test
    void the_builder_refuses_what_would_not_be_the_xsd_document() {
        Persondokumenttekst.Bygger b = new Persondokumenttekst.Bygger().verdi("navn", true, "{}".getBytes(), true, null);
        assertThrows(IllegalArgumentException.class, () -> b.verdi("identifikasjonsnummer", true, "{}".getBytes(), true, null));
        assertThrows(IllegalArgumentException.class, () -> b.verdi("hobby", true, "{}".getBytes(), true, null));
        assertThrows(IllegalArgumentException.class, () -> b.verdi("navn", true, "{}".getBytes(), true, "hemmelig"));
    }
}

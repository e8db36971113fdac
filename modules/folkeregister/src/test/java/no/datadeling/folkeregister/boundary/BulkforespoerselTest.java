package no.datadeling.folkeregister.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BulkforespoerselTest {

    static List<String> les(String kropp, Formatvalg format) {
        return Bulkforespoersel.les(kropp.getBytes(StandardCharsets.UTF_8), format, "foedselsEllerDNummer");
    }

    static void avvist(String kropp, Formatvalg format) {
        ApiException e = assertThrows(ApiException.class, () -> les(kropp, format));
        assertEquals(ErrorKind.INVALID_INPUT, e.kind());
    }

    @Test
    void reads_the_seeds_json_body() {
        assertEquals(List.of("29084902258", "09052400284"), les("{\"foedselsEllerDNummer\": [\"29084902258\",\"09052400284\"]}", Formatvalg.JSON));
    }

    @Test
    void reads_xml_under_any_root_and_namespace() {
        assertEquals(List.of("29084902258", "09052400284"), les("<personBulkoppslagRequest xmlns=\"folkeregisteret:tilgjengeliggjoering:person:v1\">"
                + "<foedselsEllerDNummer>29084902258</foedselsEllerDNummer><foedselsEllerDNummer> 09052400284 </foedselsEllerDNummer>"
                + "</personBulkoppslagRequest>", Formatvalg.XML));
        assertEquals(List.of("29084902258"), les("<PersonBulkoppslagRequest><foedselsEllerDNummer>29084902258</foedselsEllerDNummer>"
                + "</PersonBulkoppslagRequest>", Formatvalg.XML));
    }

    @Test
    void keeps_duplicates_in_order_for_the_service_to_collapse() {
        assertEquals(List.of("1", "2", "1"), les("{\"foedselsEllerDNummer\":[\"1\",\"2\",\"1\"]}", Formatvalg.JSON));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "{\"foedselsEllerDNummer\": [\"1\"", "{\"foedselsEllerDNummer\": \"29084902258\"}",
        "{\"foedselsEllerDNummer\": [29084902258]}", "{\"annet\": [\"1\"]}", "{\"foedselsEllerDNummer\": []}", "null"})
    void refuses_malformed_or_empty_json(String kropp) {
        avvist(kropp, Formatvalg.JSON);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "<a><foedselsEllerDNummer>1</a>", "not xml", "<a/>"})
    void refuses_malformed_or_empty_xml(String kropp) {
        avvist(kropp, Formatvalg.XML);
    }

    @Test
    void refuses_an_external_entity_without_reading_the_file() throws Exception {
        Path hemmelig = Files.createTempFile("xxe", ".txt");
        Files.writeString(hemmelig, "29084902258");
        avvist("<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY x SYSTEM \"" + hemmelig.toUri() + "\">]>"
                + "<r><foedselsEllerDNummer>&x;</foedselsEllerDNummer></r>", Formatvalg.XML);
        Files.delete(hemmelig);
    }

    @Test
    void refuses_billion_laughs_quickly() {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE r [<!ENTITY l0 \"ha\">");
        for (int i = 1; i < 10; i++) {
            dtd.append("<!ENTITY l").append(i).append(" \"").append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String kropp = "<?xml version=\"1.0\"?>" + dtd + "]><r><foedselsEllerDNummer>&l9;</foedselsEllerDNummer></r>";
        long t0 = System.nanoTime();
        avvist(kropp, Formatvalg.XML);
        assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "entity expansion must not run");
    }

    @Test
    void refuses_any_doctype_and_undeclared_entities() {
        avvist("<!DOCTYPE r><r><foedselsEllerDNummer>29084902258</foedselsEllerDNummer></r>", Formatvalg.XML);
        avvist("<r><foedselsEllerDNummer>&x;</foedselsEllerDNummer></r>", Formatvalg.XML);
    }

    @Test
    void refuses_more_than_a_thousand_identifiers_in_either_format() {
        String json = "{\"foedselsEllerDNummer\":[" + "\"29084902258\",".repeat(1000) + "\"29084902258\"]}";
        avvist(json, Formatvalg.JSON);
        String xml = "<r>" + "<foedselsEllerDNummer>29084902258</foedselsEllerDNummer>".repeat(1001) + "</r>";
        avvist(xml, Formatvalg.XML);
        assertEquals(1000, les("{\"foedselsEllerDNummer\":[" + "\"1\",".repeat(999) + "\"1\"]}", Formatvalg.JSON).size());
    }

    @Test
    void refuses_a_body_over_the_size_limit() {
        byte[] stor = new byte[Bulkforespoersel.MAKS_BYTES + 1];
        assertThrows(ApiException.class, () -> Bulkforespoersel.lesKropp(new ByteArrayInputStream(stor)));
        assertEquals(10, Bulkforespoersel.lesKropp(new ByteArrayInputStream(new byte[10])).length);
    }
}

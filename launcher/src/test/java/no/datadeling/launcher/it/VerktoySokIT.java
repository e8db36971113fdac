package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Verktoydata.KATALOG;
import static no.datadeling.launcher.it.Verktoydata.assertFeil;
import static no.datadeling.launcher.it.Verktoydata.get;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import no.datadeling.domain.populasjon.SyntetiskVerktoy;
import no.datadeling.domain.populasjon.VerktoyKatalog;
import no.datadeling.domain.verktoy.Kodeverk.GrafiskElementType;
import no.datadeling.domain.verktoy.VerktoySok;
import no.datadeling.launcher.Main;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Verktøysøk (prefix search on names and search words) and Grafisk element (the images). */
@Order(41)
@ExtendWith(DatadelingServer.class)
class VerktoySokIT {

    static final String SOK = "verktoy/v1/SelvstendigVerktoy/SokSelvstendigVerktoy";
    static String token;

    @BeforeAll
    static void token() {
        token = Verktoydata.helseid(KATALOG, Main.DEV_ORG);
    }

    static JsonArray sok(String sokeord, String rowCount) {
        Http.Response r = get(SOK + "?SokeOrd=" + URLEncoder.encode(sokeord, StandardCharsets.UTF_8)
                + (rowCount == null ? "" : "&RowCount=" + rowCount), token);
        assertEquals(200, r.status(), r.body());
        return (JsonArray) r.jsonStructure();
    }

    static Set<String> ider(JsonArray a) {
        return a.stream().map(v -> v.asJsonObject().getString("VerktoyId")).collect(Collectors.toSet());
    }

    /** What the search must find: a word of the name or of a search word starts with the (normalised) term. */
    static Set<String> forventet(String sokeord) {
        String p = VerktoySok.normaliser(sokeord);
        return Verktoydata.verktoy().stream()
                .filter(v -> VerktoySok.termer(v.navn(), v.sokeord()).stream().anyMatch(t -> t.startsWith(p)))
                .map(v -> v.verktoyId().toString()).collect(Collectors.toSet());
    }

    @Test
    void finds_tools_by_the_start_of_a_word_in_the_name_or_a_search_word() {
        for (String ord : List.of("søvn", "SØVN", "kols", "migrene", "dagbok", "mestring av", "pust og ro", "selvtest")) {
            Set<String> f = forventet(ord);
            assertTrue(!f.isEmpty() && f.size() <= 50, ord + ": " + f.size());
            JsonArray a = sok(ord, null);
            assertEquals(f, ider(a), ord);
            for (var v : a) {
                JsonObject o = v.asJsonObject();
                assertEquals(List.of("VerktoyId", "Navn"), List.copyOf(o.keySet()), "the seed's fields in its order");
            }
        }
    }

    @Test
    void a_word_middle_is_no_match() {
        SyntetiskVerktoy v = Verktoydata.verktoy().stream().filter(x -> x.navn().toLowerCase(Locale.ROOT).contains("mestring"))
                .findFirst().orElseThrow();
        assertTrue(ider(sok("mestr", null)).contains(v.verktoyId().toString()));
        assertTrue(!ider(sok("estring", null)).contains(v.verktoyId().toString()));
    }

    @Test
    void row_count_defaults_to_50_lowers_and_caps() {
        String vanlig = "for"; // "... for ungdom", "... for eldre", "Kartlegging av ..."? many tools
        assertTrue(forventet(vanlig).size() > 50, "needs a term with more than 50 hits");
        assertEquals(50, sok(vanlig, null).size());
        assertEquals(5, sok(vanlig, "5").size());
        assertEquals(50, sok(vanlig, "500").size());
        List<String> navn = sok(vanlig, "10").stream().map(x -> x.asJsonObject().getString("Navn")).toList();
        assertEquals(navn, sok(vanlig, null).stream().limit(10).map(x -> x.asJsonObject().getString("Navn")).toList());
        assertFeil(get(SOK + "?SokeOrd=for&RowCount=0", token), 400, "VK-001206");
        assertFeil(get(SOK + "?SokeOrd=for&RowCount=mange", token), 400, "VK-001206");
    }

    @Test
    void search_word_must_be_3_to_256_characters() {
        assertFeil(get(SOK, token), 400, "VER-000205");
        assertFeil(get(SOK + "?SokeOrd=", token), 400, "VER-000205");
        assertFeil(get(SOK + "?SokeOrd=%20%20", token), 400, "VER-000205");
        assertFeil(get(SOK + "?SokeOrd=ab", token), 400, "VER-000254");
        assertFeil(get(SOK + "?SokeOrd=" + "a".repeat(257), token), 400, "VER-000254");
        assertEquals(0, sok("a".repeat(256), null).size());
        assertEquals(0, sok("???", null).size());
        assertEquals(0, sok("%_%", null).size());
    }

    @Test
    void search_needs_the_catalogue_scope() {
        assertFeil(get(SOK + "?SokeOrd=kols", Verktoydata.helseid(Verktoydata.SEND, Main.DEV_ORG)), 403, "HTTP-403");
    }

    @Test
    void graphic_elements_are_the_catalogues_png_and_svg_files() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (GrafiskElementType type : GrafiskElementType.values()) {
            SyntetiskVerktoy v = Verktoydata.verktoy().stream().filter(x -> x.grafiskElementType() == type).findFirst().orElseThrow();
            HttpResponse<byte[]> r = client.send(HttpRequest.newBuilder(Http.uri("verktoy/v1/GrafiskElement/" + v.grafiskElementId()))
                    .header("Authorization", Http.bearer(token)).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertEquals(200, r.statusCode());
            assertEquals(type.medietype(), r.headers().firstValue("Content-Type").orElseThrow().split(";")[0]);
            assertArrayEquals(VerktoyKatalog.bilde(v), r.body());
            if (type == GrafiskElementType.ILLUSTRASJON) {
                assertTrue(ImageIO.read(new ByteArrayInputStream(r.body())).getWidth() > 0);
            } else {
                assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder()
                        .parse(new ByteArrayInputStream(r.body())).getDocumentElement().getTagName());
            }
        }
    }

    @Test
    void graphic_element_errors() {
        assertFeil(get("verktoy/v1/GrafiskElement/999999", token), 404, "HTTP-404");
        assertFeil(get("verktoy/v1/GrafiskElement/fem", token), 400, "VER-000209");
        assertFeil(Http.get("verktoy/v1/GrafiskElement/1"), 401, "HTTP-401");
    }
}

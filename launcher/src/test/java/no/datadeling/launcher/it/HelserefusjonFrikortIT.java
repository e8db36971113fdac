package no.datadeling.launcher.it;

import static no.datadeling.launcher.it.Http.bearer;
import static no.datadeling.launcher.it.NavHelseData.assertNavFeil;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.datadeling.domain.helserefusjon.Egenandelstak;
import no.datadeling.domain.populasjon.SyntetiskFrikortvedtak;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Helserefusjon Frikort-brev as a consumer sees it: the vedtak list, the letter's metadata and the letter as PDF. */
@ExtendWith(DatadelingServer.class)
class HelserefusjonFrikortIT {

    static final String SCOPE = "nav:helserefusjon/v1/frikort";
    static final String BASE = "helserefusjon/v1/frikort/vedtak";
    static final DateTimeFormatter DATO = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    static String token;

    /** The register's current name and ugraderte vegadresse, read straight from the person document. */
    record Register(String fnr, String navn, String gate, String postnummer, String poststed) {
    }

    @BeforeAll
    static void setUp() {
        token = NavHelseData.maskinporten(SCOPE);
    }

    static Http.Response get(String path, String fnr, String accept) {
        List<String> h = new ArrayList<>(List.of("Authorization", bearer(token), "Accept", accept));
        if (fnr != null) {
            h.addAll(List.of("Nav-Personident", fnr));
        }
        return Http.get(path, h.toArray(String[]::new));
    }

    static Optional<Register> register(String fnr, String gradering) {
        try (Connection c = DatadelingServer.server().connectDatabase(); PreparedStatement ps = c.prepareStatement("""
                select concat_ws(' ', n->>'fornavn', n->>'mellomnavn', n->>'etternavn'),
                       trim(concat(b->'vegadresse'->>'adressenavn', ' ', b->'vegadresse'->'adressenummer'->>'husnummer',
                                   b->'vegadresse'->'adressenummer'->>'husbokstav')),
                       b->'vegadresse'->'poststed'->>'postnummer', b->'vegadresse'->'poststed'->>'poststedsnavn'
                from folkeregisterperson f join persondokument d on d.persondokumentidentifikator = f.persondokumentidentifikator,
                     json_array_elements(d.dokument->'navn') n, json_array_elements(d.dokument->'bostedsadresse') b
                where f.folkeregisteridentifikator = ? and (n->>'erGjeldende')::boolean and (b->>'erGjeldende')::boolean
                  and b->'vegadresse' is not null and b->>'adressegradering' = ? and b->'vegadresse'->'poststed' is not null
                  and b->'vegadresse'->'coAdressenavn' is null and b->'vegadresse'->'adressetilleggsnavn' is null""")) {
            ps.setString(1, fnr);
            ps.setString(2, gradering);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new Register(fnr, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                        : Optional.empty();
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A person with frikort whose current address is an ordinary, unprotected street address. */
    static HelserefusjonData.PersonMedFrikort medVegadresse() {
        return HelserefusjonData.frikort().stream().filter(p -> register(p.person().foedselsnummer(), "ugradert").isPresent())
                .findFirst().orElseThrow();
    }

    @Test
    void lists_the_persons_frikortvedtak_as_they_follow_from_the_egenandeler() {
        var p = HelserefusjonData.frikort().get(0);
        Http.Response r = get(BASE, p.person().foedselsnummer(), "application/json");
        assertEquals(200, r.status(), r.body());
        JsonArray liste = (JsonArray) r.jsonStructure();
        assertEquals(p.vedtak().size(), liste.size());
        for (int i = 0; i < liste.size(); i++) {
            SyntetiskFrikortvedtak v = p.vedtak().get(i);
            JsonObject o = liste.getJsonObject(i);
            assertEquals(v.vedtakId(), o.getJsonNumber("vedtakId").longValue());
            assertEquals(v.aar(), o.getInt("aar"));
            assertEquals(Egenandelstak.beloep(v.aar()).orElseThrow(), o.getInt("egenandelstak"));
            assertEquals(v.datoTakNaadd().toString(), o.getString("datoTakNaadd"));
            assertEquals(v.datoTakNaadd().toString(), o.getString("gyldigFraOgMed"));
            assertEquals(v.aar() + "-12-31", o.getString("gyldigTilOgMed"));
            assertEquals(v.sumEgenandeler(), o.getInt("sumEgenandeler"));
            assertEquals(v.sumEgenandeler() - v.egenandelstak(), o.getInt("overskytendeBeloep"));
            assertTrue(v.sumEgenandeler() >= v.egenandelstak());
        }
        // the tak the API shows is the one in the versioned table
        assertEquals(NavHelseData.tall("select beloep from egenandelstak where aar = ?", p.vedtak().get(0).aar()),
                liste.getJsonObject(0).getInt("egenandelstak"));
        Http.Response filtrert = get(BASE + "?aar=" + p.vedtak().get(0).aar(), p.person().foedselsnummer(), "application/json");
        assertEquals(1, ((JsonArray) filtrert.jsonStructure()).size());
    }

    @Test
    void a_person_without_frikort_gets_an_empty_list() {
        var medFrikort = HelserefusjonData.frikort().stream().map(p -> p.person().foedselsnummer()).toList();
        String uten = NavHelseData.personer().stream().map(p -> p.foedselsnummer()).filter(f -> !medFrikort.contains(f)).findFirst().orElseThrow();
        Http.Response r = get(BASE, uten, "application/json");
        assertEquals(200, r.status(), r.body());
        assertEquals(0, ((JsonArray) r.jsonStructure()).size());
    }

    @Test
    void the_letters_metadata_names_the_addressee_from_folkeregisteret() {
        var p = medVegadresse();
        Register reg = register(p.person().foedselsnummer(), "ugradert").orElseThrow();
        SyntetiskFrikortvedtak v = p.vedtak().get(0);
        Http.Response r = get(BASE + "/" + v.vedtakId() + "/brev", p.person().foedselsnummer(), "application/json");
        assertEquals(200, r.status(), r.body());
        JsonObject o = r.json();
        assertEquals("Vedtak om frikort for egenandeler " + v.aar(), o.getString("tittel"));
        JsonObject m = o.getJsonObject("mottaker");
        assertEquals(reg.navn(), m.getString("navn"));
        assertEquals(List.of(reg.gate()), m.getJsonArray("adresselinjer").getValuesAs(jakarta.json.JsonString::getString));
        assertEquals(reg.postnummer(), m.getString("postnummer"));
        assertEquals(reg.poststed(), m.getString("poststed"));
        assertFalse(m.getBoolean("adresseSkjermet"));
        assertEquals(v.vedtakId(), o.getJsonObject("vedtak").getJsonNumber("vedtakId").longValue());
        assertEquals("application/pdf", o.getJsonObject("dokument").getString("mediatype"));
    }

    @Test
    void the_letter_is_a_pdf_with_name_address_year_tak_date_reached_and_validity() throws Exception {
        var p = medVegadresse();
        Register reg = register(p.person().foedselsnummer(), "ugradert").orElseThrow();
        SyntetiskFrikortvedtak v = p.vedtak().get(p.vedtak().size() - 1);
        HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(Http.uri(BASE + "/" + v.vedtakId() + "/brev"))
                .header("Authorization", bearer(token)).header("Nav-Personident", p.person().foedselsnummer())
                .header("Accept", "application/pdf").header("Nav-Call-Id", "test-frikort-1").GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        assertEquals(200, r.statusCode());
        assertEquals("application/pdf", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("test-frikort-1", r.headers().firstValue("Nav-Call-Id").orElseThrow());
        assertEquals("%PDF-", new String(r.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII));
        String tekst;
        try (PDDocument doc = Loader.loadPDF(r.body())) {
            assertEquals(1, doc.getNumberOfPages());
            assertEquals("Vedtak om frikort for egenandeler " + v.aar(), doc.getDocumentInformation().getTitle());
            tekst = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
        String tak = String.format("%,d", Egenandelstak.beloep(v.aar()).orElseThrow()).replace(',', ' ');
        for (String forventet : List.of(reg.navn(), reg.gate(), reg.postnummer() + " " + reg.poststed(),
                "Vedtak om frikort for egenandeler " + v.aar(), "egenandelstaket for " + v.aar() + " på " + tak + " kroner",
                "Taket ble nådd " + DATO.format(v.datoTakNaadd()),
                "fra og med " + DATO.format(v.datoTakNaadd()) + " til og med 31.12." + v.aar(),
                "Vedtaks-ID: " + v.vedtakId())) {
            assertTrue(tekst.contains(forventet), () -> "the letter lacks \"" + forventet + "\": " + tekst);
        }
    }

    @Test
    void a_protected_address_is_never_printed() {
        Optional<String[]> skjermet = Optional.empty();
        try (Connection c = DatadelingServer.server().connectDatabase(); var ps = c.prepareStatement("""
                select v.personident, v.vedtak_id from frikortvedtak v join folkeregisterperson f on f.folkeregisteridentifikator = v.personident
                where f.adressegradering in ('fortrolig', 'strengtFortrolig') order by v.vedtak_id limit 1""");
             var rs = ps.executeQuery()) {
            if (rs.next()) {
                skjermet = Optional.of(new String[] {rs.getString(1), rs.getString(2)});
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        org.junit.jupiter.api.Assumptions.assumeTrue(skjermet.isPresent(), "no person with frikort and a protected address in this population");
        Http.Response r = get(BASE + "/" + skjermet.get()[1] + "/brev", skjermet.get()[0], "application/json");
        assertEquals(200, r.status(), r.body());
        JsonObject m = r.json().getJsonObject("mottaker");
        assertTrue(m.getBoolean("adresseSkjermet"));
        assertTrue(m.getJsonArray("adresselinjer").isEmpty());
        assertTrue(!m.containsKey("postnummer") || m.isNull("postnummer"));
    }

    @Test
    void another_persons_vedtak_is_not_found() {
        var a = HelserefusjonData.frikort().get(0);
        var b = HelserefusjonData.frikort().get(1);
        assertNavFeil(get(BASE + "/" + a.vedtak().get(0).vedtakId() + "/brev", b.person().foedselsnummer(), "application/json"), 404);
        assertNavFeil(get(BASE + "/" + a.vedtak().get(0).vedtakId() + "/brev", b.person().foedselsnummer(), "application/pdf"), 404);
    }

    @Test
    void bad_requests_answer_in_navs_error_format() {
        var a = HelserefusjonData.frikort().get(0);
        assertNavFeil(get(BASE, null, "application/json"), 400);
        assertNavFeil(get(BASE, "12345678901", "application/json"), 400);
        assertNavFeil(get(BASE + "?aar=tjue", a.person().foedselsnummer(), "application/json"), 400);
        assertNavFeil(get(BASE + "/abc/brev", a.person().foedselsnummer(), "application/json"), 400);
        assertEquals(406, get(BASE + "/" + a.vedtak().get(0).vedtakId() + "/brev", a.person().foedselsnummer(), "text/plain").status());
        Http.Response feilScope = Http.get(BASE, "Authorization", bearer(NavHelseData.maskinporten("nav:helserefusjon/v1/sareksport")),
                "Nav-Personident", a.person().foedselsnummer());
        assertNavFeil(feilScope, 403);
        assertNavFeil(Http.get(BASE, "Nav-Personident", a.person().foedselsnummer()), 401);
    }
}

package no.datadeling.domain.folkeregister;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.SplittableRandom;
import no.datadeling.domain.folkeregister.xml.Foedsel;
import no.datadeling.domain.folkeregister.xml.Folkeregisteridentifikator;
import no.datadeling.domain.folkeregister.xml.Folkeregisteridentifikatortype;
import no.datadeling.domain.folkeregister.xml.Folkeregisterperson;
import no.datadeling.domain.folkeregister.xml.Identifikatorstatuskode;
import org.junit.jupiter.api.Test;

class JaxbJsonTest {

    @Test
    void writes_xsd_names_in_xsd_order_with_the_registers_value_forms() {
        Folkeregisterperson p = new Folkeregisterperson();
        Foedsel f = new Foedsel();
        f.setFoedeland("CAN");
        f.setFoedselsaar(Year.of(1924));
        f.setFoedselsdato(LocalDate.of(1924, 5, 9));
        f.setErGjeldende(true);
        f.setAjourholdstidspunkt(OffsetDateTime.of(2019, 6, 5, 9, 33, 23, 0, ZoneOffset.ofHours(2)));
        p.getFoedsel().add(f);
        Folkeregisteridentifikator id = new Folkeregisteridentifikator();
        id.setIdentifikatortype(Folkeregisteridentifikatortype.FOEDSELSNUMMER);
        id.setStatus(Identifikatorstatuskode.I_BRUK);
        id.setFoedselsEllerDNummer("09052400284");
        p.getIdentifikasjonsnummer().add(id);
        assertEquals("{\"identifikasjonsnummer\":[{\"status\":\"iBruk\",\"foedselsEllerDNummer\":\"09052400284\","
                + "\"identifikatortype\":\"foedselsnummer\"}],\"foedsel\":[{\"ajourholdstidspunkt\":\"2019-06-05T09:33:23+02:00\","
                + "\"erGjeldende\":true,\"foedselsdato\":\"1924-05-09\",\"foedselsaar\":\"1924\",\"foedeland\":\"CAN\"}]}",
                JaxbJson.tilJson(p));
    }

    @Test
    void reorders_stored_json_into_document_order() {
        var lagret = Json.createReader(new StringReader("{\"foedsel\":[{\"foedeland\":\"CAN\",\"erGjeldende\":true}],"
                + "\"identifikasjonsnummer\":[{\"identifikatortype\":\"dNummer\",\"status\":\"iBruk\"}]}")).readObject();
        StringWriter out = new StringWriter();
        try (JsonGenerator g = Json.createGenerator(out)) {
            JaxbJson.skrivIRekkefoelge(lagret, Folkeregisterperson.class, g, null);
        }
        assertEquals("{\"identifikasjonsnummer\":[{\"status\":\"iBruk\",\"identifikatortype\":\"dNummer\"}],"
                + "\"foedsel\":[{\"erGjeldende\":true,\"foedeland\":\"CAN\"}]}", out.toString());
    }

    @Test
    void refuses_unknown_elements_and_enumeration_values() {
        assertThrows(IllegalArgumentException.class, () -> JaxbJson.les(
                Json.createReader(new StringReader("{\"hobby\":[]}")).readObject(), Folkeregisterperson.class));
        assertThrows(IllegalArgumentException.class, () -> JaxbJson.les(Json.createReader(new StringReader(
                "{\"identifikasjonsnummer\":[{\"status\":\"I_BRUK\"}]}")).readObject(), Folkeregisterperson.class));
    }

    @Test
    void timestamp_text_is_exactly_iso_offset_date_time() {
        SplittableRandom r = new SplittableRandom(1);
        for (int i = 0; i < 100_000; i++) {
            int nano = switch (i % 4) {
                case 0 -> 0;
                case 1 -> r.nextInt(1000) * 1_000_000;
                case 2 -> r.nextInt(1_000_000) * 1000;
                default -> r.nextInt(1_000_000_000);
            };
            OffsetDateTime t = OffsetDateTime.of(1900 + r.nextInt(200), 1 + r.nextInt(12), 1 + r.nextInt(28), r.nextInt(24),
                    r.nextInt(60), r.nextInt(60), nano, ZoneOffset.ofTotalSeconds((r.nextInt(28) - 14) * 1800));
            assertEquals(TidspunktAdapter.FORMAT.format(t), TidspunktAdapter.tekst(t));
        }
    }
}

package no.datadeling.pensjon.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import no.datadeling.domain.pensjon.Samordning;
import no.datadeling.infra.feed.LagretHendelse;
import no.datadeling.pensjon.control.SamordningService;

/**
 * The "Feed" object of nav-samordning-hendelser.yaml: {@code hendelser}, {@code sisteSekvensnummer},
 * {@code sisteLesteSekvensnummer}, {@code nextUrl}. Each event is written with the fields of its schema in the spec's
 * order; {@code sekvensnummer} (the feed number) only where the schema has it (not in vedtakshendelse).
 *
 * <p>The two numbers follow the spec's descriptions: sisteSekvensnummer is "Siste sekvensnummer fra forrige side" (the
 * last number of this page, where the consumer continues) and sisteLesteSekvensnummer is "Det nyeste sekvensnummeret"
 * (the newest in the feed). Numbers are written as JSON numbers, as NAV's own examples show them.
 */
final class Feedsvar {

    /** Made once: Json.create* looks its provider up through the ServiceLoader on every call. */
    private static final JsonReaderFactory LESER = Json.createReaderFactory(null);
    private static final JsonBuilderFactory BYGGER = Json.createBuilderFactory(null);

    static final Map<String, List<String>> FELTER = Map.of(
            Samordning.VEDTAK, List.of("ytelsesType", "identifikator", "vedtakId", "samId", "fom", "tom"),
            Samordning.YTELSER, List.of("sekvensnummer", "tpnr", "identifikator", "hendelseType", "ytelseType", "datoFom", "datoTom"),
            Samordning.PERSONER, List.of("sekvensnummer", "tpnr", "fnr", "fnrGammelt", "sivilstand", "sivilstandDato", "doedsdato",
                    "adresse", "meldingskode"),
            Samordning.MANGLENDE_REFUSJONSKRAV, List.of("sekvensnummer", "tpnr", "fnr", "samId", "svarfrist"));

    static final List<String> ADRESSE = List.of("adresselinje1", "adresselinje2", "adresselinje3", "postnr", "poststed", "land");

    private Feedsvar() {
    }

    static String json(String kind, SamordningService.Side side, String nextUrl) {
        List<String> felter = FELTER.get(kind);
        JsonArrayBuilder hendelser = BYGGER.createArrayBuilder();
        for (LagretHendelse h : side.hendelser()) {
            JsonObject innhold;
            try (var r = LESER.createReader(new StringReader(h.innholdJson()))) {
                innhold = r.readObject();
            }
            JsonObjectBuilder b = BYGGER.createObjectBuilder();
            for (String felt : felter) {
                if ("sekvensnummer".equals(felt)) {
                    b.add(felt, h.nummer());
                } else if ("adresse".equals(felt) && innhold.get(felt) instanceof JsonObject adresse) {
                    JsonObjectBuilder a = BYGGER.createObjectBuilder();
                    ADRESSE.forEach(f -> a.add(f, adresse.getOrDefault(f, JsonValue.NULL)));
                    b.add(felt, a);
                } else {
                    b.add(felt, innhold.getOrDefault(felt, JsonValue.NULL));
                }
            }
            hendelser.add(b);
        }
        JsonObjectBuilder svar = BYGGER.createObjectBuilder().add("hendelser", hendelser)
                .add("sisteSekvensnummer", side.sisteISide())
                .add("sisteLesteSekvensnummer", side.nyeste());
        if (nextUrl == null) {
            svar.addNull("nextUrl");
        } else {
            svar.add("nextUrl", nextUrl);
        }
        return svar.build().toString();
    }
}

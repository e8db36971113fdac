package no.datadeling.helserefusjon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import no.datadeling.helserefusjon.entity.Mottaker;
import no.datadeling.infra.ident.Foedselsnummer;

/**
 * Reads a person's current name and bostedsadresse from Folkeregisteret's stored person document (the current version,
 * as the register's own API serves it), for the frikort letter. Only the elements marked {@code erGjeldende} count.
 */
@ApplicationScoped
public class Folkeregisteropplysninger {

    private static final JsonReaderFactory LESER = Json.createReaderFactory(null);
    private static final List<String> SKJERMET = List.of("fortrolig", "strengtFortrolig");

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;

    public Optional<Mottaker> mottaker(Foedselsnummer ident) {
        List<?> rader = em.createNativeQuery("""
                select cast(d.dokument as text) from folkeregisterperson f
                join persondokument d on d.persondokumentidentifikator = f.persondokumentidentifikator
                where f.folkeregisteridentifikator = ?1""").setParameter(1, ident.verdi()).getResultList();
        if (rader.isEmpty()) {
            return Optional.empty();
        }
        JsonObject dokument;
        try (var r = LESER.createReader(new StringReader((String) rader.get(0)))) {
            dokument = r.readObject();
        }
        return Optional.of(mottaker(dokument));
    }

    static Mottaker mottaker(JsonObject dokument) {
        String navn = gjeldende(dokument, "navn").map(n -> String.join(" ", ikkeTomme(tekst(n, "fornavn"), tekst(n, "mellomnavn"),
                tekst(n, "etternavn")))).orElse("");
        Optional<JsonObject> bosted = gjeldende(dokument, "bostedsadresse");
        if (bosted.isEmpty()) {
            return new Mottaker(navn, List.of(), null, null, false);
        }
        JsonObject b = bosted.get();
        if (SKJERMET.contains(tekst(b, "adressegradering"))) {
            return new Mottaker(navn, List.of(), null, null, true);
        }
        List<String> linjer = new ArrayList<>();
        JsonObject poststed = null;
        if (b.get("vegadresse") instanceof JsonObject v) {
            leggTil(linjer, tekst(v, "coAdressenavn"));
            String nummer = "";
            if (v.get("adressenummer") instanceof JsonObject a) {
                nummer = " " + String.join("", ikkeTomme(tekst(a, "husnummer"), tekst(a, "husbokstav")));
            }
            leggTil(linjer, tekst(v, "adressenavn") == null ? null : (tekst(v, "adressenavn") + nummer).trim());
            leggTil(linjer, tekst(v, "adressetilleggsnavn"));
            poststed = v.get("poststed") instanceof JsonObject p ? p : null;
        } else if (b.get("matrikkeladresse") instanceof JsonObject m) {
            leggTil(linjer, tekst(m, "coAdressenavn"));
            leggTil(linjer, tekst(m, "adressetilleggsnavn"));
            if (m.get("matrikkelnummer") instanceof JsonObject nr) {
                linjer.add("Gnr. " + tekst(nr, "gaardsnummer") + " bnr. " + tekst(nr, "bruksnummer"));
            }
            poststed = m.get("poststed") instanceof JsonObject p ? p : null;
        }
        return new Mottaker(navn, linjer, poststed == null ? null : tekst(poststed, "postnummer"),
                poststed == null ? null : tekst(poststed, "poststedsnavn"), false);
    }

    /** The current value of a repeated element (the first one marked erGjeldende, else none). */
    private static Optional<JsonObject> gjeldende(JsonObject dokument, String element) {
        JsonValue v = dokument.get(element);
        List<JsonObject> kandidater = new ArrayList<>();
        if (v instanceof JsonArray a) {
            a.stream().filter(x -> x instanceof JsonObject).map(x -> (JsonObject) x).forEach(kandidater::add);
        } else if (v instanceof JsonObject o) {
            kandidater.add(o);
        }
        return kandidater.stream().filter(o -> o.getBoolean("erGjeldende", false)).findFirst();
    }

    private static String tekst(JsonObject o, String felt) {
        JsonValue v = o.get(felt);
        if (v == null || v.getValueType() == JsonValue.ValueType.NULL) {
            return null;
        }
        return v instanceof jakarta.json.JsonString s ? s.getString() : v.toString();
    }

    private static List<String> ikkeTomme(String... deler) {
        List<String> ut = new ArrayList<>();
        for (String d : deler) {
            if (d != null && !d.isBlank()) {
                ut.add(d);
            }
        }
        return ut;
    }

    private static void leggTil(List<String> linjer, String linje) {
        if (linje != null && !linje.isBlank()) {
            linjer.add(linje);
        }
    }
}

package no.datadeling.launcher.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.domain.populasjon.Folkeregister;
import no.datadeling.domain.populasjon.Populasjon;

/** What the server's Folkeregisteret must hold, computed independently from the same generator. */
public final class Folkeregisterdata {

    private static Folkeregister register;
    private static Map<String, Folkeregister.Person> personer;

    private Folkeregisterdata() {
    }

    public static synchronized Map<String, Folkeregister.Person> personer() {
        if (personer == null) {
            Populasjon pop = new Populasjon(DatadelingServer.server().population());
            register = new Folkeregister(pop);
            Map<String, Folkeregister.Person> alle = new LinkedHashMap<>();
            pop.forEachPerson(p -> alle.put(p.foedselsnummer(), register.person(p)));
            personer = alle;
        }
        return personer;
    }

    public static Folkeregister register() {
        personer();
        return register;
    }

    public static Folkeregister.Person person(Predicate<Folkeregister.Person> krav) {
        return personer().values().stream().filter(krav).findFirst()
                .orElseThrow(() -> new IllegalStateException("the synthetic register has no such person"));
    }

    public static List<Folkeregister.Person> alle(Predicate<Folkeregister.Person> krav) {
        return personer().values().stream().filter(krav).toList();
    }

    public static Optional<Folkeregister.Person> medIdentifikator(String type, String verdi) {
        return personer().values().stream().filter(p -> p.identifikatorer().contains(new Folkeregister.Identifikator(type, verdi))).findFirst();
    }

    public static JsonObject json(String s) {
        try (var r = JaxbJson.JSON.createReader(new StringReader(s))) {
            return r.readObject();
        }
    }

    public static JsonObject gjeldende(Folkeregister.Person p) {
        return json(p.gjeldende().json());
    }

    /** Whether the current document has the element with a value that is no longer current. */
    public static boolean harHistorikk(Folkeregister.Person p, String element) {
        JsonValue v = gjeldende(p).get(element);
        return v != null && v.getValueType() == JsonValue.ValueType.ARRAY
                && v.asJsonArray().stream().anyMatch(e -> e.asJsonObject().get("erGjeldende") == JsonValue.FALSE);
    }

    public static boolean har(Folkeregister.Person p, String element) {
        return gjeldende(p).containsKey(element);
    }

    public static List<String> versjonsider(Folkeregister.Person p) {
        List<String> ider = new ArrayList<>();
        p.versjoner().forEach(v -> ider.add(v.persondokumentidentifikator()));
        return ider;
    }
}

package no.datadeling.folkeregister.control;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.folkeregister.entity.Elementer;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;

/**
 * Data minimisation: which part of a person document a request gets. {@code part} (repeatable) names
 * person-basis (the default), historikk, identitetsgrunnlag-utvidet, relasjon-utvidet or any top-level element;
 * identifikasjonsnummer always comes. The rights package then removes what it may not see: elements, values that are
 * no longer current, addresses above its clearance. An unknown part is a 400.
 */
public final class Utsnitt {

    public static final String PERSON_BASIS = "person-basis";
    public static final String HISTORIKK = "historikk";
    public static final String IDENTITETSGRUNNLAG_UTVIDET = "identitetsgrunnlag-utvidet";
    public static final String RELASJON_UTVIDET = "relasjon-utvidet";

    private final Rettighetspakke pakke;
    private final Set<String> elementer;
    private final boolean historikk;

    private Utsnitt(Rettighetspakke pakke, Set<String> elementer, boolean historikk) {
        this.pakke = pakke;
        this.elementer = elementer;
        this.historikk = historikk;
    }

    public static Utsnitt av(Rettighetspakke pakke, List<String> part) {
        Set<String> elementer = new HashSet<>();
        elementer.add("identifikasjonsnummer");
        boolean historikk = false;
        boolean noeValgt = false;
        for (String p : part == null ? List.<String>of() : part) {
            if (p == null || p.isBlank()) {
                continue;
            }
            switch (p) {
                case PERSON_BASIS -> elementer.addAll(Elementer.PERSON_BASIS);
                case IDENTITETSGRUNNLAG_UTVIDET -> elementer.addAll(Elementer.IDENTITETSGRUNNLAG_UTVIDET);
                case RELASJON_UTVIDET -> elementer.addAll(Elementer.RELASJON_UTVIDET);
                case HISTORIKK -> historikk = true;
                default -> {
                    if (!Elementer.ALLE.contains(p)) {
                        throw ApiException.invalidInput("Ukjent verdi for part: " + kort(p) + ". Gyldige verdier er person-basis,"
                                + " historikk, identitetsgrunnlag-utvidet, relasjon-utvidet og navnet på et element i persondokumentet.");
                    }
                    elementer.add(p);
                }
            }
            noeValgt |= !HISTORIKK.equals(p);
        }
        if (!noeValgt) {
            elementer.addAll(Elementer.PERSON_BASIS);
        }
        elementer.removeIf(e -> !pakke.kanSe(e));
        return new Utsnitt(pakke, Set.copyOf(elementer), historikk);
    }

    private static String kort(String s) {
        String r = s.length() > 60 ? s.substring(0, 60) + "..." : s;
        return r.replaceAll("[^\\p{L}\\p{N}\\-_. ]", "?");
    }

    public boolean omfatter(String element) {
        return elementer.contains(element);
    }

    /** The document as this request may see it (values are shared with the stored document, not copied). */
    public JsonObject anvend(JsonObject dokument) {
        JsonObjectBuilder ut = JaxbJson.JSON.createObjectBuilder();
        for (var e : dokument.entrySet()) {
            String element = e.getKey();
            if (!elementer.contains(element)) {
                continue;
            }
            boolean medHistorikk = historikk && pakke.kanSeHistorikk(element);
            boolean adresse = Elementer.ADRESSER.contains(element);
            JsonValue v = e.getValue();
            if (v.getValueType() == JsonValue.ValueType.ARRAY) {
                JsonArrayBuilder liste = JaxbJson.JSON.createArrayBuilder();
                int antall = 0;
                for (JsonValue item : v.asJsonArray()) {
                    if (slippGjennom(item.asJsonObject(), medHistorikk, adresse)) {
                        liste.add(item);
                        antall++;
                    }
                }
                if (antall > 0) {
                    ut.add(element, liste);
                }
            } else if (v.getValueType() == JsonValue.ValueType.OBJECT && slippGjennom(v.asJsonObject(), medHistorikk, false)) {
                ut.add(element, v);
            }
        }
        return ut.build();
    }

    private boolean slippGjennom(JsonObject verdi, boolean medHistorikk, boolean adresse) {
        if (!medHistorikk && verdi.get("erGjeldende") == JsonValue.FALSE) {
            return false;
        }
        if (adresse && verdi.get("adressegradering") instanceof JsonString g) {
            return pakke.kanSeAdresse(g.getString());
        }
        return true;
    }
}

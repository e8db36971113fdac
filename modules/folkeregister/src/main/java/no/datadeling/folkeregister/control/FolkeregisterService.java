package no.datadeling.folkeregister.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.folkeregister.entity.Persondokumentidentifikator;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.ident.Foedselsnummer;

/** Person documents as one request may see them: looked up, then cut to the request's {@link Utsnitt}. */
@ApplicationScoped
public class FolkeregisterService {

    /** "opp mot 1 000 fødsels- eller D-nummer" per bulkoppslag (Skatteetaten, konsumenttjenester). */
    public static final int MAKS_BULK = 1000;

    /** One answer of a bulk lookup: what was asked for, and the document if there is one. */
    public record Oppslag(String noekkel, JsonObject dokument) {
    }

    private Persondokumentlager lager;

    @Inject
    FolkeregisterService(Persondokumentlager lager) {
        this.lager = lager;
    }

    FolkeregisterService() {
        // CDI proxy
    }

    public JsonObject person(Foedselsnummer id, Utsnitt utsnitt) {
        return lager.gjeldende(id).map(d -> utsnitt.anvend(les(d)))
                .orElseThrow(() -> ApiException.notFound("Fant ingen person med dette fødsels- eller D-nummeret."));
    }

    public JsonObject arkiv(Persondokumentidentifikator id, Utsnitt utsnitt) {
        return lager.arkiv(id).map(d -> utsnitt.anvend(les(d)))
                .orElseThrow(() -> ApiException.notFound("Fant ingen versjon av et persondokument med denne identifikatoren."));
    }

    /** Exactly one person must match; none and several are both 404, told apart by code and message. */
    public JsonObject entydig(Entydigsoek soek, Rettighetspakke pakke, Utsnitt utsnitt) {
        Set<String> treff = null;
        for (Entydigsoek.Identifikator id : soek.identifikatorer()) {
            Set<String> disse = lager.kandidater(id.type(), id.verdi()).stream().filter(r -> soek.passer(r, pakke))
                    .map(Persondokumentlager.Soekerad::folkeregisteridentifikator).collect(Collectors.toCollection(LinkedHashSet::new));
            if (treff == null) {
                treff = disse;
            } else {
                treff.retainAll(disse);
            }
        }
        if (treff == null || treff.isEmpty()) {
            throw ApiException.notFound("Fant ingen person som svarer til søket.");
        }
        if (treff.size() > 1) {
            throw new ApiException(ErrorKind.NOT_FOUND, "FREG-010", 404,
                    "Søket gir ikke entydig treff: flere personer svarer til opplysningene. Oppgi flere opplysninger.");
        }
        return person(Foedselsnummer.of(treff.iterator().next()), utsnitt);
    }

    /** Current documents in request order, each distinct number once (the first time it is asked for). */
    public List<Oppslag> personer(List<Foedselsnummer> ider, Utsnitt utsnitt) {
        List<Foedselsnummer> unike = List.copyOf(new LinkedHashSet<>(ider));
        Map<String, String> funnet = lager.gjeldende(unike);
        List<Oppslag> ut = new ArrayList<>(unike.size());
        for (Foedselsnummer id : unike) {
            String d = funnet.get(id.verdi());
            ut.add(new Oppslag(id.verdi(), d == null ? null : utsnitt.anvend(les(d))));
        }
        return ut;
    }

    public List<Oppslag> arkiv(List<Persondokumentidentifikator> ider, Utsnitt utsnitt) {
        List<Persondokumentidentifikator> unike = List.copyOf(new LinkedHashSet<>(ider));
        Map<Persondokumentidentifikator, String> funnet = lager.arkiv(unike);
        List<Oppslag> ut = new ArrayList<>(unike.size());
        for (Persondokumentidentifikator id : unike) {
            String d = funnet.get(id);
            ut.add(new Oppslag(id.verdi(), d == null ? null : utsnitt.anvend(les(d))));
        }
        return ut;
    }

    static JsonObject les(String json) {
        try (var r = JaxbJson.JSON.createReader(new StringReader(json))) {
            return r.readObject();
        }
    }
}

package no.datadeling.folkeregister.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import no.datadeling.domain.folkeregister.Persondokumenttekst;
import no.datadeling.folkeregister.entity.Persondokumentidentifikator;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;
import no.datadeling.infra.ident.Foedselsnummer;

/**
 * Person documents as stored (or the person-basis cut stored beside the current version, when the request's
 * {@link Utsnitt} needs no more); what a request may see of each is its Utsnitt, applied when the answer is written.
 */
@ApplicationScoped
public class FolkeregisterService {

    /** "opp mot 1 000 fødsels- eller D-nummer" per bulkoppslag (Skatteetaten, konsumenttjenester). */
    public static final int MAKS_BULK = 1000;

    /** One answer of a bulk lookup: what was asked for, and the document if there is one. */
    public record Oppslag(String noekkel, Persondokumenttekst dokument) {
    }

    private Persondokumentlager lager;
    private Tilgang tilgang;

    @Inject
    FolkeregisterService(Persondokumentlager lager, Tilgang tilgang) {
        this.lager = lager;
        this.tilgang = tilgang;
    }

    FolkeregisterService() {
        // CDI proxy
    }

    /** 403 without the grant (read in the same round trip), 404 without the person. */
    public Persondokumenttekst person(Foedselsnummer id, Tilgang.Krav krav, Utsnitt utsnitt) {
        return funnet(lager.gjeldende(id, utsnitt.iBasis(), krav.org(), krav.pakke().navn()), krav,
                "Fant ingen person med dette fødsels- eller D-nummeret.");
    }

    public Persondokumenttekst arkiv(Persondokumentidentifikator id, Tilgang.Krav krav) {
        return funnet(lager.arkiv(id, krav.org(), krav.pakke().navn()), krav,
                "Fant ingen versjon av et persondokument med denne identifikatoren.");
    }

    private Persondokumenttekst funnet(Persondokumentlager.Treff treff, Tilgang.Krav krav, String ikkeFunnet) {
        if (!treff.tilgang()) {
            throw tilgang.ingenTilgang(krav);
        }
        return treff.dokument().orElseThrow(() -> ApiException.notFound(ikkeFunnet));
    }

    /** Exactly one person must match; none and several are both 404, told apart by code and message. */
    public Persondokumenttekst entydig(Entydigsoek soek, Rettighetspakke pakke, Utsnitt utsnitt) {
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
        return lager.gjeldende(Foedselsnummer.of(treff.iterator().next()), utsnitt.iBasis())
                .orElseThrow(() -> ApiException.notFound("Fant ingen person som svarer til søket."));
    }

    /** Current documents in request order, each distinct number once (the first time it is asked for). */
    public List<Oppslag> personer(List<Foedselsnummer> ider, Utsnitt utsnitt) {
        List<Foedselsnummer> unike = List.copyOf(new LinkedHashSet<>(ider));
        Map<String, Persondokumenttekst> funnet = lager.gjeldende(unike, utsnitt.iBasis());
        List<Oppslag> ut = new ArrayList<>(unike.size());
        for (Foedselsnummer id : unike) {
            ut.add(new Oppslag(id.verdi(), funnet.get(id.verdi())));
        }
        return ut;
    }

    public List<Oppslag> arkiv(List<Persondokumentidentifikator> ider) {
        List<Persondokumentidentifikator> unike = List.copyOf(new LinkedHashSet<>(ider));
        Map<Persondokumentidentifikator, Persondokumenttekst> funnet = lager.arkiv(unike);
        List<Oppslag> ut = new ArrayList<>(unike.size());
        for (Persondokumentidentifikator id : unike) {
            ut.add(new Oppslag(id.verdi(), funnet.get(id)));
        }
        return ut;
    }
}

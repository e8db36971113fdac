package no.datadeling.helserefusjon.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonValue;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import no.datadeling.domain.helserefusjon.Helserefusjon;
import no.datadeling.infra.feed.Feed;
import no.datadeling.infra.feed.FeedHendelse;
import no.datadeling.infra.feed.FeedSide;

/**
 * Receives KUHR FKR events. One batch is one transaction, committed before the answer is written, so an acknowledged
 * event is stored. Per event: invalid ones are rejected with their reason and the valid ones of the same batch are
 * kept (a producer fixes and re-sends only what failed, or re-sends the whole batch: what was kept comes back as
 * DUPLIKAT). Idempotent on the producer's hendelseId: the id's row is inserted with ON CONFLICT DO NOTHING in id order
 * (two batches sharing ids lock them in the same order, so they cannot deadlock; the second waits for the first and
 * then sees its commit), and only new events are numbered in the feed, as one statement, as the last step but one.
 */
@ApplicationScoped
public class KuhrHendelseService {

    public static final int MAKS_PER_KALL = 500;
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    public enum Status { MOTTATT, DUPLIKAT, AVVIST }

    public record Utfall(String hendelseId, Status status, Long sekvensnummer, String aarsak) {
    }

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    private Feed feed;
    Clock clock = Clock.system(ZoneId.of("Europe/Oslo"));

    @Inject
    KuhrHendelseService(Feed feed) {
        this.feed = feed;
    }

    KuhrHendelseService() {
        // CDI proxy
    }

    @Transactional
    public List<Utfall> motta(List<JsonValue> hendelser, String avsender) {
        int aar = LocalDate.now(clock).getYear();
        Utfall[] ut = new Utfall[hendelser.size()];
        Map<String, Integer> gyldige = new LinkedHashMap<>();
        Map<String, KuhrHendelseValidering.Resultat> resultater = new HashMap<>();
        for (int i = 0; i < hendelser.size(); i++) {
            var r = KuhrHendelseValidering.valider(hendelser.get(i), aar);
            if (!r.gyldig()) {
                ut[i] = new Utfall(r.hendelseId(), Status.AVVIST, null, r.aarsak());
            } else if (gyldige.containsKey(r.hendelseId())) {
                ut[i] = new Utfall(r.hendelseId(), Status.AVVIST, null, "hendelseId forekommer mer enn én gang i forespørselen.");
            } else {
                gyldige.put(r.hendelseId(), i);
                resultater.put(r.hendelseId(), r);
            }
        }
        if (gyldige.isEmpty()) {
            return List.of(ut);
        }
        JsonArrayBuilder rader = JSON.createArrayBuilder();
        new TreeSet<>(gyldige.keySet()).forEach(id -> rader.add(JSON.createObjectBuilder().add("id", id)
                .add("sha", sha256(resultater.get(id).normalisert()))));
        Set<String> nye = new java.util.HashSet<>();
        for (Object id : em.createNativeQuery("""
                insert into kuhr_fkr_hendelse (hendelse_id, sha256, mottatt, avsender)
                select e->>'id', e->>'sha', clock_timestamp(), ?2 from jsonb_array_elements(cast(?1 as jsonb)) e order by e->>'id'
                on conflict (hendelse_id) do nothing returning hendelse_id""")
                .setParameter(1, rader.build().toString()).setParameter(2, avsender).getResultList()) {
            nye.add((String) id);
        }
        tidligere(gyldige, resultater, nye, ut);
        List<String> iRekkefoelge = gyldige.keySet().stream().filter(nye::contains).toList();
        if (!iRekkefoelge.isEmpty()) {
            List<FeedHendelse> feedHendelser = new ArrayList<>();
            for (String id : iRekkefoelge) {
                var r = resultater.get(id);
                feedHendelser.add(new FeedHendelse(r.hendelsestype(), r.hendelsestype(), r.normalisert()));
            }
            long foerste = feed.publiserAlle(Helserefusjon.KUHR_FEED, feedHendelser);
            JsonArrayBuilder nummer = JSON.createArrayBuilder();
            for (int k = 0; k < iRekkefoelge.size(); k++) {
                String id = iRekkefoelge.get(k);
                nummer.add(JSON.createObjectBuilder().add("id", id).add("nr", foerste + k));
                ut[gyldige.get(id)] = new Utfall(id, Status.MOTTATT, foerste + k, null);
            }
            em.createNativeQuery("""
                    update kuhr_fkr_hendelse h set sekvensnummer = cast(e->>'nr' as bigint)
                    from jsonb_array_elements(cast(?1 as jsonb)) e where h.hendelse_id = e->>'id'""")
                    .setParameter(1, nummer.build().toString()).executeUpdate();
        }
        return List.of(ut);
    }

    /** Events whose id was received before: the same content is a duplicate (acknowledged), other content a rejection. */
    private void tidligere(Map<String, Integer> gyldige, Map<String, KuhrHendelseValidering.Resultat> resultater, Set<String> nye,
                           Utfall[] ut) {
        JsonArrayBuilder ids = JSON.createArrayBuilder();
        gyldige.keySet().stream().filter(id -> !nye.contains(id)).forEach(ids::add);
        var liste = ids.build();
        if (liste.isEmpty()) {
            return;
        }
        for (Object rad : em.createNativeQuery("""
                select hendelse_id, sha256, sekvensnummer from kuhr_fkr_hendelse
                where hendelse_id in (select jsonb_array_elements_text(cast(?1 as jsonb)))""")
                .setParameter(1, liste.toString()).getResultList()) {
            Object[] c = (Object[]) rad;
            String id = (String) c[0];
            boolean samme = c[1].equals(sha256(resultater.get(id).normalisert()));
            ut[gyldige.get(id)] = samme
                    ? new Utfall(id, Status.DUPLIKAT, c[2] == null ? null : ((Number) c[2]).longValue(), null)
                    : new Utfall(id, Status.AVVIST, null, "hendelseId er allerede mottatt med et annet innhold.");
        }
    }

    public record Lest(long sekvensnummer, java.time.Instant mottatt, String hendelseJson) {
    }

    public record Side(List<Lest> hendelser, long sisteSekvensnummer) {
    }

    public Side les(long fraOgMed, int antall) {
        FeedSide side = feed.les(Helserefusjon.KUHR_FEED, fraOgMed, antall, List.of());
        return new Side(side.hendelser().stream().map(h -> new Lest(h.nummer(), h.opprettet(), h.innholdJson())).toList(),
                feed.siste(Helserefusjon.KUHR_FEED));
    }

    static String sha256(String tekst) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(tekst.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

package no.datadeling.verktoy.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.datadeling.domain.verktoy.Kodeverk;
import no.datadeling.domain.verktoy.Veiledningstjeneste;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.security.CallContext;

/** Updates a veiledningstjeneste's contact metadata; only its owner organisation may. */
@ApplicationScoped
public class VeiledningstjenesteService {

    public static final String SCOPE = "verktoyadminveiledning";
    /** A Norwegian number: 8 digits (first 2-9), optionally +47/0047 first; spaces, dots and dashes between digits. */
    static final Pattern TELEFON = Pattern.compile("(?:\\+47|0047)?([2-9]\\d{7})");
    static final int URL_MAKS = 500;

    @PersistenceContext(unitName = "datadeling")
    EntityManager em;
    Clock clock = Clock.systemUTC();
    private CallContext callContext;

    /** The body's values (its Id is ignored: the URL names the service). */
    public record Oppdatering(String telefon, String url, List<Integer> apningstider) {
    }

    @Inject
    VeiledningstjenesteService(CallContext callContext) {
        this.callContext = callContext;
    }

    VeiledningstjenesteService() {
        // CDI proxy
    }

    /** Validated body: Telefon and Url given and well-formed, Apningstider a non-empty list of defined values. */
    public static Oppdatering valider(JsonKropp k) {
        String telefon = telefon(k.tekst("Telefon").orElse(""))
                .orElseThrow(() -> Feilkode.ugyldig("Telefon må være et norsk telefonnummer med 8 siffer."));
        String url = k.tekst("Url").map(String::trim).filter(VeiledningstjenesteService::gyldigUrl)
                .orElseThrow(() -> Feilkode.ugyldig("Url må være en absolutt http- eller https-adresse med høyst " + URL_MAKS + " tegn."));
        List<Integer> apningstider = k.heltallsliste("Apningstider").filter(l -> !l.isEmpty())
                .orElseThrow(() -> Feilkode.ugyldig("Apningstider må inneholde minst én verdi."));
        for (Integer a : apningstider) {
            Kodeverk.medId(Kodeverk.Apningstid.class, a).orElseThrow(() -> Feilkode.ENUM_UDEFINERT.feil("Apningstider"));
        }
        return new Oppdatering(telefon, url, apningstider);
    }

    static Optional<String> telefon(String verdi) {
        String kompakt = verdi.replaceAll("[\\s.\\-()]", "");
        Matcher m = TELEFON.matcher(kompakt);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(kompakt.length() > 8 ? "+47" + m.group(1) : m.group(1));
    }

    static boolean gyldigUrl(String verdi) {
        if (verdi.isEmpty() || verdi.length() > URL_MAKS) {
            return false;
        }
        try {
            URI u = new URI(verdi);
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("https") || scheme.equals("http")) && u.getHost() != null && u.getUserInfo() == null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    @Transactional
    public Veiledningstjeneste oppdater(UUID id, Oppdatering o) {
        Kaller kaller = Kaller.fra(callContext);
        Veiledningstjeneste v = em.find(Veiledningstjeneste.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (v == null) {
            throw ApiException.notFound("Fant ingen veiledningstjeneste med angitt id.");
        }
        if (!kaller.representerer(v.organisasjonsnummer())) {
            throw ApiException.forbidden("Veiledningstjenesten tilhører en annen organisasjon enn API-klienten.");
        }
        v.oppdater(o.telefon(), o.url(), o.apningstider(), kaller.klientId(), Instant.now(clock));
        return v;
    }
}

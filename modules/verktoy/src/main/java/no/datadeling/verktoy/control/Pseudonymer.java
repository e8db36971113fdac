package no.datadeling.verktoy.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The citizen's PseudoId for an API client: HMAC-SHA256 under a server secret over (client id, identity number),
 * shown as a guid (RFC 9562 version 8). Stable for one client and citizen, different between clients, and without the
 * secret neither reversible nor linkable. The secret is {@code datadeling.verktoy.pseudonym-key} (base64, at least
 * 32 bytes; the launcher makes one per data directory). Without it sends fail with PVS-000204 and the reason is logged.
 */
@ApplicationScoped
public class Pseudonymer {

    public static final String NOKKEL = "datadeling.verktoy.pseudonym-key";
    private static final Logger LOG = Logger.getLogger(Pseudonymer.class.getName());

    private byte[] nokkel;

    @PostConstruct
    void konfigurer() {
        Optional<String> verdi = ConfigProvider.getConfig(Pseudonymer.class.getClassLoader()).getOptionalValue(NOKKEL, String.class);
        nokkel = verdi.map(Pseudonymer::dekod).orElse(null);
        if (nokkel == null) {
            LOG.severe(NOKKEL + " is not set (or not base64 of at least 32 bytes): sending tools to citizens is unavailable");
        }
    }

    static byte[] dekod(String base64) {
        try {
            byte[] b = Base64.getDecoder().decode(base64.trim());
            return b.length >= 32 ? b : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public String pseudoId(String klientId, String foedselsnummer) {
        if (nokkel == null) {
            throw Feilkode.UNDERLIGGENDE_TJENESTE.feil();
        }
        return pseudoId(nokkel, klientId, foedselsnummer);
    }

    static String pseudoId(byte[] nokkel, String klientId, String foedselsnummer) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(nokkel, "HmacSHA256"));
            // length-prefixed, so no (client, number) pair can be confused with another
            mac.update(ByteBuffer.allocate(4).putInt(klientId.length()).array());
            mac.update(klientId.getBytes(StandardCharsets.UTF_8));
            mac.update(foedselsnummer.getBytes(StandardCharsets.UTF_8));
            ByteBuffer h = ByteBuffer.wrap(mac.doFinal());
            long hi = (h.getLong() & ~0xF000L) | 0x8000L;
            long lo = (h.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
            return new UUID(hi, lo).toString();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every JDK", e);
        }
    }
}

package no.datadeling.infra.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Optional;
import java.util.logging.Logger;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.log.LogSafe;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.IssuerKind;
import no.datadeling.infra.security.TokenRejectedException;
import no.datadeling.infra.security.Tokens;
import no.datadeling.infra.security.ValidatedToken;

/**
 * Finds and checks the consent for a call: an Altinn 2 token from a header (signature verified against the Altinn
 * issuer's keys) or else an Altinn 3 consent in the Maskinporten access token. Every refusal is a
 * {@link SamtykkeAvvistException} (403); the reason goes to the log with the correlation id.
 */
@ApplicationScoped
public class Samtykker {

    private static final Logger LOG = Logger.getLogger(Samtykker.class.getName());

    private Tokens tokens;
    private CallContext callContext;
    Clock clock = Clock.systemUTC();

    @Inject
    Samtykker(Tokens tokens, CallContext callContext) {
        this.tokens = tokens;
        this.callContext = callContext;
    }

    Samtykker() {
        // CDI proxy
    }

    /** A checked consent and the period it allows to disclose. */
    public record Godkjent(Samtykke samtykke, Periode periode) {
    }

    public Godkjent krev(Optional<String> altinn2Token, ValidatedToken tilgang, Foedselsnummer person, SamtykkeKrav krav,
                         Optional<LocalDate> fom, Optional<LocalDate> tom) {
        try {
            Samtykke samtykke = altinn2Token.filter(t -> !t.isBlank()).map(t -> altinn2(t, krav))
                    .or(() -> altinn3(tilgang, krav))
                    .orElseThrow(() -> new SamtykkeAvvistException(Avvisning.MANGLER));
            String konsument = tilgang.consumer()
                    .orElseThrow(() -> ApiException.forbidden("Aksesstokenet mangler konsumentens organisasjonsnummer.")).verdi();
            Periode periode = SamtykkeRegler.kontroller(samtykke, konsument, person.verdi(), fom, tom, clock.instant());
            return new Godkjent(samtykke, periode);
        } catch (SamtykkeAvvistException e) {
            LOG.info(() -> "korrelasjonsid=" + callContext.korrelasjonsid() + " consent refused: " + e.avvisning());
            throw e;
        }
    }

    private Samtykke altinn2(String header, SamtykkeKrav krav) {
        try {
            return SamtykkeRegler.altinn2(tokens.validate(jwt(header), EnumSet.of(IssuerKind.ALTINN)).claims(), krav);
        } catch (TokenRejectedException e) {
            LOG.info(() -> "korrelasjonsid=" + callContext.korrelasjonsid() + " consent token rejected: " + LogSafe.scrub(e.getMessage()));
            throw new SamtykkeAvvistException(switch (e.reason()) {
                case UNTRUSTED_ISSUER, WRONG_KIND -> Avvisning.IKKE_FRA_ALTINN;
                case MALFORMED, INVALID -> Avvisning.UGYLDIG;
            });
        }
    }

    private static Optional<Samtykke> altinn3(ValidatedToken tilgang, SamtykkeKrav krav) {
        Optional<Samtykke> samtykke = SamtykkeRegler.altinn3(tilgang.claims(), krav);
        if (samtykke.isPresent() && tilgang.kind() != IssuerKind.MASKINPORTEN) {
            // Altinn 3 consents are issued through Maskinporten only
            throw new SamtykkeAvvistException(Avvisning.IKKE_FRA_ALTINN);
        }
        return samtykke;
    }

    /**
     * The header holds the JWT itself; NAV's documentation calls it "Base64-kodet", so a token base64-encoded once more
     * is accepted too.
     */
    static String jwt(String header) {
        String h = header.trim();
        if (h.regionMatches(true, 0, "Bearer ", 0, 7)) {
            h = h.substring(7).trim();
        }
        if (h.chars().filter(c -> c == '.').count() == 2) {
            return h;
        }
        try {
            String decoded = new String(Base64.getMimeDecoder().decode(h), StandardCharsets.US_ASCII).trim();
            return decoded.chars().filter(c -> c == '.').count() == 2 ? decoded : h;
        } catch (IllegalArgumentException notBase64) {
            return h;
        }
    }
}

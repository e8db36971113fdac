package no.datadeling.verktoy.control;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.UUID;
import no.datadeling.domain.verktoy.VerktoyOppgave.BehandlerIdType;
import no.datadeling.infra.ident.Foedselsnummer;
import no.datadeling.infra.ident.Organisasjonsnummer;

/**
 * A request to send a tool to a citizen, validated: through the new endpoint (system/verktoy/v2: AvsenderOrgNummer and
 * AvsenderNavn) or the old one (v1/Verktoy: BehandlerHpr, or BehandlerFnr when the HPR number is unknown).
 * Checked in the order a client would fix them: the ids first (VER-000209), then the texts and the deadline.
 */
public record Utsending(Api api, UUID verktoyId, Foedselsnummer innbygger, String avsenderOrgNummer, String avsenderNavn,
                        BehandlerRef behandler, String melding, Optional<LocalDate> fristDato) {

    public static final int MELDING_MAKS = 1500;
    public static final int AVSENDERNAVN_MAKS = 200;

    public enum Api {
        /** POST verktoy/system/verktoy/v2 */
        V2,
        /** POST verktoy/v1/Verktoy */
        V1
    }

    /** The behandler as the old endpoint names them. */
    public record BehandlerRef(BehandlerIdType type, String id) {
    }

    public static Utsending v2(JsonKropp k) {
        UUID verktoy = Guid.kreve(k.tekst("VerktoyId").orElse(null), "VerktoyId");
        Foedselsnummer innbygger = innbygger(k);
        String orgnr = k.tekst("AvsenderOrgNummer").map(String::trim).orElse("");
        if (!Organisasjonsnummer.isValid(orgnr)) {
            throw Feilkode.UGYLDIG_ID.feil("AvsenderOrgNummer");
        }
        String navn = k.tekst("AvsenderNavn").map(String::trim).orElse("");
        if (navn.isEmpty() || navn.length() > AVSENDERNAVN_MAKS) {
            throw Feilkode.ugyldig("AvsenderNavn må angis, med høyst " + AVSENDERNAVN_MAKS + " tegn.");
        }
        return new Utsending(Api.V2, verktoy, innbygger, orgnr, navn, null, melding(k), frist(k));
    }

    public static Utsending v1(JsonKropp k) {
        UUID verktoy = Guid.kreve(k.tekst("VerktoyId").orElse(null), "VerktoyId");
        Foedselsnummer innbygger = innbygger(k);
        Optional<String> hpr = k.tekst("BehandlerHpr").map(String::trim).filter(s -> !s.isEmpty());
        Optional<String> fnr = k.tekst("BehandlerFnr").map(String::trim).filter(s -> !s.isEmpty());
        BehandlerRef behandler;
        if (hpr.isPresent()) {
            // the documentation prefers the HPR number whenever the calling system knows it
            if (!hpr.get().matches("\\d{1,9}")) {
                throw Feilkode.UGYLDIG_ID.feil("BehandlerHpr");
            }
            behandler = new BehandlerRef(BehandlerIdType.HPR, hpr.get());
        } else if (fnr.isPresent()) {
            if (!Foedselsnummer.isValid(fnr.get())) {
                throw Feilkode.UGYLDIG_ID.feil("BehandlerFnr");
            }
            behandler = new BehandlerRef(BehandlerIdType.FNR, fnr.get());
        } else {
            throw Feilkode.UGYLDIG_ID.feil("BehandlerHpr eller BehandlerFnr må angis");
        }
        return new Utsending(Api.V1, verktoy, innbygger, null, null, behandler, melding(k), frist(k));
    }

    private static Foedselsnummer innbygger(JsonKropp k) {
        return k.tekst("InnbyggerFnr").map(String::trim).flatMap(Foedselsnummer::parse)
                .orElseThrow(() -> Feilkode.UGYLDIG_ID.feil("InnbyggerFnr"));
    }

    private static String melding(JsonKropp k) {
        Optional<String> m = k.tekst("Melding").filter(s -> !s.isBlank());
        if (m.isPresent() && m.get().codePointCount(0, m.get().length()) > MELDING_MAKS) {
            throw Feilkode.ugyldig("Melding kan ha høyst " + MELDING_MAKS + " tegn.");
        }
        return m.orElse(null);
    }

    /** FristDato that is not a DateTime cannot be bound: the request is null (VER-000202), as in the real service. */
    private static Optional<LocalDate> frist(JsonKropp k) {
        try {
            return k.tekst("FristDato").filter(s -> !s.isBlank()).map(Frister::fristDato);
        } catch (DateTimeParseException e) {
            throw Feilkode.REQUEST_NULL.feil("FristDato er ikke en gyldig dato");
        }
    }
}

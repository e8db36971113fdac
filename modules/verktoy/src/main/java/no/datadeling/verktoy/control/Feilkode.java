package no.datadeling.verktoy.control;

import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.error.ErrorKind;

/**
 * The Verktøy API's error catalogue as Helsenorge documents it (code, HTTP status, description). Conditions the
 * catalogue does not name are thrown with {@link #ugyldig}, {@link ApiException#forbidden} or
 * {@link ApiException#notFound} and answered with HTTP-&lt;status&gt; (see HelsenorgeErrorFamily).
 */
public enum Feilkode {
    REQUEST_NULL("VER-000202", 400, "Request er null"),
    ENUM_UDEFINERT("VER-000204", 400, "Verdi for enum er ikke definert"),
    SOKEORD_TOMT("VER-000205", 400, "Søkeord er en tom streng eller null"),
    VERKTOY_UKJENT_VED_SENDING("VER-000207", 400, "Finner ikke verktøy med angitt verktøy id"),
    UGYLDIG_ID("VER-000209", 400, "Ugyldig verdi for id"),
    SENDT_AV_SAMME_BEHANDLER("VER-000218", 400, "Verktøy allerede sendt til innbygger av samme behandler"),
    IKKE_DIGITALT_AKTIV("VER-000228", 400, "Innbygger er ikke digitalt aktiv på helsenorge"),
    ALLEREDE_SENDT("VER-000232", 400, "Verktøy allerede sendt"),
    SOKEORD_LENGDE("VER-000254", 400, "Søkeordet er enten for kort eller for lang (må være mellom 3-256 tegn)."),
    IKKE_SENDT_AV_BEHANDLER("VER-000260", 400, "Verktøyet er ikke sendt fra en behandler"),
    INGEN_KOBLING("VER-000261", 400, "Finner ikke kobling mellom verktøy og innbygger"),
    VERKTOY_IKKE_FUNNET("VK-001126", 404, "Fant ingen verktøy med angitt id"),
    UGYLDIG_SIDESTORRELSE("VK-001206", 400, "Ugyldig sidestørrelse ved uthenting av verktøyliste"),
    HELSEPERSONELL_UKJENT("PVF-000239", 400, "Finner ikke helsepersonellinformasjon for angitt HPR-nummer"),
    UNDERLIGGENDE_TJENESTE("PVS-000204", 500, "Feil ved underliggende tjeneste");

    private final String kode;
    private final int status;
    private final String beskrivelse;

    Feilkode(String kode, int status, String beskrivelse) {
        this.kode = kode;
        this.status = status;
        this.beskrivelse = beskrivelse;
    }

    public String kode() {
        return kode;
    }

    public int status() {
        return status;
    }

    public String beskrivelse() {
        return beskrivelse;
    }

    public ApiException feil() {
        return new ApiException(kind(), kode, status, beskrivelse);
    }

    /** The catalogue's description plus which value was wrong (never the value itself: it may be an identity number). */
    public ApiException feil(String detalj) {
        return new ApiException(kind(), kode, status, beskrivelse + ": " + detalj);
    }

    private ErrorKind kind() {
        return switch (status) {
            case 404 -> ErrorKind.NOT_FOUND;
            case 500 -> ErrorKind.BACKEND;
            default -> ErrorKind.INVALID_INPUT;
        };
    }

    /** A validation the documentation states without a code (e.g. Melding over 1500 tegn): 400, HTTP-400. */
    public static ApiException ugyldig(String melding) {
        return ApiException.invalidInput(melding);
    }
}

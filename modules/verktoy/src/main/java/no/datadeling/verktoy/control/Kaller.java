package no.datadeling.verktoy.control;

import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Organisasjonsnummer;
import no.datadeling.infra.security.CallContext;
import no.datadeling.infra.security.ValidatedToken;

/**
 * Who calls, from the verified token: the organisation (HelseID orgnr_parent, with orgnr_child when the client acts
 * for a sub-unit; ID-porten consumer.ID), the API client and the supplier, plus the request's correlation id.
 */
public record Kaller(String organisasjonsnummer, String underenhet, String klientId, String leverandoer, String korrelasjonsid) {

    static final String HELSEID_ORGNR_CHILD = "helseid://claims/client/claims/orgnr_child";
    static final String HELSEID_ORGNR_SUPPLIER = "helseid://claims/client/claims/orgnr_supplier";

    public static Kaller fra(CallContext ctx) {
        ValidatedToken t = ctx.requireToken();
        String org = t.consumer().map(Organisasjonsnummer::verdi)
                .orElseThrow(() -> ApiException.forbidden("Tokenet angir ingen gyldig organisasjon."));
        String child = t.stringClaim(HELSEID_ORGNR_CHILD).filter(Organisasjonsnummer::isValid).orElse(null);
        String supplier = t.supplier().map(Organisasjonsnummer::verdi)
                .or(() -> t.stringClaim(HELSEID_ORGNR_SUPPLIER).filter(Organisasjonsnummer::isValid)).orElse(null);
        return new Kaller(org, child, t.clientId().orElse("ukjent"), supplier, ctx.korrelasjonsid());
    }

    /** Whether the caller acts for this organisation (as the parent organisation or the named sub-unit). */
    public boolean representerer(String orgnr) {
        return orgnr.equals(organisasjonsnummer) || orgnr.equals(underenhet);
    }
}

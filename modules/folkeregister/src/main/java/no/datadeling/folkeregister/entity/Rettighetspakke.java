package no.datadeling.folkeregister.entity;

import java.util.Arrays;
import java.util.Optional;
import java.util.Set;

/**
 * Folkeregisteret's rights packages as this API serves them: each with its Maskinporten scope and what it may see.
 * What a package may not see never leaves the server, whatever {@code part} asks for.
 *
 * <ul>
 *   <li>offentlig-med-hjemmel: everything, with all history; bulk lookups; search by foreign identifiers.</li>
 *   <li>finans-og-begrenset ("begrenset taushetsbelagt"): person-basis and full relations (familierelasjon,
 *       foreldreansvar, vergemål); history only of identifiers, addresses, names and sivilstand; addresses graded up to
 *       fortrolig, never strengt fortrolig.</li>
 *   <li>offentlig-uten-hjemmel (no confidential data): person-basis and vergemål only of the relations; history only
 *       of identifiers, addresses and names; no address that is fortrolig or strengt fortrolig.</li>
 * </ul>
 * Neither of the latter two sees identitetsgrunnlag-utvidet (falsk identitet, legitimasjonsdokument, foreign
 * identifiers), residence permits, the immigration authorities' number or Sámi registrations.
 */
public enum Rettighetspakke {

    OFFENTLIG_MED_HJEMMEL("offentlig-med-hjemmel", "folkeregister:deling/offentligmedhjemmel", Elementer.ALLE, Elementer.ALLE,
            Set.of("ugradert", "klientadresse", "fortrolig", "strengtFortrolig"), true),
    OFFENTLIG_UTEN_HJEMMEL("offentlig-uten-hjemmel", "folkeregister:deling/offentligutenhjemmel",
            Elementer.union(Elementer.PERSON_BASIS, Set.of("vergemaalEllerFremtidsfullmakt", "innflytting", "utflytting",
                    "foedselINorge", "bibehold")),
            Elementer.union(Elementer.ADRESSER, Set.of("identifikasjonsnummer", "navn")),
            Set.of("ugradert", "klientadresse"), false),
    FINANS_OG_BEGRENSET("finans-og-begrenset", "folkeregister:deling/finans",
            Elementer.union(Elementer.PERSON_BASIS, Elementer.RELASJON_UTVIDET, Set.of("innflytting", "utflytting",
                    "foedselINorge", "bibehold")),
            Elementer.union(Elementer.ADRESSER, Set.of("identifikasjonsnummer", "navn", "sivilstand")),
            Set.of("ugradert", "klientadresse", "fortrolig"), false);

    public static final String SCOPE_OFFENTLIG_MED_HJEMMEL = "folkeregister:deling/offentligmedhjemmel";
    public static final String SCOPE_OFFENTLIG_UTEN_HJEMMEL = "folkeregister:deling/offentligutenhjemmel";
    public static final String SCOPE_FINANS = "folkeregister:deling/finans";
    /** For a JAX-RS path template: only these are served; any other package name is an unknown URL. */
    public static final String STIMOENSTER = "offentlig-med-hjemmel|offentlig-uten-hjemmel|finans-og-begrenset";

    private final String navn;
    private final String scope;
    private final Set<String> synlige;
    private final Set<String> medHistorikk;
    private final Set<String> adressegraderinger;
    private final boolean utvidet;

    Rettighetspakke(String navn, String scope, Set<String> synlige, Set<String> medHistorikk, Set<String> adressegraderinger,
                    boolean utvidet) {
        this.navn = navn;
        this.scope = scope;
        this.synlige = synlige;
        this.medHistorikk = medHistorikk;
        this.adressegraderinger = adressegraderinger;
        this.utvidet = utvidet;
    }

    public static Optional<Rettighetspakke> fraNavn(String navn) {
        return Arrays.stream(values()).filter(p -> p.navn.equals(navn)).findFirst();
    }

    /** As in the URL and in the grants table. */
    public String navn() {
        return navn;
    }

    public String scope() {
        return scope;
    }

    /** Top-level elements of the person document this package may ever receive. */
    public boolean kanSe(String element) {
        return synlige.contains(element);
    }

    /** Whether the package may receive values that are no longer current (erGjeldende=false) of this element. */
    public boolean kanSeHistorikk(String element) {
        return medHistorikk.contains(element);
    }

    /** Whether an address with this adressegradering may be delivered to (or searched by) the package. */
    public boolean kanSeAdresse(String adressegradering) {
        return adressegraderinger.contains(adressegradering);
    }

    /** Bulk lookups and searches by foreign identifiers, passports and DUF numbers: offentlig-med-hjemmel only. */
    public boolean harUtvidetTilgang() {
        return utvidet;
    }
}

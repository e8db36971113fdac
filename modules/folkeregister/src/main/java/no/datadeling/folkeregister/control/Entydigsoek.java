package no.datadeling.folkeregister.control;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;
import no.datadeling.infra.ident.Foedselsnummer;

/**
 * An entydig søk (unique search), validated: at least one identifying value (identifikasjonsnummer,
 * utenlandskpersonidentifikasjon, legitimasjonsdokument, utlendingsmyndighetenesIdentifikasjonsnummer) and at
 * least one non-identifying one (navn, adressenavn, husnummer, or foedselsdato unless identifikasjonsnummer is
 * given). Foreign identifiers, passports and DUF numbers are offentlig-med-hjemmel only. postnummer narrows further.
 */
public final class Entydigsoek {

    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.ofPattern("uuuuMMdd").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LAND_OG_NUMMER = Pattern.compile("([A-Z]{3})-([0-9A-Za-z][0-9A-Za-z\\-/]{0,48})");
    private static final Pattern HUSNUMMER = Pattern.compile("([0-9]{1,4})([A-Za-zæøåÆØÅ]?)");
    private static final Pattern POSTNUMMER = Pattern.compile("[0-9]{4}");
    private static final Pattern DUF = Pattern.compile("[0-9]{12}");

    /** One identifying value: the identifier type as stored (folkeregister_identifikator) and the value. */
    public record Identifikator(String type, String verdi) {
    }

    private final List<Identifikator> identifikatorer = new ArrayList<>();
    private LocalDate foedselsdato;
    private List<String> navneord;
    private String adressenavn;
    private String husnummer;
    private String husbokstav;
    private String postnummer;
    private boolean fonetisk;

    public static Entydigsoek av(Rettighetspakke pakke, String identifikasjonsnummer, String utenlandskpersonidentifikasjon,
                                 String legitimasjonsdokument, String duf, String foedselsdato, String navn, String postnummer,
                                 String adressenavn, String husnummer, String soekFonetisk) {
        Entydigsoek s = new Entydigsoek();
        if (oppgitt(identifikasjonsnummer)) {
            Foedselsnummer fnr = Foedselsnummer.parse(identifikasjonsnummer.trim())
                    .orElseThrow(() -> ApiException.invalidInput("identifikasjonsnummer er ikke et gyldig fødsels- eller D-nummer."));
            s.identifikatorer.add(new Identifikator("folkeregisteridentifikator", fnr.verdi()));
        }
        boolean utvidet = oppgitt(utenlandskpersonidentifikasjon) || oppgitt(legitimasjonsdokument) || oppgitt(duf);
        if (utvidet && !pakke.harUtvidetTilgang()) {
            throw ApiException.forbidden("Søk på utenlandsk personidentifikasjon, legitimasjonsdokument og DUF-nummer er bare"
                    + " tilgjengelig i rettighetspakken offentlig-med-hjemmel.");
        }
        if (oppgitt(utenlandskpersonidentifikasjon)) {
            s.identifikatorer.add(new Identifikator("utenlandskPersonidentifikasjon",
                    landOgNummer(utenlandskpersonidentifikasjon, "utenlandskpersonidentifikasjon", "ARG-8766523769")));
        }
        if (oppgitt(legitimasjonsdokument)) {
            s.identifikatorer.add(new Identifikator("legitimasjonsdokument",
                    landOgNummer(legitimasjonsdokument, "legitimasjonsdokument", "DNK-7545367")));
        }
        if (oppgitt(duf)) {
            if (!DUF.matcher(duf.trim()).matches()) {
                throw ApiException.invalidInput("utlendingsmyndighetenesIdentifikasjonsnummer må være 12 siffer.");
            }
            s.identifikatorer.add(new Identifikator("utlendingsmyndighetenesIdentifikasjonsnummer", duf.trim()));
        }
        if (s.identifikatorer.isEmpty()) {
            throw ApiException.invalidInput("Entydig søk krever minst én identifiserende opplysning: identifikasjonsnummer,"
                    + " utenlandskpersonidentifikasjon, legitimasjonsdokument eller utlendingsmyndighetenesIdentifikasjonsnummer.");
        }
        s.lesIkkeIdentifiserende(foedselsdato, navn, postnummer, adressenavn, husnummer, soekFonetisk);
        boolean medIdnr = oppgitt(identifikasjonsnummer);
        if (s.navneord == null && s.adressenavn == null && s.husnummer == null && (medIdnr || s.foedselsdato == null)) {
            throw ApiException.invalidInput("Entydig søk krever også én ikke-identifiserende opplysning: navn, adressenavn, husnummer"
                    + " eller foedselsdato (foedselsdato teller ikke sammen med identifikasjonsnummer).");
        }
        return s;
    }

    private void lesIkkeIdentifiserende(String dato, String navn, String post, String adresse, String hus, String soekFonetisk) {
        if (oppgitt(dato)) {
            try {
                foedselsdato = LocalDate.parse(dato.trim(), YYYYMMDD);
            } catch (DateTimeParseException e) {
                throw ApiException.invalidInput("foedselsdato må være en dato på formen ÅÅÅÅMMDD.");
            }
        }
        if (oppgitt(soekFonetisk)) {
            if (!Set.of("true", "false").contains(soekFonetisk.trim())) {
                throw ApiException.invalidInput("soekFonetisk må være true eller false.");
            }
            fonetisk = "true".equals(soekFonetisk.trim());
        }
        if (oppgitt(navn)) {
            navneord = ord(navn);
            if (navneord.isEmpty() || navneord.stream().anyMatch(o -> o.length() > 200)) {
                throw ApiException.invalidInput("navn må være ett eller flere hele ord fra personnavnet.");
            }
        }
        if (oppgitt(adresse)) {
            adressenavn = adresse.trim().toUpperCase(Locale.ROOT);
            if (adressenavn.length() < 3 || adressenavn.length() > 200) {
                throw ApiException.invalidInput("adressenavn må ha minst 3 tegn fra begynnelsen av gatenavnet.");
            }
        }
        if (oppgitt(hus)) {
            Matcher m = HUSNUMMER.matcher(hus.trim());
            if (!m.matches()) {
                throw ApiException.invalidInput("husnummer må være et tall med eller uten bokstav, f.eks. 10B.");
            }
            husnummer = Integer.toString(Integer.parseInt(m.group(1)));
            husbokstav = m.group(2).isEmpty() ? null : m.group(2).toUpperCase(Locale.ROOT);
        }
        if (oppgitt(post)) {
            if (!POSTNUMMER.matcher(post.trim()).matches()) {
                throw ApiException.invalidInput("postnummer må være fire siffer.");
            }
            postnummer = post.trim();
        }
    }

    private static String landOgNummer(String verdi, String parameter, String eksempel) {
        Matcher m = LAND_OG_NUMMER.matcher(verdi.trim());
        if (!m.matches()) {
            throw ApiException.invalidInput(parameter + " må være landkode (ISO 3166 alfa-3) og nummer, f.eks. " + eksempel + ".");
        }
        return m.group(1) + "-" + m.group(2);
    }

    private static boolean oppgitt(String s) {
        return s != null && !s.isBlank();
    }

    static List<String> ord(String navn) {
        return Arrays.stream(navn.trim().toUpperCase(Locale.ROOT).split("[\\s,]+")).filter(o -> !o.isEmpty()).toList();
    }

    public List<Identifikator> identifikatorer() {
        return List.copyOf(identifikatorer);
    }

    /** Whether a person matches every non-identifying value given; an address the package may not see never matches. */
    public boolean passer(Persondokumentlager.Soekerad p, Rettighetspakke pakke) {
        if (foedselsdato != null && !foedselsdato.equals(p.foedselsdato())) {
            return false;
        }
        if (navneord != null && !harOrdene(p.navn())) {
            return false;
        }
        boolean adressekrav = adressenavn != null || husnummer != null || postnummer != null;
        if (adressekrav && (p.adressegradering() == null || !pakke.kanSeAdresse(p.adressegradering()))) {
            return false;
        }
        if (adressenavn != null && (p.adressenavn() == null || !p.adressenavn().toUpperCase(Locale.ROOT).startsWith(adressenavn))) {
            return false;
        }
        if (husnummer != null && (!husnummer.equals(p.husnummer())
                || (husbokstav != null && !husbokstav.equalsIgnoreCase(String.valueOf(p.husbokstav()))))) {
            return false;
        }
        return postnummer == null || postnummer.equals(p.postnummer());
    }

    private boolean harOrdene(String navn) {
        Set<String> personensOrd = ord(navn).stream().map(o -> fonetisk ? Fonetikk.noekkel(o) : o).collect(Collectors.toSet());
        return navneord.stream().map(o -> fonetisk ? Fonetikk.noekkel(o) : o).allMatch(personensOrd::contains);
    }
}

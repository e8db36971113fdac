package no.datadeling.folkeregister.entity;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.domain.folkeregister.Persondokumenttekst;
import no.datadeling.domain.folkeregister.xml.Folkeregisterperson;

/** The person document's top-level elements, grouped as Folkeregisteret's data minimisation names them. */
public final class Elementer {

    /** Every top-level element, in document order (from our XSD). */
    public static final List<String> ALLE_I_REKKEFOELGE = JaxbJson.klasse(Folkeregisterperson.class).navn();
    public static final Set<String> ALLE = Set.copyOf(ALLE_I_REKKEFOELGE);

    /** {@code part=person-basis}, the default (dataminimering: "person-basis"). */
    public static final Set<String> PERSON_BASIS = Persondokumenttekst.PERSON_BASIS;
    /** {@code part=identitetsgrunnlag-utvidet}. */
    public static final Set<String> IDENTITETSGRUNNLAG_UTVIDET = Set.of("falskIdentitet", "legitimasjonsdokument",
            "utenlandskPersonidentifikasjon");
    /** {@code part=relasjon-utvidet}. */
    public static final Set<String> RELASJON_UTVIDET = Set.of("familierelasjon", "foreldreansvar", "vergemaalEllerFremtidsfullmakt");
    /** Elements that hold an address (and its adressegradering). */
    public static final Set<String> ADRESSER = Set.of("bostedsadresse", "oppholdsadresse", "deltBosted", "postadresse",
            "postadresseIUtlandet", "preferertKontaktadresse");

    private Elementer() {
    }

    @SafeVarargs
    static Set<String> union(Set<String>... sett) {
        Set<String> alle = new HashSet<>();
        for (Set<String> s : sett) {
            alle.addAll(s);
        }
        return Set.copyOf(alle);
    }
}

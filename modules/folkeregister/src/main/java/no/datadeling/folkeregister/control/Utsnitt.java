package no.datadeling.folkeregister.control;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import no.datadeling.domain.folkeregister.Persondokumenttekst;
import no.datadeling.folkeregister.entity.Elementer;
import no.datadeling.folkeregister.entity.Rettighetspakke;
import no.datadeling.infra.error.ApiException;

/**
 * Data minimisation: which part of a person document a request gets. {@code part} (repeatable) names
 * person-basis (the default), historikk, identitetsgrunnlag-utvidet, relasjon-utvidet or any top-level element;
 * identifikasjonsnummer always comes. The rights package then removes what it may not see: elements, values that are
 * no longer current, addresses above its clearance. An unknown part is a 400.
 */
public final class Utsnitt implements Persondokumenttekst.Utvalg {

    private static final boolean[] ADRESSE = per(Elementer.ADRESSER::contains);

    public static final String PERSON_BASIS = "person-basis";
    public static final String HISTORIKK = "historikk";
    public static final String IDENTITETSGRUNNLAG_UTVIDET = "identitetsgrunnlag-utvidet";
    public static final String RELASJON_UTVIDET = "relasjon-utvidet";

    /** Per element ordinal ({@link Persondokumenttekst#ELEMENTER}): whether it is in the cut, and its history too. */
    private final boolean[] medElement;
    private final boolean[] medHistorikk;
    /** Per adressegradering code (0 = none): whether the package may see an address with it. */
    private final boolean[] synligGradering;
    private final boolean iBasis;

    private Utsnitt(Rettighetspakke pakke, Set<String> elementer, boolean historikk) {
        this.medElement = per(elementer::contains);
        this.medHistorikk = per(e -> historikk && elementer.contains(e) && pakke.kanSeHistorikk(e));
        boolean noenHistorikk = false;
        for (boolean h : medHistorikk) {
            noenHistorikk |= h;
        }
        this.iBasis = Persondokumenttekst.PERSON_BASIS.containsAll(elementer) && !noenHistorikk;
        this.synligGradering = new boolean[Persondokumenttekst.GRADERINGER.size() + 1];
        synligGradering[0] = true;
        for (int i = 1; i < synligGradering.length; i++) {
            synligGradering[i] = pakke.kanSeAdresse(Persondokumenttekst.GRADERINGER.get(i - 1));
        }
    }

    private static boolean[] per(Predicate<String> sant) {
        boolean[] ut = new boolean[Persondokumenttekst.ELEMENTER.size()];
        for (int i = 0; i < ut.length; i++) {
            ut[i] = sant.test(Persondokumenttekst.ELEMENTER.get(i));
        }
        return ut;
    }

    public static Utsnitt av(Rettighetspakke pakke, List<String> part) {
        Set<String> elementer = new HashSet<>();
        elementer.add("identifikasjonsnummer");
        boolean historikk = false;
        boolean noeValgt = false;
        for (String p : part == null ? List.<String>of() : part) {
            if (p == null || p.isBlank()) {
                continue;
            }
            switch (p) {
                case PERSON_BASIS -> elementer.addAll(Elementer.PERSON_BASIS);
                case IDENTITETSGRUNNLAG_UTVIDET -> elementer.addAll(Elementer.IDENTITETSGRUNNLAG_UTVIDET);
                case RELASJON_UTVIDET -> elementer.addAll(Elementer.RELASJON_UTVIDET);
                case HISTORIKK -> historikk = true;
                default -> {
                    if (!Elementer.ALLE.contains(p)) {
                        throw ApiException.invalidInput("Ukjent verdi for part: " + kort(p) + ". Gyldige verdier er person-basis,"
                                + " historikk, identitetsgrunnlag-utvidet, relasjon-utvidet og navnet på et element i persondokumentet.");
                    }
                    elementer.add(p);
                }
            }
            noeValgt |= !HISTORIKK.equals(p);
        }
        if (!noeValgt) {
            elementer.addAll(Elementer.PERSON_BASIS);
        }
        elementer.removeIf(e -> !pakke.kanSe(e));
        return new Utsnitt(pakke, Set.copyOf(elementer), historikk);
    }

    private static String kort(String s) {
        String r = s.length() > 60 ? s.substring(0, 60) + "..." : s;
        return r.replaceAll("[^\\p{L}\\p{N}\\-_. ]", "?");
    }

    /** Whether the person-basis cut stored beside the current version ({@link Persondokumenttekst#BASIS}) holds all this cut needs. */
    public boolean iBasis() {
        return iBasis;
    }

    @Override
    public boolean element(int element) {
        return medElement[element];
    }

    @Override
    public boolean historikk(int element) {
        return medHistorikk[element];
    }

    /** Only an address's own adressegradering limits it (ADRESSER); a package without clearance never gets it. */
    @Override
    public boolean gradering(int element, int gradering) {
        return !ADRESSE[element] || synligGradering[gradering];
    }
}

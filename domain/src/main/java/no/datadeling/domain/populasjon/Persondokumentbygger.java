package no.datadeling.domain.populasjon;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import no.datadeling.domain.folkeregister.JaxbJson;
import no.datadeling.domain.folkeregister.Persondokumenttekst;
import no.datadeling.domain.folkeregister.xml.Folkeregisterperson;
import no.datadeling.domain.folkeregister.xml.Registermetadata;

/**
 * Collects a person's registrations (opplysninger) with when each was registered and when it stopped being the
 * current value, and renders the person document as it read after every change: one version per distinct
 * registration time. In a version, a value replaced by then has {@code erGjeldende=false}, its
 * {@code opphoerstidspunkt}, and the replacement's time as {@code ajourholdstidspunkt} (as the register shows them);
 * a value registered later is not there at all.
 */
final class Persondokumentbygger {

    /** One registration. {@code endret} is null while it is current. */
    static final class Opplysning {
        final String element;
        final Registermetadata verdi;
        final OffsetDateTime registrert;
        final OffsetDateTime gyldig;
        final String kilde;
        final String aarsak;
        OffsetDateTime endret;
        OffsetDateTime opphoer;

        Opplysning(String element, Registermetadata verdi, OffsetDateTime registrert, OffsetDateTime gyldig, String kilde,
                   String aarsak) {
            this.element = element;
            this.verdi = verdi;
            this.registrert = registrert;
            this.gyldig = gyldig;
            this.kilde = kilde;
            this.aarsak = aarsak;
        }
    }

    record Versjon(int nummer, OffsetDateTime tidspunkt, Persondokumenttekst dokument) {
    }

    private static final JaxbJson.Klasse PERSON = JaxbJson.klasse(Folkeregisterperson.class);
    private static final Comparator<Opplysning> REKKEFOELGE = Comparator
            .comparing((Opplysning o) -> o.endret != null)
            .thenComparing(o -> o.gyldig, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(o -> o.registrert, Comparator.reverseOrder());

    private final OffsetDateTime migrert;
    private final List<Opplysning> opplysninger = new ArrayList<>();

    /** {@code migrert}: when the person's data came over from the old register (DSF), or null if registered later. */
    Persondokumentbygger(OffsetDateTime migrert) {
        this.migrert = migrert;
    }

    Opplysning legg(String element, Registermetadata verdi, OffsetDateTime registrert, OffsetDateTime gyldig, String kilde,
                    String aarsak) {
        if (PERSON.typeFor(element) == null) {
            throw new IllegalArgumentException("no such element " + element);
        }
        Opplysning o = new Opplysning(element, verdi, registrert, gyldig, kilde, aarsak);
        opplysninger.add(o);
        return o;
    }

    /** The value stopped being current: replaced (registered {@code endret}), valid until {@code opphoer}. */
    static void avslutt(Opplysning o, OffsetDateTime endret, OffsetDateTime opphoer) {
        o.endret = endret.isBefore(o.registrert) ? o.registrert : endret;
        o.opphoer = opphoer;
    }

    List<Opplysning> opplysninger() {
        return opplysninger;
    }

    List<Versjon> versjoner() {
        TreeSet<OffsetDateTime> tider = new TreeSet<>();
        for (Opplysning o : opplysninger) {
            tider.add(o.registrert);
            if (o.endret != null) {
                tider.add(o.endret);
            }
        }
        List<Versjon> out = new ArrayList<>();
        for (OffsetDateTime t : tider) {
            out.add(new Versjon(out.size() + 1, t, dokument(t)));
        }
        return out;
    }

    private Persondokumenttekst dokument(OffsetDateTime t) {
        Map<String, List<Opplysning>> etterElement = new LinkedHashMap<>();
        for (Opplysning o : opplysninger) {
            if (!o.registrert.isAfter(t)) {
                etterElement.computeIfAbsent(o.element, k -> new ArrayList<>()).add(o);
            }
        }
        Persondokumenttekst.Bygger dokument = new Persondokumenttekst.Bygger();
        for (String element : PERSON.navn()) {
            List<Opplysning> liste = etterElement.get(element);
            if (liste == null) {
                continue;
            }
            liste.sort(Comparator.comparing((Opplysning o) -> o.endret != null && !o.endret.isAfter(t)).thenComparing(REKKEFOELGE));
            boolean gjentas = PERSON.gjentas(element);
            for (Opplysning o : gjentas ? liste : liste.subList(0, 1)) {
                Registermetadata v = metadata(o, t);
                dokument.verdi(element, gjentas, JaxbJson.tilJsonBytes(v), Boolean.TRUE.equals(v.isErGjeldende()),
                        JaxbJson.tekstverdi(v, "adressegradering"));
            }
        }
        return dokument.bygg();
    }

    /** Sets the registermetadata as it reads at {@code t} (the JAXB object is shared between versions). */
    private Registermetadata metadata(Opplysning o, OffsetDateTime t) {
        boolean gjeldende = o.endret == null || o.endret.isAfter(t);
        Registermetadata v = o.verdi;
        v.setErGjeldende(gjeldende);
        v.setAjourholdstidspunkt(gjeldende ? o.registrert : o.endret);
        v.setGyldighetstidspunkt(o.gyldig);
        v.setOpphoerstidspunkt(gjeldende ? null : o.opphoer);
        v.setKilde(o.kilde);
        boolean fraDsf = o.registrert.equals(migrert);
        v.setAarsak(fraDsf ? (o.endret != null && o.endret.equals(migrert) ? "Historisk" : "Grunnbefolkning") : o.aarsak);
        return v;
    }
}

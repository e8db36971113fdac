package no.datadeling.domain.populasjon;

import static no.datadeling.domain.populasjon.Livsfakta.INGEN;
import static no.datadeling.domain.populasjon.Livsfakta.mellom;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import no.datadeling.domain.folkeregister.xml.Personnavn;

/**
 * What the three history builders of one person share: the person, the document being built, and when things were
 * registered. An event on a day is registered that day or up to three days later during office hours, at the same
 * instant in every document it touches (a child's birth in the child's and both parents' documents); anything
 * before the person's first registration is registered with it (the DSF migration, an immigration, a D-number).
 */
final class Historikk {

    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    static final String DSF = "KILDE_DSF";

    final Folkeregister reg;
    final Livsfakta f;
    final Familier fam;
    final Husholdninger hus;
    final SyntetiskPerson p;
    final int i;
    final int ref = (int) Populasjon.REFERANSEDATO.toEpochDay();
    final OffsetDateTime start;
    final boolean migrert;
    final Persondokumentbygger bygger;
    final List<Folkeregister.Identifikator> identifikatorer = new ArrayList<>();
    String soekAdressenavn;
    String soekHusnummer;
    String soekHusbokstav;
    String soekPostnummer;
    String soekGradering;

    Historikk(Folkeregister reg, SyntetiskPerson p) {
        this.reg = reg;
        this.f = reg.f;
        this.fam = reg.fam;
        this.hus = reg.hus;
        this.p = p;
        this.i = p.nummer();
        int foerst = foersteDag();
        this.migrert = foerst < (int) Folkeregister.MIGRERINGSDATO.toEpochDay();
        this.start = migrert ? migreringstidspunkt() : hendelse(foerst, foersteHendelse(), i);
        this.bygger = new Persondokumentbygger(migrert ? start : null);
    }

    /** The event type of the first registration, so that event's other registrations share the start instant. */
    String foersteHendelse() {
        if (f.dnr[i] || tidligereDTildelt() != INGEN) {
            return "dnummer";
        }
        return innvandrer() ? "innflytting" : "foedsel";
    }

    /** The day the person entered the register: D-number, an earlier D-number, immigration or birth. */
    int foersteDag() {
        if (f.dnr[i]) {
            return dTildelt();
        }
        int tidligereD = tidligereDTildelt();
        return tidligereD != INGEN ? tidligereD : hus.ankomst(i);
    }

    /** Spread over the migration night, a few milliseconds apart, in person order. */
    private OffsetDateTime migreringstidspunkt() {
        return Folkeregister.MIGRERINGSDATO.atTime(1, 0).atZone(OSLO).toOffsetDateTime().plusNanos(i * 31_000_000L + 123_000L);
    }

    /** The instant an event of {@code type} about {@code noekkel} on {@code dag} was registered (not before the person's start). */
    OffsetDateTime registrert(int dag, String type, long noekkel) {
        if (dag < (int) Folkeregister.MIGRERINGSDATO.toEpochDay()) {
            return start;
        }
        OffsetDateTime t = hendelse(dag, type, noekkel);
        return t.isBefore(start) ? start : t;
    }

    private OffsetDateTime hendelse(int dag, String type, long noekkel) {
        SplittableRandom r = reg.pop.random("folkeregister-registrering-" + type, Long.hashCode(noekkel));
        int d = Math.max(dag, Math.min(dag + r.nextInt(4), ref - 1));
        LocalTime tid = LocalTime.of(7, 0).plusSeconds(r.nextInt(10 * 3600)).plusNanos(r.nextInt(1_000_000) * 1000L);
        return LocalDateTime.of(LocalDate.ofEpochDay(d), tid).atZone(OSLO).toOffsetDateTime();
    }

    static OffsetDateTime gyldig(int dag) {
        return LocalDate.ofEpochDay(dag).atStartOfDay(OSLO).toOffsetDateTime();
    }

    static LocalDate dato(int dag) {
        return LocalDate.ofEpochDay(dag);
    }

    /** Migrated data names the old register as its source. */
    String kilde(OffsetDateTime registrert, String ellers) {
        return migrert && registrert.equals(start) ? DSF : ellers;
    }

    /** Adds a registration for an event on {@code dag} ({@code type}/{@code noekkel} identify the event). */
    Persondokumentbygger.Opplysning legg(String element, no.datadeling.domain.folkeregister.xml.Registermetadata verdi,
                                         int dag, String type, long noekkel, String kilde, String aarsak) {
        OffsetDateTime t = registrert(dag, type, noekkel);
        return bygger.legg(element, verdi, t, gyldig(dag), kilde(t, kilde), aarsak);
    }

    /** Ends {@code o} by the event on {@code dag}. */
    void avslutt(Persondokumentbygger.Opplysning o, int dag, String type, long noekkel) {
        Persondokumentbygger.avslutt(o, registrert(dag, type, noekkel), gyldig(dag));
    }

    /**
     * Registers values that replace each other in turn (statuses, sivilstand, addresses): each {@link Endring} ends
     * the one before it.
     */
    record Endring(int dag, String type, long noekkel, no.datadeling.domain.folkeregister.xml.Registermetadata verdi,
                   String kilde, String aarsak) {
    }

    Persondokumentbygger.Opplysning kjede(String element, List<Endring> endringer) {
        Persondokumentbygger.Opplysning forrige = null;
        for (Endring e : endringer) {
            Persondokumentbygger.Opplysning o = legg(element, e.verdi(), e.dag(), e.type(), e.noekkel(), e.kilde(), e.aarsak());
            if (forrige != null) {
                Persondokumentbygger.avslutt(forrige, o.registrert, o.gyldig);
            }
            forrige = o;
        }
        return forrige;
    }

    // ---- D-numbers -------------------------------------------------------------------------------------------------

    /** When a D-number person got the number: as an adult, from 2005 on. */
    int dTildelt() {
        SplittableRandom r = reg.pop.random("folkeregister-dnummer", i);
        int fra = Math.max(Familier.plusAar(f.foedt[i], 18), (int) LocalDate.of(2005, 1, 1).toEpochDay());
        return mellom(Math.min(fra, ref - 3), ref - 3, r);
    }

    /** When an inaktiv D-number stopped being in use (a year or more after it was given), else INGEN. */
    int dInaktiv() {
        if (!"inaktiv".equals(p.personstatus())) {
            return INGEN;
        }
        int tildelt = dTildelt();
        return mellom(Math.min(tildelt + 365, ref - 2), ref - 2, reg.pop.random("folkeregister-inaktiv", i));
    }

    /** Half the immigrants since 2000 had a D-number first; INGEN for the others. */
    int tidligereDTildelt() {
        if (tidligereDnummer(reg, i) == null) {
            return INGEN;
        }
        SplittableRandom r = reg.pop.random("folkeregister-tidligere-dnummer", i);
        int kom = f.innflyttet[i];
        return Math.max(Math.max(f.foedt[i] + 1, kom - 30 - r.nextInt(700)), (int) LocalDate.of(1995, 1, 1).toEpochDay());
    }

    static String tidligereDnummer(Folkeregister reg, int i) {
        Livsfakta f = reg.f;
        if (f.dnr[i] || f.innflyttet[i] == INGEN || f.innflyttet[i] < (int) LocalDate.of(2000, 1, 1).toEpochDay()
                || f.innflyttet[i] - f.foedt[i] < 40
                || reg.pop.random("folkeregister-tidligere-dnummer-valg", i).nextInt(100) >= 50) {
            return null;
        }
        return Folkeregister.dVariant(f.foedselsnummer(i));
    }

    /** The country a foreign-born person or D-number holder belongs to; a doublet shares its original's. */
    Stedsdata.Land land() {
        return landFor(reg.dublettAv.getOrDefault(i, i));
    }

    Stedsdata.Land landFor(int j) {
        if (f.land[j] >= 0) {
            return Stedsdata.LAND.get(f.land[j]);
        }
        return Stedsdata.velg(Stedsdata.LAND, reg.pop.random("folkeregister-land", j));
    }

    boolean innvandrer() {
        return f.innflyttet[i] != INGEN;
    }

    // ---- names and search ------------------------------------------------------------------------------------------

    static String store(String s) {
        return s == null ? null : s.toUpperCase(Locale.ROOT);
    }

    Personnavn personnavn(int j) {
        Personnavn n = new Personnavn();
        n.setFornavn(store(f.fornavn(j)));
        n.setMellomnavn(store(f.mellomnavn(j)));
        n.setEtternavn(store(f.etternavn(j)));
        return n;
    }

    Folkeregister.Soekedata soekedata() {
        String navn = store(p.fornavn() + (p.mellomnavn() == null ? "" : " " + p.mellomnavn()) + " " + p.etternavn());
        return new Folkeregister.Soekedata(navn, soekAdressenavn, soekHusnummer, soekHusbokstav, soekPostnummer, soekGradering);
    }
}

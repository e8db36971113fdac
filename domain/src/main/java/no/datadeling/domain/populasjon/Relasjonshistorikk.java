package no.datadeling.domain.populasjon;

import static no.datadeling.domain.populasjon.Historikk.dato;
import static no.datadeling.domain.populasjon.Livsfakta.INGEN;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.datadeling.domain.folkeregister.xml.Familierelasjon;
import no.datadeling.domain.folkeregister.xml.Familierelasjontype;
import no.datadeling.domain.folkeregister.xml.Foreldreansvar;
import no.datadeling.domain.folkeregister.xml.Foreldreansvarstype;
import no.datadeling.domain.folkeregister.xml.Sivilstand;
import no.datadeling.domain.folkeregister.xml.Sivilstandstype;
import no.datadeling.domain.folkeregister.xml.Tjenesteomraade;
import no.datadeling.domain.folkeregister.xml.VergeRepresentantEllerFullmektig;
import no.datadeling.domain.folkeregister.xml.VergemaalRepresentasjonEllerFremtidsfullmakt;
import no.datadeling.domain.folkeregister.xml.Vergemaalsomfang;
import no.datadeling.domain.folkeregister.xml.Vergemaaltype;

/**
 * Sivilstand, family relations, parental responsibility and vergemål of one person. Every relation is derived from
 * {@link Familier} and registered at the instant of the event that made it, so both sides carry it from the same
 * version on (a child's birth is in the child's and in both parents' documents).
 */
final class Relasjonshistorikk {

    private final Historikk h;
    private final Livsfakta f;
    private final Familier fam;
    private final int i;

    Relasjonshistorikk(Historikk h) {
        this.h = h;
        this.f = h.f;
        this.fam = h.fam;
        this.i = h.i;
    }

    void bygg() {
        sivilstand();
        familierelasjoner();
        foreldreansvar();
        vergemaal();
    }

    private void sivilstand() {
        List<Historikk.Endring> endringer = new ArrayList<>();
        if (f.dnr[i]) {
            endringer.add(new Historikk.Endring(h.foersteDag(), "dnummer", i, sivilstand(Sivilstandstype.UOPPGITT, INGEN, -1),
                    "skatteetaten", "Tildele d-nummer"));
            h.kjede("sivilstand", endringer);
            return;
        }
        endringer.add(new Historikk.Endring(f.foedt[i], "foedsel", i, sivilstand(Sivilstandstype.UGIFT, f.foedt[i], -1),
                "forelder", "Fødsel"));
        int p = fam.partner[i];
        if (p >= 0) {
            long par = Math.min(i, p);
            Sivilstand gift = sivilstand(Sivilstandstype.GIFT, fam.vigsel[i], p);
            vigselssted(gift, p);
            endringer.add(new Historikk.Endring(fam.vigsel[i], "vigsel", par, gift, "skatteetaten", "Inngått ekteskap"));
            boolean enke = f.doed[p] != INGEN && fam.gift(i, f.doed[p]) && f.levende(i, f.doed[p]);
            if (fam.separasjon[i] != INGEN) {
                endringer.add(new Historikk.Endring(fam.separasjon[i], "separasjon", par,
                        sivilstand(Sivilstandstype.SEPARERT, fam.separasjon[i], p), "statsforvalteren", "Separasjon"));
                endringer.add(new Historikk.Endring(fam.skilsmisse[i], "skilsmisse", par,
                        sivilstand(Sivilstandstype.SKILT, fam.skilsmisse[i], p), "statsforvalteren", "Skilsmisse"));
            } else if (enke) {
                endringer.add(new Historikk.Endring(f.doed[p], "doed", p,
                        sivilstand(Sivilstandstype.ENKE_ELLER_ENKEMANN, f.doed[p], p), "skatteetaten", "Dødsfall"));
            }
        }
        h.kjede("sivilstand", endringer);
    }

    private Sivilstand sivilstand(Sivilstandstype type, int dato, int relatert) {
        Sivilstand s = new Sivilstand();
        s.setSivilstand(type);
        if (dato != INGEN) {
            s.setSivilstandsdato(dato(dato));
        }
        if (relatert >= 0) {
            s.setRelatertVedSivilstand(f.foedselsnummer(relatert));
        }
        return s;
    }

    /** Where and by whom the couple was married: the same for both spouses (the couple's own random stream). */
    private void vigselssted(Sivilstand gift, int p) {
        int dag = fam.vigsel[i];
        if (!f.iNorge(i, dag) || !f.iNorge(p, dag)) {
            int utenlands = f.iNorge(i, dag) ? p : i;
            gift.setUtland(f.land[utenlands] >= 0 ? Stedsdata.LAND.get(f.land[utenlands]).alfa3() : "SWE");
            return;
        }
        SplittableRandom r = h.reg.pop.random("folkeregister-vigsel", Math.min(i, p));
        Stedsdata.Poststed sted = Stedsdata.velg(Stedsdata.POSTSTEDER, r);
        String by = Stedsdata.poststedFor(sted.kommunenummer());
        int x = r.nextInt(100);
        gift.setMyndighet(x < 45 ? "DEN_NORSKE_KIRKE" : dag >= (int) java.time.LocalDate.of(2018, 1, 1).toEpochDay() ? "ANSATT_I_KOMMUNE" : "NOTARIUS_PUBLICUS");
        gift.setKommune(sted.kommunenummer());
        gift.setSted(x < 45 ? by + " kirke" : by + " rådhus");
    }

    private void familierelasjoner() {
        if (f.dnr[i]) {
            return;
        }
        for (int forelder : new int[] {fam.mor[i], fam.far[i]}) {
            if (forelder >= 0) {
                Familierelasjontype rolle = forelder == fam.mor[i] ? Familierelasjontype.MOR : Familierelasjontype.FAR;
                h.legg("familierelasjon", relasjon(forelder, rolle, Familierelasjontype.BARN), f.foedt[i], "foedsel", i,
                        "forelder", rolle == Familierelasjontype.FAR && !fam.gift(forelder, f.foedt[i]) ? "Farskap" : "Fødsel");
            }
        }
        Familierelasjontype minRolle = f.mann[i] ? Familierelasjontype.FAR : Familierelasjontype.MOR;
        for (int barn : fam.barn(i)) {
            h.legg("familierelasjon", relasjon(barn, Familierelasjontype.BARN, minRolle), f.foedt[barn], "foedsel", barn,
                    "forelder", "Fødsel");
        }
        int p = fam.partner[i];
        if (p >= 0) {
            long par = Math.min(i, p);
            var ektefelle = h.legg("familierelasjon", relasjon(p, Familierelasjontype.EKTEFELLE_ELLER_PARTNER,
                    Familierelasjontype.EKTEFELLE_ELLER_PARTNER), fam.vigsel[i], "vigsel", par, "skatteetaten", "Inngått ekteskap");
            if (fam.skilsmisse[i] != INGEN) {
                h.avslutt(ektefelle, fam.skilsmisse[i], "skilsmisse", par);
            }
        }
    }

    private Familierelasjon relasjon(int relatert, Familierelasjontype rolle, Familierelasjontype min) {
        Familierelasjon r = new Familierelasjon();
        r.setRelatertPerson(f.foedselsnummer(relatert));
        r.setRelatertPersonsRolle(rolle);
        r.setMinRolleForPerson(min);
        return r;
    }

    /** One stretch of parental responsibility for child {@code barn} held by {@code ansvarlig}. */
    record Ansvar(Foreldreansvarstype ansvar, int ansvarlig, int fra, String type, long noekkel, int til, String tilType, long tilNoekkel) {
    }

    /**
     * Parental responsibility for a child under 18 living in Norway: joint when two parents are registered, else the
     * mother's; when one parent dies the other holds it alone from the death.
     */
    static List<Ansvar> ansvar(Livsfakta f, Familier fam, int barn) {
        List<Ansvar> out = new ArrayList<>();
        int ref = (int) Populasjon.REFERANSEDATO.toEpochDay();
        if (f.dnr[barn] || !f.bosatt(barn) || f.alder(barn, ref) >= 18 || fam.mor[barn] < 0) {
            return out;
        }
        int mor = fam.mor[barn];
        int far = fam.far[barn];
        boolean innvandret = f.innflyttet[barn] != INGEN;
        int fra = innvandret ? f.innflyttet[barn] : f.foedt[barn];
        String type = innvandret ? "innflytting" : "foedsel";
        if (far < 0 || !f.levende(far, f.foedt[barn])) {
            out.add(new Ansvar(Foreldreansvarstype.MOR, mor, fra, type, barn, INGEN, null, 0));
            return out;
        }
        int morDoed = f.doed[mor] != INGEN && f.doed[mor] > fra ? f.doed[mor] : INGEN;
        int farDoed = f.doed[far] != INGEN && f.doed[far] > fra ? f.doed[far] : INGEN;
        int foersteDoed = morDoed == INGEN ? farDoed : farDoed == INGEN ? morDoed : Math.min(morDoed, farDoed);
        int doede = foersteDoed == morDoed ? mor : far;
        for (int forelder : new int[] {mor, far}) {
            out.add(new Ansvar(Foreldreansvarstype.FELLES, forelder, fra, type, barn, foersteDoed, "doed", doede));
        }
        if (foersteDoed != INGEN) {
            int gjenlevende = doede == mor ? far : mor;
            if (f.levende(gjenlevende, foersteDoed)) {
                out.add(new Ansvar(gjenlevende == mor ? Foreldreansvarstype.MOR : Foreldreansvarstype.FAR, gjenlevende,
                        foersteDoed, "doed", doede, INGEN, null, 0));
            }
        }
        return out;
    }

    private void foreldreansvar() {
        for (Ansvar a : ansvar(f, fam, i)) {
            leggAnsvar(a, i);
        }
        for (int barn : fam.barn(i)) {
            for (Ansvar a : ansvar(f, fam, barn)) {
                if (a.ansvarlig() == i) {
                    leggAnsvar(a, barn);
                }
            }
        }
    }

    private void leggAnsvar(Ansvar a, int barn) {
        Foreldreansvar ansvar = new Foreldreansvar();
        ansvar.setAnsvar(a.ansvar());
        ansvar.setAnsvarssubjekt(f.foedselsnummer(barn));
        ansvar.setAnsvarlig(f.foedselsnummer(a.ansvarlig()));
        String aarsak = switch (a.type()) {
            case "doed" -> "Dødsfall";
            case "innflytting" -> "Innflytting";
            default -> "Fødsel";
        };
        var o = h.legg("foreldreansvar", ansvar, a.fra(), a.type(), a.noekkel(), "forelder", aarsak);
        if (a.til() != INGEN) {
            h.avslutt(o, a.til(), a.tilType(), a.tilNoekkel());
        }
    }

    private void vergemaal() {
        int verge = h.reg.verge[i];
        if (verge < 0) {
            return;
        }
        SplittableRandom r = h.reg.pop.random("folkeregister-vergemaal", i);
        VergemaalRepresentasjonEllerFremtidsfullmakt v = new VergemaalRepresentasjonEllerFremtidsfullmakt();
        v.setVergemaaltype(r.nextInt(100) < 80 ? Vergemaaltype.VOKSEN : Vergemaaltype.STADFESTET_FREMTIDSFULLMAKT);
        v.setEmbete(Stedsdata.embete(h.hus.adresse(h.hus.noekkel(i), 0).sted().kommunenummer()));
        VergeRepresentantEllerFullmektig person = new VergeRepresentantEllerFullmektig();
        person.setNavn(h.personnavn(verge));
        person.setFoedselsEllerDNummer(f.foedselsnummer(verge));
        boolean personlig = r.nextBoolean();
        person.setOmfang(personlig ? Vergemaalsomfang.PERSONLIGE_OG_OEKONOMISKE_INTERESSER : Vergemaalsomfang.OEKONOMISKE_INTERESSER);
        person.setOmfangetErInnenPersonligOmraade(personlig);
        String[][] oppgaver = {{"nav", "arbeid"}, {"skatteetaten", "endrePostadresse"}, {"bank", "betalingskonto"},
            {"kommune", "byggOgEiendom"}, {"husbanken", "bostoette"}, {"helfo", "helsetjenester"}};
        for (String[] oppgave : oppgaver) {
            if (r.nextInt(100) < 50) {
                Tjenesteomraade t = new Tjenesteomraade();
                t.setVergeTjenestevirksomhet(oppgave[0]);
                t.setVergeTjenesteoppgave(oppgave[1]);
                person.getTjenesteomraade().add(t);
            }
        }
        v.setVerge(person);
        h.legg("vergemaalEllerFremtidsfullmakt", v, h.reg.vergeFra[i], "vergemaal", i, "Statens sivilrettsforvaltning", "Vergemål");
    }
}

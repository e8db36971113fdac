package no.datadeling.domain.populasjon;

import static no.datadeling.domain.populasjon.Historikk.dato;
import static no.datadeling.domain.populasjon.Livsfakta.INGEN;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import no.datadeling.domain.folkeregister.xml.AdresseIFrittFormat;
import no.datadeling.domain.folkeregister.xml.Adressegradering;
import no.datadeling.domain.folkeregister.xml.Adressetype;
import no.datadeling.domain.folkeregister.xml.Bostedsadresse;
import no.datadeling.domain.folkeregister.xml.DeltBosted;
import no.datadeling.domain.folkeregister.xml.ForholdTilSametingetsValgmanntall;
import no.datadeling.domain.folkeregister.xml.GraderingAvAdresse;
import no.datadeling.domain.folkeregister.xml.InternasjonalAdresse;
import no.datadeling.domain.folkeregister.xml.Kontaktadresse;
import no.datadeling.domain.folkeregister.xml.KontaktadresseIUtlandet;
import no.datadeling.domain.folkeregister.xml.Oppholdsadresse;
import no.datadeling.domain.folkeregister.xml.Postboksadresse;
import no.datadeling.domain.folkeregister.xml.PreferertKontaktadresse;
import no.datadeling.domain.folkeregister.xml.SametingetsValgmanntall;
import no.datadeling.domain.folkeregister.xml.SamiskSpraak;
import no.datadeling.domain.folkeregister.xml.SamiskSpraakType;

/**
 * Addresses of one person: bostedsadresse from birth or arrival (a childhood home, up to two homes of one's own, then
 * the household's), ended by death or emigration; adressebeskyttelse of the household; a postboks for some; delt
 * bosted for some children of separated parents; an oppholdsadresse and a foreign postal address for D-number
 * holders and emigrants; Sámi registrations in Karasjok.
 */
final class Adressehistorikk {

    private final Historikk h;
    private final Livsfakta f;
    private final Husholdninger hus;
    private final int i;

    Adressehistorikk(Historikk h) {
        this.h = h;
        this.f = h.f;
        this.hus = h.hus;
        this.i = h.i;
    }

    void bygg() {
        if (f.dnr[i]) {
            dnummerAdresser();
            return;
        }
        bostedsadresser();
        if (f.utflyttet[i] != INGEN) {
            utenlandsadresse(Stedsdata.velg(Stedsdata.LAND, h.reg.pop.random("folkeregister-utflytting-land", i)),
                    f.utflyttet[i], "utflytting", "Utflytting");
        }
    }

    private record Opphold(int fra, Husholdninger.Adresse adresse, long noekkel) {
    }

    private void bostedsadresser() {
        List<Opphold> opphold = new ArrayList<>();
        int ankomst = hus.ankomst(i);
        int slutt = hus.sluttdag(i);
        int naa = hus.flyttedato(i);
        long key = hus.noekkel(i);
        if (naa > ankomst) {
            int mor = h.fam.mor[i];
            opphold.add(new Opphold(ankomst, hus.adresse(mor >= 0 && !h.innvandrer() ? mor : i, mor >= 0 && !h.innvandrer() ? 0 : 3), i));
            SplittableRandom r = h.reg.pop.random("folkeregister-tidligere-adresser", i);
            int voksen = Math.max(Familier.plusAar(f.foedt[i], 18), ankomst + 1);
            int antall = r.nextInt(3);
            int[] datoer = new int[antall];
            for (int k = 0; k < antall; k++) {
                datoer[k] = voksen < naa ? Livsfakta.mellom(voksen, naa - 1, r) : INGEN;
            }
            Arrays.sort(datoer);
            for (int k = 0; k < antall; k++) {
                if (datoer[k] != INGEN && datoer[k] > opphold.get(opphold.size() - 1).fra()) {
                    opphold.add(new Opphold(datoer[k], hus.adresse(i, 1 + k), i));
                }
            }
        }
        opphold.add(new Opphold(naa, hus.adresse(key, 0), key));
        String beskyttelse = f.bosatt(i) ? hus.beskyttelse(key) : null;
        int beskyttetFra = beskyttelse == null ? INGEN : Math.max(hus.beskyttetFra(key, naa), naa);

        List<Historikk.Endring> endringer = new ArrayList<>();
        for (Opphold o : opphold) {
            boolean foerste = endringer.isEmpty();
            String type = foerste ? (h.innvandrer() ? "innflytting" : "foedsel") : "flytting";
            long noekkel = foerste ? i : o.noekkel() * 31 + o.fra();
            String aarsak = foerste ? (h.innvandrer() ? "Innflytting" : "Fødsel") : "Flytting innenlands";
            endringer.add(new Historikk.Endring(o.fra(), type, noekkel, bosted(o, "ugradert", o.fra()), "skatteetaten", aarsak));
        }
        if (beskyttelse != null) {
            Opphold siste = opphold.get(opphold.size() - 1);
            if (beskyttetFra == naa) {
                endringer.remove(endringer.size() - 1);
            }
            endringer.add(new Historikk.Endring(beskyttetFra, "beskyttelse", key, bosted(siste, beskyttelse, naa),
                    "skatteetaten", "Adressebeskyttelse"));
            GraderingAvAdresse gradering = new GraderingAvAdresse();
            gradering.setGraderingsnivaa(gradering(beskyttelse));
            h.legg("adressebeskyttelse", gradering, beskyttetFra, "beskyttelse", key, "skatteetaten", "Adressebeskyttelse");
        }
        var gjeldende = h.kjede("bostedsadresse", endringer);
        if (slutt < h.ref) {
            boolean doed = f.doed[i] != INGEN;
            h.avslutt(gjeldende, slutt, doed ? "doed" : "utflytting", i);
        } else {
            Husholdninger.Adresse a = opphold.get(opphold.size() - 1).adresse();
            soekeadresse(a, beskyttelse == null ? "ugradert" : beskyttelse);
            postboks(a, beskyttelse);
            deltBosted(beskyttelse);
            samisk(a, naa);
        }
    }

    private Bostedsadresse bosted(Opphold o, String gradering, int flyttedato) {
        Bostedsadresse b = new Bostedsadresse();
        Husholdninger.Adresse a = o.adresse();
        if (a.matrikkel()) {
            b.setMatrikkeladresse(a.matrikkeladresse());
        } else {
            b.setVegadresse(a.vegadresse());
        }
        b.setAdresseIdentifikatorFraMatrikkelen(a.matrikkelId());
        b.setAdressegradering(gradering(gradering));
        b.setFlyttedato(dato(flyttedato));
        b.setGrunnkrets(a.grunnkrets());
        b.setStemmekrets(a.stemmekrets());
        b.setSkolekrets(a.skolekrets());
        b.setKirkekrets(a.kirkekrets());
        return b;
    }

    static Adressegradering gradering(String navn) {
        return switch (navn) {
            case "fortrolig" -> Adressegradering.FORTROLIG;
            case "strengtFortrolig" -> Adressegradering.STRENGT_FORTROLIG;
            case "klientadresse" -> Adressegradering.KLIENTADRESSE;
            default -> Adressegradering.UGRADERT;
        };
    }

    private void soekeadresse(Husholdninger.Adresse a, String gradering) {
        h.soekGradering = gradering;
        h.soekPostnummer = a.sted().postnummer();
        if (!a.matrikkel()) {
            h.soekAdressenavn = a.gate();
            h.soekHusnummer = a.husnummer();
            h.soekHusbokstav = a.husbokstav();
        }
    }

    /** One in 25 adults gets mail at a postboks (never someone whose address is protected). */
    private void postboks(Husholdninger.Adresse a, String beskyttelse) {
        SplittableRandom r = h.reg.pop.random("folkeregister-postadresse", i);
        if (beskyttelse != null || f.alder(i, h.ref) < 18 || r.nextInt(25) != 0) {
            return;
        }
        int fra = Livsfakta.mellom(Math.max(hus.flyttedato(i), Familier.plusAar(f.foedt[i], 18)), h.ref - 1, r);
        Kontaktadresse post = new Kontaktadresse();
        post.setAdressegradering(Adressegradering.UGRADERT);
        Postboksadresse boks = new Postboksadresse();
        boks.setPostboks(Integer.toString(1 + r.nextInt(999)));
        boks.setPoststed(a.poststed());
        post.setPostboksadresse(boks);
        h.legg("postadresse", post, fra, "postadresse", i, "skatteetaten", "Postadresse");
        preferert(Adressetype.POSTADRESSE, fra, "postadresse", List.of("Postboks " + boks.getPostboks(),
                a.sted().postnummer() + " " + a.sted().poststed()), null);
    }

    private void preferert(Adressetype valg, int fra, String type, List<String> linjer, String landkode) {
        PreferertKontaktadresse pk = new PreferertKontaktadresse();
        pk.setValg(valg);
        pk.setAdressegradering(Adressegradering.UGRADERT);
        AdresseIFrittFormat fritt = new AdresseIFrittFormat();
        fritt.getAdresselinje().addAll(linjer);
        fritt.setLandkode(landkode);
        pk.setKontaktadresseIFrittFormat(fritt);
        h.legg("preferertKontaktadresse", pk, fra, type, i, "skatteetaten", "Postadresse");
    }

    /** A quarter of minors whose parents have separated also live at the other parent's (delt bosted). */
    private void deltBosted(String beskyttelse) {
        int forelder = hus.foelgerForelder(i);
        Familier fam = h.fam;
        if (forelder < 0 || beskyttelse != null || fam.separasjon[forelder] == INGEN || fam.partner[forelder] < 0) {
            return;
        }
        int annen = fam.partner[forelder];
        boolean felles = (fam.mor[i] == forelder && fam.far[i] == annen) || (fam.far[i] == forelder && fam.mor[i] == annen);
        int start = Math.max(fam.separasjon[forelder] + 60, f.foedt[i]);
        if (!felles || !f.bosatt(annen) || start >= h.ref || h.reg.pop.random("folkeregister-delt-bosted", i).nextInt(4) != 0) {
            return;
        }
        Husholdninger.Adresse a = hus.adresse(hus.noekkel(annen), 0);
        DeltBosted delt = new DeltBosted();
        if (a.matrikkel()) {
            delt.setMatrikkeladresse(a.matrikkeladresse());
        } else {
            delt.setVegadresse(a.vegadresse());
        }
        delt.setStartdatoForKontrakt(dato(start));
        delt.setAdresseIdentifikatorFraMatrikkelen(a.matrikkelId());
        delt.setAdressegradering(Adressegradering.UGRADERT);
        h.legg("deltBosted", delt, start, "delt-bosted", i, "forelder", "Delt bosted");
    }

    /** Half the adults living in Karasjok are on Sámediggi's electoral roll and use North Sámi. */
    private void samisk(Husholdninger.Adresse a, int flyttedato) {
        SplittableRandom r = h.reg.pop.random("folkeregister-samisk", i);
        if (!"5610".equals(a.sted().kommunenummer()) || f.alder(i, h.ref) < 18 || r.nextBoolean()) {
            return;
        }
        int fra = Livsfakta.mellom(Math.max(flyttedato, Familier.plusAar(f.foedt[i], 18)), h.ref - 1, r);
        SametingetsValgmanntall valg = new SametingetsValgmanntall();
        valg.setForhold(ForholdTilSametingetsValgmanntall.INNMELDT);
        h.legg("forholdTilSametingetsValgmanntall", valg, fra, "samisk", i, "Sametinget", "Innmelding");
        SamiskSpraak spraak = new SamiskSpraak();
        spraak.getSpraak().add(SamiskSpraakType.NORDSAMISK);
        h.legg("brukAvSamiskSpraak", spraak, fra, "samisk", i, "skatteetaten", "Samisk språk");
    }

    /** D-number holders: an address abroad, and while the number is in use seven in ten have one in Norway. */
    private void dnummerAdresser() {
        int fra = h.dTildelt();
        utenlandsadresse(h.land(), fra, "dnummer", "Tildele d-nummer");
        if (h.reg.pop.random("folkeregister-oppholdsadresse", i).nextInt(10) >= 7) {
            return;
        }
        Husholdninger.Adresse a = hus.adresse(i, 5);
        Oppholdsadresse opphold = new Oppholdsadresse();
        if (a.matrikkel()) {
            opphold.setMatrikkeladresse(a.matrikkeladresse());
        } else {
            opphold.setVegadresse(a.vegadresse());
        }
        opphold.setAdresseIdentifikatorFraMatrikkelen(a.matrikkelId());
        opphold.setAdressegradering(Adressegradering.UGRADERT);
        opphold.setOppholdsadressedato(dato(fra));
        var o = h.legg("oppholdsadresse", opphold, fra, "dnummer", i, "skatteetaten", "Tildele d-nummer");
        int inaktiv = h.dInaktiv();
        if (inaktiv != INGEN) {
            h.avslutt(o, inaktiv, "inaktiv", i);
        } else {
            soekeadresse(a, "ugradert");
        }
    }

    private void utenlandsadresse(Stedsdata.Land land, int fra, String type, String aarsak) {
        SplittableRandom r = h.reg.pop.random("folkeregister-utenlandsadresse", i);
        KontaktadresseIUtlandet post = new KontaktadresseIUtlandet();
        post.setAdressegradering(Adressegradering.UGRADERT);
        InternasjonalAdresse a = new InternasjonalAdresse();
        a.setAdressenavn(Stedsdata.velg(Stedsdata.GATER, r).replace("gata", "street").replace("veien", "road") + " " + (1 + r.nextInt(200)));
        a.setPostkode(Integer.toString(10_000 + r.nextInt(89_999)));
        a.setByEllerStedsnavn(land.by());
        a.setLandkode(land.alfa2());
        post.setUtenlandskAdresse(a);
        h.legg("postadresseIUtlandet", post, fra, type, i, "skatteetaten", aarsak);
        preferert(Adressetype.POSTADRESSE_I_UTLANDET, fra, type, List.of(a.getAdressenavn(), a.getPostkode() + " " + land.by()),
                land.alfa2());
    }
}

package no.datadeling.domain.populasjon;

import static no.datadeling.domain.populasjon.Livsfakta.INGEN;
import static no.datadeling.domain.populasjon.Livsfakta.mellom;

import java.util.SplittableRandom;
import no.datadeling.domain.folkeregister.xml.Adressenummer;
import no.datadeling.domain.folkeregister.xml.Bruksenhetstype;
import no.datadeling.domain.folkeregister.xml.Matrikkeladresse;
import no.datadeling.domain.folkeregister.xml.Matrikkelnummer;
import no.datadeling.domain.folkeregister.xml.Poststed;
import no.datadeling.domain.folkeregister.xml.Vegadresse;

/**
 * Where people live. An address belongs to a household key, so everyone with the same key shares it: a married couple
 * (while both live in Norway, or after one has died), and minor children with their mother (else father) when she
 * lives in Norway. Everyone else keeps house alone. Addresses are drawn from the key's own random stream, so the
 * same key gives the same address in every document.
 */
final class Husholdninger {

    /** One address: a street address (vegadresse) or, in one of seven, a cadastral one (matrikkeladresse). */
    record Adresse(Stedsdata.Poststed sted, String gate, String husnummer, String husbokstav, String bruksenhet,
                   boolean matrikkel, long gaardsnummer, long bruksnummer, String adressekode, String matrikkelId,
                   long grunnkrets, long stemmekrets, long skolekrets, long kirkekrets) {

        Vegadresse vegadresse() {
            Vegadresse v = new Vegadresse();
            v.setKommunenummer(sted.kommunenummer());
            v.setBruksenhetsnummer(bruksenhet);
            v.setBruksenhetstype(Bruksenhetstype.BOLIG);
            v.setAdressenavn(gate);
            Adressenummer nr = new Adressenummer();
            nr.setHusnummer(husnummer);
            nr.setHusbokstav(husbokstav);
            v.setAdressenummer(nr);
            v.setAdressekode(adressekode);
            v.setPoststed(poststed());
            return v;
        }

        Matrikkeladresse matrikkeladresse() {
            Matrikkeladresse m = new Matrikkeladresse();
            m.setBruksenhetsnummer(bruksenhet);
            m.setBruksenhetstype(Bruksenhetstype.BOLIG);
            Matrikkelnummer nr = new Matrikkelnummer();
            nr.setKommunenummer(sted.kommunenummer());
            nr.setGaardsnummer(gaardsnummer);
            nr.setBruksnummer(bruksnummer);
            nr.setFestenummer(0L);
            m.setMatrikkelnummer(nr);
            m.setUndernummer(0L);
            m.setPoststed(poststed());
            return m;
        }

        Poststed poststed() {
            Poststed p = new Poststed();
            p.setPoststedsnavn(sted.poststed());
            p.setPostnummer(sted.postnummer());
            return p;
        }

        /** The first address line as a letter carries it. */
        String linje() {
            return matrikkel ? "Gnr. " + gaardsnummer + " bnr. " + bruksnummer : gate + " " + husnummer + (husbokstav == null ? "" : husbokstav);
        }
    }

    private final Livsfakta f;
    private final Familier fam;

    Husholdninger(Livsfakta f, Familier fam) {
        this.f = f;
        this.fam = fam;
    }

    /** The household key the person lives (or last lived) in. Couple keys are offset by the population size. */
    long noekkel(int i) {
        int forelder = foelgerForelder(i);
        if (forelder >= 0) {
            return noekkel(forelder);
        }
        int slutt = sluttdag(i);
        int p = fam.partner[i];
        if (p >= 0 && fam.vigsel[i] < slutt && fam.gift(i, slutt - 1)) {
            return (long) f.n + Math.min(i, p);
        }
        return i;
    }

    /** The parent a minor living in Norway shares a home with (mother first), or -1. */
    int foelgerForelder(int i) {
        int ref = (int) Populasjon.REFERANSEDATO.toEpochDay();
        if (!f.bosatt(i) || f.alder(i, ref) >= 18) {
            return -1;
        }
        for (int forelder : new int[] {fam.mor[i], fam.far[i]}) {
            if (forelder >= 0 && f.bosatt(forelder)) {
                return forelder;
            }
        }
        return -1;
    }

    /** The last day the person can have a Norwegian bostedsadresse: the reference date, or death/emigration. */
    int sluttdag(int i) {
        int ref = (int) Populasjon.REFERANSEDATO.toEpochDay();
        if (f.doed[i] != INGEN) {
            return f.doed[i];
        }
        return f.utflyttet[i] != INGEN ? f.utflyttet[i] : ref;
    }

    int ankomst(int i) {
        return f.innflyttet[i] != INGEN ? f.innflyttet[i] : f.foedt[i];
    }

    /** When the person moved to the household's address. */
    int flyttedato(int i) {
        int slutt = sluttdag(i);
        int forelder = foelgerForelder(i);
        long key = noekkel(i);
        int dato;
        if (forelder >= 0) {
            dato = Math.max(f.foedt[i], flyttedato(forelder));
        } else if (key >= f.n) {
            SplittableRandom r = f.pop.random("folkeregister-husholdning", (int) (key - f.n));
            dato = Math.max(fam.vigsel[i] + r.nextInt(60), ankomst(i));
        } else {
            SplittableRandom r = f.pop.random("folkeregister-flytting", i);
            int voksen = Math.max(Familier.plusAar(f.foedt[i], 18), ankomst(i));
            if (fam.skilsmisse[i] != INGEN && fam.skilsmisse[i] < slutt) {
                dato = fam.skilsmisse[i] + r.nextInt(60);
            } else {
                dato = voksen < slutt ? mellom(voksen, slutt - 1, r) : ankomst(i);
            }
        }
        return Math.max(ankomst(i), Math.min(dato, slutt - 1));
    }

    /** The address of a household key; {@code nr} > 0 gives that person's earlier addresses (own keys). */
    Adresse adresse(long key, int nr) {
        SplittableRandom r = f.pop.random("folkeregister-adresse", Long.hashCode(key * 8 + nr));
        Stedsdata.Poststed sted = Stedsdata.velg(Stedsdata.POSTSTEDER, r);
        String gate = Stedsdata.velg(Stedsdata.GATER, r);
        String husnummer = Integer.toString(1 + r.nextInt(r.nextInt(10) < 7 ? 40 : 180));
        String bokstav = r.nextInt(10) == 0 ? String.valueOf((char) ('A' + r.nextInt(4))) : null;
        int etasje = r.nextInt(10) < 4 ? 1 + r.nextInt(6) : 1;
        String bruksenhet = "H0" + etasje + "0" + (1 + r.nextInt(4));
        boolean matrikkel = r.nextInt(7) == 0;
        String adressekode = Integer.toString(10_000 + ((sted.kommunenummer() + gate).hashCode() & 0x7fff) % 90_000);
        String matrikkelId = Long.toString(100_000_000L + (r.nextLong() & 0x7fffffffL) % 199_999_999L);
        return new Adresse(sted, gate, husnummer, bokstav, bruksenhet, matrikkel, 1 + r.nextInt(300), 1 + r.nextInt(120),
                adressekode, matrikkelId, 100 + r.nextInt(1900), 1 + r.nextInt(20), 1 + r.nextInt(20), 1 + r.nextInt(8));
    }

    /** Adressebeskyttelse of a household: null, "fortrolig" (about 1 in 250) or "strengtFortrolig" (1 in 1000). */
    String beskyttelse(long key) {
        int x = f.pop.random("folkeregister-beskyttelse", Long.hashCode(key)).nextInt(1000);
        return x < 1 ? "strengtFortrolig" : x < 5 ? "fortrolig" : null;
    }

    /** The day a household's protection was granted (members who moved in later are protected from their move). */
    int beskyttetFra(long key, int flyttedato) {
        SplittableRandom r = f.pop.random("folkeregister-beskyttelse-dato", Long.hashCode(key));
        return mellom(flyttedato, (int) Populasjon.REFERANSEDATO.toEpochDay() - 1, r);
    }
}

package no.datadeling.domain.populasjon;

import static no.datadeling.domain.populasjon.Historikk.dato;
import static no.datadeling.domain.populasjon.Livsfakta.INGEN;

import java.util.SplittableRandom;
import no.datadeling.domain.folkeregister.xml.AdvokatSomKontakt;
import no.datadeling.domain.folkeregister.xml.KontaktadresseForDoedsbo;
import no.datadeling.domain.folkeregister.xml.KontaktinformasjonForDoedsbo;
import no.datadeling.domain.folkeregister.xml.PersonSomKontakt;
import no.datadeling.domain.folkeregister.xml.Skifteform;

/**
 * Who to contact about the estate of someone who died after the migration (six in ten): the surviving spouse, else
 * the eldest child living in Norway, else a lawyer; registered when the probate court issues its certificate
 * (skifteattest), two to eight weeks after the death.
 */
final class Doedsbo {

    private final Historikk h;

    Doedsbo(Historikk h) {
        this.h = h;
    }

    void bygg() {
        Livsfakta f = h.f;
        int i = h.i;
        SplittableRandom r = h.reg.pop.random("folkeregister-doedsbo", i);
        int attest = f.doed[i] + 14 + r.nextInt(45);
        if (f.doed[i] < (int) Folkeregister.MIGRERINGSDATO.toEpochDay() || attest >= h.ref || r.nextInt(100) >= 60) {
            return;
        }
        KontaktinformasjonForDoedsbo kontakt = new KontaktinformasjonForDoedsbo();
        kontakt.setSkifteform(r.nextInt(10) == 0 ? Skifteform.OFFENTLIG : Skifteform.ANNET);
        kontakt.setAttestutstedelsesdato(dato(attest));
        int kontaktperson = kontaktperson(attest);
        Husholdninger.Adresse adresse;
        if (kontaktperson >= 0) {
            PersonSomKontakt person = new PersonSomKontakt();
            person.setFoedselsEllerDNummer(f.foedselsnummer(kontaktperson));
            kontakt.setPerson(person);
            adresse = h.hus.adresse(h.hus.noekkel(kontaktperson), 0);
        } else {
            var orgs = h.reg.pop.organisasjoner();
            var org = orgs.get(r.nextInt(orgs.size()));
            AdvokatSomKontakt advokat = new AdvokatSomKontakt();
            advokat.setPersonnavn(h.personnavn(r.nextInt(f.n)));
            advokat.setOrganisasjonsnavn(org.navn());
            advokat.setOrganisasjonsnummer(org.organisasjonsnummer());
            kontakt.setAdvokat(advokat);
            adresse = h.hus.adresse(-1L - i, 0);
        }
        KontaktadresseForDoedsbo post = new KontaktadresseForDoedsbo();
        post.getAdresselinje().add(adresse.linje());
        post.setPostnummer(adresse.sted().postnummer());
        post.setPoststedsnavn(adresse.sted().poststed());
        kontakt.setAdresse(post);
        h.legg("kontaktinformasjonForDoedsbo", kontakt, attest, "doedsbo", i, "tingretten", "Skifteattest");
    }

    private int kontaktperson(int attest) {
        Livsfakta f = h.f;
        int ektefelle = h.fam.partner[h.i];
        if (ektefelle >= 0 && h.fam.gift(h.i, f.doed[h.i]) && f.bosatt(ektefelle) && f.levende(ektefelle, attest)) {
            return ektefelle;
        }
        for (int barn : h.fam.barn(h.i)) {
            if (f.bosatt(barn) && f.alder(barn, attest) >= 18 && f.doed[barn] == INGEN) {
                return barn;
            }
        }
        return -1;
    }
}

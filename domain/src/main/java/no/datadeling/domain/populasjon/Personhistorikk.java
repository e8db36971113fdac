package no.datadeling.domain.populasjon;

import static no.datadeling.domain.populasjon.Historikk.dato;
import static no.datadeling.domain.populasjon.Historikk.store;
import static no.datadeling.domain.populasjon.Livsfakta.INGEN;

import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import no.datadeling.domain.folkeregister.xml.Doedsfall;
import no.datadeling.domain.folkeregister.xml.Foedsel;
import no.datadeling.domain.folkeregister.xml.FoedselINorge;
import no.datadeling.domain.folkeregister.xml.Folkeregisteridentifikator;
import no.datadeling.domain.folkeregister.xml.Folkeregisteridentifikatortype;
import no.datadeling.domain.folkeregister.xml.Folkeregisterpersonnavn;
import no.datadeling.domain.folkeregister.xml.Folkeregisterpersonstatus;
import no.datadeling.domain.folkeregister.xml.Identifikasjonsdokument;
import no.datadeling.domain.folkeregister.xml.Identifikatorstatuskode;
import no.datadeling.domain.folkeregister.xml.Identitetsgrunnlag;
import no.datadeling.domain.folkeregister.xml.Identitetsgrunnlagstatus;
import no.datadeling.domain.folkeregister.xml.InnflyttingTilNorge;
import no.datadeling.domain.folkeregister.xml.Kjoenn;
import no.datadeling.domain.folkeregister.xml.Opphold;
import no.datadeling.domain.folkeregister.xml.Oppholdstillatelsetype;
import no.datadeling.domain.folkeregister.xml.Personidentifikasjon;
import no.datadeling.domain.folkeregister.xml.Personkjoenn;
import no.datadeling.domain.folkeregister.xml.Personstatus;
import no.datadeling.domain.folkeregister.xml.Statsborgerskap;
import no.datadeling.domain.folkeregister.xml.UtflyttingFraNorge;

/** Identity, status, birth, name, citizenship, migration and death of one person. */
final class Personhistorikk {

    private final Historikk h;
    private final Livsfakta f;
    private final int i;

    Personhistorikk(Historikk h) {
        this.h = h;
        this.f = h.f;
        this.i = h.i;
    }

    void bygg() {
        identifikasjonsnummer();
        status();
        SplittableRandom r = h.reg.pop.random("folkeregister-person", i);
        int foerst = h.foersteDag();
        Personkjoenn kjoenn = new Personkjoenn();
        kjoenn.setKjoenn(f.mann[i] ? Kjoenn.MANN : Kjoenn.KVINNE);
        h.legg("kjoenn", kjoenn, foerst, h.foersteHendelse(), i, "skatteetaten", aarsakForStart());
        foedsel(foerst, r);
        navn(foerst, r);
        statsborgerskap(foerst, r);
        migrasjon(r);
        utenlandskeIdentifikatorer(foerst, r);
        doedsfall();
    }

    private String aarsakForStart() {
        return switch (h.foersteHendelse()) {
            case "dnummer" -> "Tildele d-nummer";
            case "innflytting" -> "Innflytting";
            default -> "Fødsel";
        };
    }

    private void identifikasjonsnummer() {
        String fnr = h.p.foedselsnummer();
        if (f.dnr[i]) {
            h.legg("identifikasjonsnummer", id(fnr, Folkeregisteridentifikatortype.D_NUMMER, Identifikatorstatuskode.I_BRUK),
                    h.dTildelt(), "dnummer", i, "skatteetaten", "Tildele d-nummer");
            return;
        }
        int tidligereD = h.tidligereDTildelt();
        if (tidligereD != INGEN) {
            String dnr = Historikk.tidligereDnummer(h.reg, i);
            h.identifikatorer.add(new Folkeregister.Identifikator("folkeregisteridentifikator", dnr));
            var iBruk = h.legg("identifikasjonsnummer", id(dnr, Folkeregisteridentifikatortype.D_NUMMER, Identifikatorstatuskode.I_BRUK),
                    tidligereD, "dnummer", i, "skatteetaten", "Tildele d-nummer");
            h.avslutt(iBruk, f.innflyttet[i], "innflytting", i);
            h.legg("identifikasjonsnummer", id(dnr, Folkeregisteridentifikatortype.D_NUMMER, Identifikatorstatuskode.OPPHOERT),
                    f.innflyttet[i], "innflytting", i, "skatteetaten", "Innflytting");
        }
        String type = h.innvandrer() ? "innflytting" : "foedsel";
        h.legg("identifikasjonsnummer", id(fnr, Folkeregisteridentifikatortype.FOEDSELSNUMMER, Identifikatorstatuskode.I_BRUK),
                h.hus.ankomst(i), type, i, h.innvandrer() ? "skatteetaten" : "forelder", h.innvandrer() ? "Innflytting" : "Fødsel");
    }

    private static Folkeregisteridentifikator id(String nr, Folkeregisteridentifikatortype type, Identifikatorstatuskode status) {
        Folkeregisteridentifikator id = new Folkeregisteridentifikator();
        id.setFoedselsEllerDNummer(nr);
        id.setIdentifikatortype(type);
        id.setStatus(status);
        return id;
    }

    private void status() {
        List<Historikk.Endring> endringer = new ArrayList<>();
        if (f.dnr[i]) {
            endringer.add(new Historikk.Endring(h.dTildelt(), "dnummer", i, status(Personstatus.MIDLERTIDIG), "skatteetaten", "Tildele d-nummer"));
            int inaktiv = h.dInaktiv();
            if (inaktiv != INGEN) {
                endringer.add(new Historikk.Endring(inaktiv, "inaktiv", i, status(Personstatus.INAKTIV), "skatteetaten", "Opphøre d-nummer"));
            }
        } else {
            int tidligereD = h.tidligereDTildelt();
            if (tidligereD != INGEN) {
                endringer.add(new Historikk.Endring(tidligereD, "dnummer", i, status(Personstatus.MIDLERTIDIG), "skatteetaten", "Tildele d-nummer"));
            }
            endringer.add(new Historikk.Endring(h.hus.ankomst(i), h.innvandrer() ? "innflytting" : "foedsel", i,
                    status(Personstatus.BOSATT), "skatteetaten", h.innvandrer() ? "Innflytting" : "Fødsel"));
            if (f.utflyttet[i] != INGEN) {
                endringer.add(new Historikk.Endring(f.utflyttet[i], "utflytting", i, status(Personstatus.UTFLYTTET), "skatteetaten", "Utflytting"));
            }
            if (f.doed[i] != INGEN) {
                endringer.add(new Historikk.Endring(f.doed[i], "doed", i, status(Personstatus.DOED), "skatteetaten", "Dødsfall"));
            }
        }
        h.kjede("status", endringer);
    }

    private static Folkeregisterpersonstatus status(Personstatus s) {
        Folkeregisterpersonstatus st = new Folkeregisterpersonstatus();
        st.setStatus(s);
        return st;
    }

    private void foedsel(int foerst, SplittableRandom r) {
        Foedsel foedsel = new Foedsel();
        LocalDate dato = dato(f.foedt[i]);
        foedsel.setFoedselsdato(dato);
        foedsel.setFoedselsaar(Year.of(dato.getYear()));
        boolean fodtINorge = !f.dnr[i] && !h.innvandrer();
        if (fodtINorge) {
            Stedsdata.Poststed sted = Stedsdata.velg(Stedsdata.POSTSTEDER, r);
            foedsel.setFoedekommuneINorge(sted.kommunenummer());
            foedsel.setFoedested(sted.poststed());
            foedsel.setFoedeland("NOR");
            if (dato.getYear() >= 1960) {
                FoedselINorge institusjon = new FoedselINorge();
                institusjon.setFoedselsinstitusjonsnavn(Stedsdata.foedeinstitusjon(sted.kommunenummer()));
                institusjon.setRekkefoelgenummer(1L);
                h.legg("foedselINorge", institusjon, f.foedt[i], "foedsel", i, "forelder", "Fødsel");
            }
        } else {
            Stedsdata.Land land = h.land();
            foedsel.setFoedested(land.by());
            foedsel.setFoedeland(land.alfa3());
        }
        h.legg("foedsel", foedsel, fodtINorge ? f.foedt[i] : foerst, fodtINorge ? "foedsel" : h.foersteHendelse(), i,
                fodtINorge ? "forelder" : "skatteetaten", aarsakForStart());
    }

    /** The population's name, in capitals as the register writes names; one in ten adults changed name once. */
    private void navn(int foerst, SplittableRandom r) {
        Folkeregisterpersonnavn navn = new Folkeregisterpersonnavn();
        navn.setFornavn(store(h.p.fornavn()));
        navn.setMellomnavn(store(h.p.mellomnavn()));
        navn.setEtternavn(store(h.p.etternavn()));
        String hele = navn.getFornavn() + " " + (navn.getMellomnavn() == null ? "" : navn.getMellomnavn() + " ") + navn.getEtternavn();
        if (hele.length() > 25) {
            navn.setForkortetNavn(navn.getEtternavn() + " " + navn.getFornavn() + (navn.getMellomnavn() == null ? "" : " " + navn.getMellomnavn().charAt(0)));
        }
        String type = h.foersteHendelse();
        int voksen = Math.max(Familier.plusAar(f.foedt[i], 18), foerst);
        int slutt = Math.min(h.hus.sluttdag(i), h.ref) - 1;
        if (r.nextInt(100) < 10 && voksen < slutt) {
            int endret = Livsfakta.mellom(voksen, slutt, r);
            Folkeregisterpersonnavn tidligere = new Folkeregisterpersonnavn();
            tidligere.setFornavn(navn.getFornavn());
            tidligere.setMellomnavn(navn.getMellomnavn());
            String annet = store(Stedsdata.velg(Navn.ETTERNAVN, r));
            tidligere.setEtternavn(annet.equals(navn.getEtternavn()) ? store(Navn.ETTERNAVN.get(0)) + "-" + annet : annet);
            h.kjede("navn", List.of(new Historikk.Endring(foerst, type, i, tidligere, "skatteetaten", "Første gangs navnevalg"),
                    new Historikk.Endring(endret, "navn", i, navn, "skatteetaten", "Navneendring")));
        } else {
            h.legg("navn", navn, foerst, type, i, "skatteetaten", "Første gangs navnevalg");
        }
    }

    /**
     * Norwegian-born: NOR from birth. Immigrants keep their country's, and 4 in 10 become Norwegian after 7–12 years;
     * since 2020 Norway allows dual citizenship, before that the old one ended.
     */
    private void statsborgerskap(int foerst, SplittableRandom r) {
        if (!f.dnr[i] && !h.innvandrer()) {
            h.legg("statsborgerskap", statsborgerskap("NOR", f.foedt[i]), f.foedt[i], "foedsel", i, "forelder", "Fødsel");
            return;
        }
        var utenlandsk = h.legg("statsborgerskap", statsborgerskap(h.land().alfa3(), f.foedt[i]), foerst, h.foersteHendelse(), i,
                "skatteetaten", aarsakForStart());
        if (!h.innvandrer()) {
            return;
        }
        int norsk = f.innflyttet[i] + 7 * 365 + r.nextInt(5 * 365);
        if (r.nextInt(100) < 40 && norsk < Math.min(h.hus.sluttdag(i), h.ref)) {
            h.legg("statsborgerskap", statsborgerskap("NOR", norsk), norsk, "statsborgerskap", i, "UDI", "Statsborgerskap");
            if (norsk < (int) LocalDate.of(2020, 1, 1).toEpochDay()) {
                h.avslutt(utenlandsk, norsk, "statsborgerskap", i);
            }
        } else if (!h.land().eoes()) {
            Opphold opphold = new Opphold();
            opphold.setOppholdstillatelse(Oppholdstillatelsetype.MIDLERTIDIG);
            opphold.setOppholdFra(dato(f.innflyttet[i]));
            var midlertidig = h.legg("opphold", opphold, f.innflyttet[i], "innflytting", i, "UDI", "Opphold");
            int permanent = f.innflyttet[i] + 3 * 365;
            if (permanent < Math.min(h.hus.sluttdag(i), h.ref)) {
                Opphold varig = new Opphold();
                varig.setOppholdstillatelse(Oppholdstillatelsetype.PERMANENT);
                varig.setOppholdFra(dato(permanent));
                var o = h.legg("opphold", varig, permanent, "opphold", i, "UDI", "Opphold");
                Persondokumentbygger.avslutt(midlertidig, o.registrert, o.gyldig);
            }
        }
    }

    private static Statsborgerskap statsborgerskap(String land, int ervervet) {
        Statsborgerskap s = new Statsborgerskap();
        s.setStatsborgerskap(land);
        s.setErvervsdato(dato(ervervet));
        return s;
    }

    private void migrasjon(SplittableRandom r) {
        if (h.innvandrer()) {
            InnflyttingTilNorge inn = new InnflyttingTilNorge();
            inn.setFraflyttingsland(h.land().alfa3());
            inn.setFraflyttingsstedIUtlandet(h.land().by());
            h.legg("innflytting", inn, f.innflyttet[i], "innflytting", i, "skatteetaten", "Innflytting");
        }
        if (f.utflyttet[i] != INGEN) {
            Stedsdata.Land til = Stedsdata.velg(Stedsdata.LAND, h.reg.pop.random("folkeregister-utflytting-land", i));
            UtflyttingFraNorge ut = new UtflyttingFraNorge();
            ut.setTilflyttingsland(til.alfa3());
            ut.setTilflyttingsstedIUtlandet(til.by());
            ut.setUtflyttingsdato(dato(f.utflyttet[i]));
            h.legg("utflytting", ut, f.utflyttet[i], "utflytting", i, "skatteetaten", "Utflytting");
        }
        if (h.innvandrer() || f.dnr[i]) {
            Identitetsgrunnlag grunnlag = new Identitetsgrunnlag();
            grunnlag.setIdentitetsgrunnlagstatus(r.nextInt(100) < 70 ? Identitetsgrunnlagstatus.KONTROLLERT : Identitetsgrunnlagstatus.IKKE_KONTROLLERT);
            h.legg("identitetsgrunnlag", grunnlag, h.foersteDag(), h.foersteHendelse(), i, "skatteetaten", aarsakForStart());
        }
    }

    /**
     * D-number holders (and immigrants who had one) are known by a foreign identifier and often a passport; those from
     * outside the EEA also by the immigration authorities' DUF number. A doublet carries its original's identifier.
     */
    private void utenlandskeIdentifikatorer(int foerst, SplittableRandom r) {
        if (!f.dnr[i] && h.tidligereDTildelt() == INGEN) {
            return;
        }
        Stedsdata.Land land = h.land();
        int eier = h.reg.dublettAv.getOrDefault(i, i);
        SplittableRandom id = h.reg.pop.random("folkeregister-utenlandsk-id", eier);
        String type = h.foersteHendelse();
        if (id.nextInt(100) < 90) { // the original's stream: a doublet has one exactly when its original has
            Personidentifikasjon utenlandsk = new Personidentifikasjon();
            utenlandsk.setIdentifikasjonsnummer(Long.toString(10_000_000_000L + (id.nextLong() & Long.MAX_VALUE) % 89_999_999_999L));
            utenlandsk.setIdentifikasjonsnummertype(id.nextBoolean() ? "taxIdentificationNumber" : "utenlandskIdentifikasjonsnummer");
            utenlandsk.setUtstederland(land.alfa3());
            h.legg("utenlandskPersonidentifikasjon", utenlandsk, foerst, type, i, "skatteetaten", "Tildele d-nummer");
            h.identifikatorer.add(new Folkeregister.Identifikator("utenlandskPersonidentifikasjon",
                    land.alfa3() + "-" + utenlandsk.getIdentifikasjonsnummer()));
        }
        if (r.nextInt(100) < 70) {
            Identifikasjonsdokument pass = new Identifikasjonsdokument();
            pass.setIdentifikasjonsdokumentnummer("" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26)) + (1_000_000 + r.nextInt(9_000_000)));
            pass.setIdentifikasjonsdokumenttype("pass");
            pass.setUtstederland(land.alfa3());
            LocalDate utstedt = dato(foerst).minusDays(30 + r.nextInt(2000));
            pass.setGyldigFra(utstedt);
            pass.setGyldigTil(utstedt.plusYears(10).minusDays(1));
            h.legg("legitimasjonsdokument", pass, foerst, type, i, "skatteetaten", "Tildele d-nummer");
            h.identifikatorer.add(new Folkeregister.Identifikator("legitimasjonsdokument",
                    land.alfa3() + "-" + pass.getIdentifikasjonsdokumentnummer()));
        }
        if (!land.eoes()) {
            Personidentifikasjon duf = new Personidentifikasjon();
            duf.setIdentifikasjonsnummer(dato(foerst).getYear() + String.format("%08d", r.nextInt(100_000_000)));
            duf.setIdentifikasjonsnummertype("DUF");
            duf.setUtstederland("NOR");
            h.legg("utlendingsmyndighetenesIdentifikasjonsnummer", duf, foerst, type, i, "UDI", "Tildele d-nummer");
            h.identifikatorer.add(new Folkeregister.Identifikator("utlendingsmyndighetenesIdentifikasjonsnummer",
                    duf.getIdentifikasjonsnummer()));
        }
    }

    private void doedsfall() {
        if (f.doed[i] == INGEN) {
            return;
        }
        Doedsfall doed = new Doedsfall();
        doed.setDoedsdato(dato(f.doed[i]));
        h.legg("doedsfall", doed, f.doed[i], "doed", i, "skatteetaten", "Dødsfall");
        new Doedsbo(h).bygg();
    }
}

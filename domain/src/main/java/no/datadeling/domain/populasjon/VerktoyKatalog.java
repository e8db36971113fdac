package no.datadeling.domain.populasjon;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;
import no.datadeling.domain.verktoy.Kodeverk;
import no.datadeling.domain.verktoy.Kodeverk.GrafiskElementType;
import no.datadeling.domain.verktoy.Kodeverk.Malgruppe;
import no.datadeling.domain.verktoy.Kodeverk.Sprak;
import no.datadeling.domain.verktoy.Kodeverk.VerktoyFormal;
import no.datadeling.infra.ident.Organisasjonsnummer;

/**
 * The synthetic Verktøykatalog: {@link #STANDARD_ANTALL} tools by default, each with every metadata field, derived from
 * the population's seed (its own random streams, so the other parts are unaffected). Tools belong to a small set of
 * vendor organisations (organisation numbers of their own, outside the population's range); each vendor also runs one
 * veiledningstjeneste. Every tool has its own graphic element (id = position + 1): an SVG icon or a PNG illustration.
 */
public final class VerktoyKatalog {

    public static final int STANDARD_ANTALL = 500;
    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final LocalDate FOERSTE = LocalDate.of(2019, 1, 1);

    /** A tool vendor: dataansvarlig of its tools and owner of one veiledningstjeneste. */
    public record Leverandor(String organisasjonsnummer, String navn) {
    }

    private final Populasjon pop;
    private final int antall;
    private List<Leverandor> leverandorer;
    private List<SyntetiskVerktoy> verktoy;

    public VerktoyKatalog(Populasjon pop) {
        this(pop, STANDARD_ANTALL);
    }

    public VerktoyKatalog(Populasjon pop, int antall) {
        this.pop = pop;
        this.antall = antall;
    }

    public List<Leverandor> leverandorer() {
        if (leverandorer == null) {
            List<Leverandor> out = new ArrayList<>();
            long kandidat = 92_000_000L + Math.floorMod(pop.spec().seed(), 1_000_000L);
            for (String navn : VerktoyTema.LEVERANDORER) {
                String nr;
                do {
                    nr = Organisasjonsnummer.withCheckDigit(Long.toString(kandidat++)).orElse(null);
                } while (nr == null);
                out.add(new Leverandor(nr, navn));
            }
            leverandorer = List.copyOf(out);
        }
        return leverandorer;
    }

    public List<SyntetiskVerktoy> verktoy() {
        if (verktoy == null) {
            List<SyntetiskVerktoy> out = new ArrayList<>(antall);
            Set<String> navn = new HashSet<>();
            for (int i = 0; i < antall; i++) {
                out.add(verktoy(i, navn));
            }
            verktoy = List.copyOf(out);
        }
        return verktoy;
    }

    private SyntetiskVerktoy verktoy(int i, Set<String> brukteNavn) {
        SplittableRandom r = pop.random("verktoy", i);
        VerktoyTema.Tema tema = null;
        VerktoyTema.Format format = null;
        Malgruppe malgruppe = null;
        String navn = null;
        for (int forsok = 0; forsok < 30 && (navn == null || brukteNavn.contains(navn)); forsok++) {
            tema = pick(VerktoyTema.TEMAER, r);
            format = pick(VerktoyTema.FORMATER, r);
            malgruppe = malgruppe(r);
            navn = format.navn(tema.navn()) + (malgruppe == Malgruppe.VOKSNE ? "" : " for " + malgruppe.navn().toLowerCase(Locale.ROOT));
        }
        if (brukteNavn.contains(navn)) {
            navn = navn + " " + (i + 1);
        }
        brukteNavn.add(navn);
        Leverandor eier = pick(leverandorer(), r);
        Leverandor utvikler = r.nextInt(100) < 70 ? eier : pick(leverandorer(), r);
        LocalDate opprettet = FOERSTE.plusDays(r.nextLong(ChronoUnit.DAYS.between(FOERSTE, Populasjon.REFERANSEDATO)));
        LocalDate endret = opprettet.plusDays(r.nextLong(ChronoUnit.DAYS.between(opprettet, Populasjon.REFERANSEDATO) + 1));
        boolean kreverForskrivning = r.nextInt(100) < 35;
        boolean anonym = !kreverForskrivning && r.nextInt(100) < 30;
        List<String> sokeord = new ArrayList<>(tema.sokeord());
        sokeord.add(format.sokeord());
        GrafiskElementType type = r.nextBoolean() ? GrafiskElementType.IKON : GrafiskElementType.ILLUSTRASJON;
        String slug = slug(navn);
        java.time.Instant opprettetTid = opprettet.atTime(8 + r.nextInt(9), r.nextInt(60)).atZone(OSLO).toInstant();
        java.time.Instant endretTid = endret.atTime(8 + r.nextInt(9), r.nextInt(60)).atZone(OSLO).toInstant().plusSeconds(r.nextInt(60));
        if (endretTid.isBefore(opprettetTid)) {
            endretTid = opprettetTid.plusSeconds(60 + r.nextInt(3600));
        }
        return new SyntetiskVerktoy(uuid(r), navn,
                ingress(navn, tema, malgruppe),
                beskrivelse(tema, format, kreverForskrivning, anonym),
                opprettetTid, endretTid,
                formal(format, r), String.format(pick(VerktoyTema.FAGMILJOER, r), tema.navn()), utvikler.navn(),
                sprak(r), tema.fagomrade(), "https://" + slug + ".verktoy.example/", List.copyOf(sokeord), malgruppe,
                i + 1, type, 0x205080 + r.nextInt(0xA0A0A0), format.innholdstype(),
                pick(Kodeverk.BEHANDLERINNSYN, r), tema.snomedKode(), tema.snomedNavn(), kreverForskrivning, anonym,
                eier.organisasjonsnummer(), eier.navn(), r.nextInt(100) < 20 ? null : 5 + 5 * r.nextInt(12));
    }

    /** The image of a tool's graphic element (SVG for icons, PNG for illustrations). */
    public static byte[] bilde(SyntetiskVerktoy v) {
        return v.grafiskElementType() == GrafiskElementType.IKON
                ? Bilder.svg(v.navn(), initialer(v.navn()), v.farge()) : Bilder.png(v.farge());
    }

    /** One veiledningstjeneste per vendor. */
    public List<SyntetiskVeiledningstjeneste> veiledningstjenester() {
        List<SyntetiskVeiledningstjeneste> out = new ArrayList<>();
        for (int i = 0; i < leverandorer().size(); i++) {
            Leverandor l = leverandorer().get(i);
            SplittableRandom r = pop.random("veiledningstjeneste", i);
            List<Integer> apningstider = r.nextInt(100) < 15 ? List.of(Kodeverk.Apningstid.DOGNAPEN.id())
                    : r.nextBoolean() ? List.of(1) : List.of(1, 2);
            out.add(new SyntetiskVeiledningstjeneste(uuid(r), "Brukerstøtte " + l.navn(), l.organisasjonsnummer(),
                    String.valueOf(22_000_000 + r.nextInt(78_000_000)), "https://" + slug(l.navn()) + ".example/veiledning",
                    apningstider));
        }
        return out;
    }

    private static Malgruppe malgruppe(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 10 ? Malgruppe.BARN : x < 25 ? Malgruppe.UNGDOM : x < 85 ? Malgruppe.VOKSNE : Malgruppe.ELDRE;
    }

    private static Sprak sprak(SplittableRandom r) {
        int x = r.nextInt(100);
        return x < 75 ? Sprak.BOKMAL : x < 87 ? Sprak.NYNORSK : x < 96 ? Sprak.ENGELSK : Sprak.NORDSAMISK;
    }

    private static VerktoyFormal formal(VerktoyTema.Format format, SplittableRandom r) {
        return switch (format.innholdstype()) {
            case KURS, INFORMASJON, VIDEO -> r.nextBoolean() ? VerktoyFormal.FOREBYGGING : VerktoyFormal.MESTRING;
            case SELVHJELPSPROGRAM, SAMTALE -> r.nextInt(100) < 60 ? VerktoyFormal.BEHANDLING : VerktoyFormal.MESTRING;
            default -> pick(List.of(VerktoyFormal.values()), r);
        };
    }

    private static String ingress(String navn, VerktoyTema.Tema tema, Malgruppe malgruppe) {
        return navn + " hjelper " + malgruppe.navn().toLowerCase(Locale.ROOT) + " som lever med " + tema.navn()
                + " å forstå plagene sine og ta små steg mot bedre hverdager.";
    }

    private static String beskrivelse(VerktoyTema.Tema tema, VerktoyTema.Format format, boolean kreverForskrivning, boolean anonym) {
        String tilgang = kreverForskrivning ? "Verktøyet tas i bruk når en behandler har sendt det til deg på Helsenorge."
                : anonym ? "Verktøyet er åpent for alle og krever ikke innlogging."
                : "Du kan selv legge verktøyet til i Mine verktøy på Helsenorge.";
        return "Innholdet er utviklet sammen med fagfolk og brukere, og bygger på kunnskap om " + tema.navn() + ". "
                + "Du arbeider i ditt eget tempo med " + format.innholdstype().navn().toLowerCase(Locale.ROOT) + ", "
                + "og kan ta pauser når du vil. " + tilgang;
    }

    static String initialer(String navn) {
        StringBuilder sb = new StringBuilder();
        for (String ord : navn.split("[\\s:-]+")) {
            if (!ord.isEmpty() && Character.isLetter(ord.charAt(0)) && sb.length() < 2 && ord.length() > 2) {
                sb.append(Character.toUpperCase(ord.charAt(0)));
            }
        }
        return sb.length() == 0 ? "V" : sb.toString();
    }

    static String slug(String navn) {
        String s = navn.toLowerCase(Locale.ROOT).replace("æ", "ae").replace("ø", "o").replace("å", "a")
                .replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.length() > 60 ? s.substring(0, 60).replaceAll("-+$", "") : s;
    }

    private static UUID uuid(SplittableRandom r) {
        return UUID.nameUUIDFromBytes(Long.toHexString(r.nextLong()).getBytes(StandardCharsets.US_ASCII));
    }

    private static <T> T pick(List<T> list, SplittableRandom r) {
        return list.get(r.nextInt(list.size()));
    }
}

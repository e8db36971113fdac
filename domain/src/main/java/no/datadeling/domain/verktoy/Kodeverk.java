package no.datadeling.domain.verktoy;

import java.util.Arrays;
import java.util.Optional;

/**
 * The Verktøykatalog's enumerations: each value has the numeric id the API exchanges and the name it shows. Helsenorge
 * publishes the ids (formål 2, 4, 5; fagområde 1-3; målgruppe 1-4; innholdstype 1-10; lenketype 50) but its value
 * lists did not survive in the published page, so the names here are ours, chosen from the catalogue's domain.
 * The database holds the ids only (check constraints list the same ids).
 */
public final class Kodeverk {

    private Kodeverk() {
    }

    /** An enumeration value with its API id and display name. */
    public interface Kode {
        int id();

        String navn();
    }

    /** The value with this id, if the enumeration defines it (the API answers VER-000204 otherwise). */
    public static <E extends Enum<E> & Kode> Optional<E> medId(Class<E> type, int id) {
        return Arrays.stream(type.getEnumConstants()).filter(k -> k.id() == id).findFirst();
    }

    public static <E extends Enum<E> & Kode> E kreve(Class<E> type, int id) {
        return medId(type, id).orElseThrow(() -> new IllegalArgumentException(type.getSimpleName() + " has no id " + id));
    }

    /** VerktoyFormalTypeId / VerktoyFormalNavn: what the tool is for. */
    public enum VerktoyFormal implements Kode {
        BEHANDLING(2, "Behandling"),
        MESTRING(4, "Mestring og egenbehandling"),
        FOREBYGGING(5, "Forebygging og livsstil");

        private final int id;
        private final String navn;

        VerktoyFormal(int id, String navn) {
            this.id = id;
            this.navn = navn;
        }

        public int id() {
            return id;
        }

        public String navn() {
            return navn;
        }
    }

    /** FagomradeType / FagomradeNavn; the list filter parameter Fagomrader. */
    public enum Fagomrade implements Kode {
        SOMATIKK(1, "Somatisk helse"),
        PSYKISK_HELSE(2, "Psykisk helse"),
        RUS(3, "Rus og avhengighet");

        private final int id;
        private final String navn;

        Fagomrade(int id, String navn) {
            this.id = id;
            this.navn = navn;
        }

        public int id() {
            return id;
        }

        public String navn() {
            return navn;
        }
    }

    /** MalgruppeTypeId / MalgruppeNavn; the list filter parameter Malgrupper. */
    public enum Malgruppe implements Kode {
        BARN(1, "Barn"),
        UNGDOM(2, "Ungdom"),
        VOKSNE(3, "Voksne"),
        ELDRE(4, "Eldre");

        private final int id;
        private final String navn;

        Malgruppe(int id, String navn) {
            this.id = id;
            this.navn = navn;
        }

        public int id() {
            return id;
        }

        public String navn() {
            return navn;
        }
    }

    /** The list filter parameter Sprak takes the id; responses show SprakKode (BCP 47) and SprakNavn. */
    public enum Sprak implements Kode {
        BOKMAL(1, "nb-NO", "Norsk bokmål"),
        NYNORSK(2, "nn-NO", "Norsk nynorsk"),
        ENGELSK(3, "en-GB", "Engelsk"),
        NORDSAMISK(4, "se-NO", "Nordsamisk");

        private final int id;
        private final String kode;
        private final String navn;

        Sprak(int id, String kode, String navn) {
            this.id = id;
            this.kode = kode;
            this.navn = navn;
        }

        public int id() {
            return id;
        }

        public String kode() {
            return kode;
        }

        public String navn() {
            return navn;
        }
    }

    /** InnholdstypeId / InnholdstypeNavn. */
    public enum Innholdstype implements Kode {
        SELVHJELPSPROGRAM(1, "Selvhjelpsprogram"),
        KARTLEGGING(2, "Kartlegging og selvtest"),
        DAGBOK(3, "Dagbok og registrering"),
        KURS(4, "Kurs"),
        INFORMASJON(5, "Informasjon og læring"),
        VIDEO(6, "Video"),
        SPILL(7, "Spill"),
        TRENING(8, "Treningsprogram"),
        SAMTALE(9, "Samtale og chat"),
        PLAN(10, "Plan og påminnelser");

        private final int id;
        private final String navn;

        Innholdstype(int id, String navn) {
            this.id = id;
            this.navn = navn;
        }

        public int id() {
            return id;
        }

        public String navn() {
            return navn;
        }
    }

    /** GrafiskElementTypeNavn: the kind of picture a GrafiskElement is; the image format follows from it. */
    public enum GrafiskElementType implements Kode {
        IKON(1, "Ikon", "image/svg+xml"),
        ILLUSTRASJON(2, "Illustrasjon", "image/png");

        private final int id;
        private final String navn;
        private final String medietype;

        GrafiskElementType(int id, String navn, String medietype) {
            this.id = id;
            this.navn = navn;
            this.medietype = medietype;
        }

        public int id() {
            return id;
        }

        public String navn() {
            return navn;
        }

        public String medietype() {
            return medietype;
        }
    }

    /** Apningstider of a veiledningstjeneste (a list of these ids in the PUT body). */
    public enum Apningstid implements Kode {
        HVERDAGER_DAG(1, "Hverdager 08-16"),
        HVERDAGER_KVELD(2, "Hverdager 16-22"),
        LORDAG(3, "Lørdag"),
        SONDAG_HELLIGDAG(4, "Søndag og helligdager"),
        DOGNAPEN(5, "Døgnåpen");

        private final int id;
        private final String navn;

        Apningstid(int id, String navn) {
            this.id = id;
            this.navn = navn;
        }

        public int id() {
            return id;
        }

        public String navn() {
            return navn;
        }
    }

    /** The one LenkeType the metadata answers carry (value 50, "Lenke til verktøy"). */
    public static final int LENKETYPE_VERKTOY = 50;
    public static final String LENKETYPE_VERKTOY_NAVN = "Lenke til verktøy";

    /** Behandlerinnsyn: what a behandler who sent the tool can see of the citizen's use of it. */
    public static final java.util.List<String> BEHANDLERINNSYN = java.util.List.of(
            "Ingen behandlerinnsyn",
            "Behandler ser at verktøyet er tatt i bruk",
            "Behandler ser innbyggers registreringer",
            "Behandler ser registreringer og kan gi tilbakemelding");
}

package no.datadeling.domain.populasjon;

import java.util.List;
import no.datadeling.domain.verktoy.Kodeverk.Fagomrade;
import no.datadeling.domain.verktoy.Kodeverk.Innholdstype;

/**
 * Material for the synthetic Verktøykatalog: health topics with their SNOMED CT concept (real concept ids, Norwegian
 * names) and search words, and the tool formats a topic can come in.
 */
final class VerktoyTema {

    record Tema(String navn, Fagomrade fagomrade, String snomedKode, String snomedNavn, List<String> sokeord) {
    }

    /** A tool format: how the name is built ("%s" = the topic) and which content type it is. */
    record Format(String mal, Innholdstype innholdstype, String sokeord) {
        String navn(String tema) {
            String n = String.format(mal, tema);
            return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }
    }

    static final List<Tema> TEMAER = List.of(
            new Tema("depresjon", Fagomrade.PSYKISK_HELSE, "35489007", "Depressiv lidelse", List.of("nedstemthet", "tristhet", "depresjon", "humør")),
            new Tema("angst", Fagomrade.PSYKISK_HELSE, "197480006", "Angstlidelse", List.of("angst", "uro", "bekymring", "panikk")),
            new Tema("søvnvansker", Fagomrade.PSYKISK_HELSE, "193462001", "Insomni", List.of("søvn", "søvnløshet", "insomni", "søvnrytme")),
            new Tema("posttraumatisk stress", Fagomrade.PSYKISK_HELSE, "47505003", "Posttraumatisk stresslidelse", List.of("traume", "PTSD", "stress")),
            new Tema("ADHD", Fagomrade.PSYKISK_HELSE, "406506008", "Hyperkinetisk forstyrrelse (ADHD)", List.of("konsentrasjon", "uoppmerksomhet", "ADHD")),
            new Tema("spiseforstyrrelser", Fagomrade.PSYKISK_HELSE, "72366004", "Spiseforstyrrelse", List.of("spising", "kroppsbilde", "matvaner")),
            new Tema("bipolar lidelse", Fagomrade.PSYKISK_HELSE, "13746004", "Bipolar lidelse", List.of("stemningsleie", "mani", "bipolar")),
            new Tema("stress", Fagomrade.PSYKISK_HELSE, "73595000", "Stress", List.of("stress", "utbrenthet", "avspenning", "pust")),
            new Tema("demens", Fagomrade.PSYKISK_HELSE, "52448006", "Demens", List.of("hukommelse", "demens", "pårørende")),
            new Tema("alkoholbruk", Fagomrade.RUS, "7200002", "Alkoholisme", List.of("alkohol", "drikkevaner", "avhengighet")),
            new Tema("røykeslutt", Fagomrade.RUS, "56294008", "Nikotinavhengighet", List.of("røyking", "snus", "nikotin", "røykeslutt")),
            new Tema("rusmidler", Fagomrade.RUS, "191816009", "Narkotikaavhengighet", List.of("rus", "cannabis", "avhengighet", "rusmestring")),
            new Tema("spillavhengighet", Fagomrade.RUS, "18085000", "Patologisk spilleavhengighet", List.of("pengespill", "gaming", "avhengighet")),
            new Tema("diabetes type 2", Fagomrade.SOMATIKK, "44054006", "Diabetes mellitus type 2", List.of("blodsukker", "diabetes", "kosthold")),
            new Tema("diabetes type 1", Fagomrade.SOMATIKK, "46635009", "Diabetes mellitus type 1", List.of("insulin", "blodsukker", "diabetes")),
            new Tema("KOLS", Fagomrade.SOMATIKK, "13645005", "Kronisk obstruktiv lungesykdom", List.of("lunger", "pust", "KOLS", "tungpust")),
            new Tema("astma", Fagomrade.SOMATIKK, "195967001", "Astma", List.of("astma", "pust", "inhalator", "allergi")),
            new Tema("høyt blodtrykk", Fagomrade.SOMATIKK, "38341003", "Hypertensjon", List.of("blodtrykk", "hjerte", "hypertensjon")),
            new Tema("hjertesvikt", Fagomrade.SOMATIKK, "84114007", "Hjertesvikt", List.of("hjerte", "væske", "vekt", "hjertesvikt")),
            new Tema("hjerteinfarkt", Fagomrade.SOMATIKK, "22298006", "Hjerteinfarkt", List.of("hjerte", "rehabilitering", "infarkt")),
            new Tema("overvekt", Fagomrade.SOMATIKK, "238131007", "Overvekt", List.of("vekt", "kosthold", "aktivitet", "overvekt")),
            new Tema("kroniske smerter", Fagomrade.SOMATIKK, "82423001", "Kroniske smerter", List.of("smerte", "smertemestring", "kronisk")),
            new Tema("ryggsmerter", Fagomrade.SOMATIKK, "279039007", "Korsryggsmerter", List.of("rygg", "smerte", "øvelser")),
            new Tema("migrene", Fagomrade.SOMATIKK, "37796009", "Migrene", List.of("hodepine", "migrene", "anfall")),
            new Tema("epilepsi", Fagomrade.SOMATIKK, "84757009", "Epilepsi", List.of("anfall", "epilepsi", "medisiner")),
            new Tema("revmatisme", Fagomrade.SOMATIKK, "69896004", "Revmatoid artritt", List.of("ledd", "revmatisme", "betennelse")),
            new Tema("artrose", Fagomrade.SOMATIKK, "396275006", "Artrose", List.of("ledd", "slitasje", "artrose", "bevegelse")),
            new Tema("kreft", Fagomrade.SOMATIKK, "363346000", "Kreftsykdom", List.of("kreft", "behandling", "fatigue")),
            new Tema("hjerneslag", Fagomrade.SOMATIKK, "230690007", "Hjerneslag", List.of("slag", "rehabilitering", "hjerne")),
            new Tema("multippel sklerose", Fagomrade.SOMATIKK, "24700007", "Multippel sklerose", List.of("MS", "fatigue", "nerver")),
            new Tema("irritabel tarm", Fagomrade.SOMATIKK, "10743008", "Irritabel tarm-syndrom", List.of("mage", "tarm", "IBS", "kosthold")),
            new Tema("søvnapné", Fagomrade.SOMATIKK, "73430006", "Søvnapné", List.of("søvn", "snorking", "CPAP")),
            new Tema("svangerskap", Fagomrade.SOMATIKK, "77386006", "Graviditet", List.of("gravid", "svangerskap", "fødsel")),
            new Tema("fallforebygging", Fagomrade.SOMATIKK, "129839007", "Risiko for fall", List.of("fall", "balanse", "styrke")));

    static final List<Format> FORMATER = List.of(
            new Format("kurs i mestring av %s", Innholdstype.KURS, "kurs"),
            new Format("%s-dagboken", Innholdstype.DAGBOK, "dagbok"),
            new Format("selvhjelp ved %s", Innholdstype.SELVHJELPSPROGRAM, "selvhjelp"),
            new Format("kartlegging av %s", Innholdstype.KARTLEGGING, "selvtest"),
            new Format("min plan for %s", Innholdstype.PLAN, "plan"),
            new Format("lev godt med %s", Innholdstype.INFORMASJON, "mestring"),
            new Format("trening ved %s", Innholdstype.TRENING, "trening"),
            new Format("lær om %s", Innholdstype.INFORMASJON, "kunnskap"),
            new Format("samtalestøtte ved %s", Innholdstype.SAMTALE, "chat"),
            new Format("videokurs om %s", Innholdstype.VIDEO, "video"),
            new Format("spill deg sterk: %s", Innholdstype.SPILL, "spill"),
            new Format("digital oppfølging av %s", Innholdstype.PLAN, "oppfølging"),
            new Format("første steg: %s", Innholdstype.SELVHJELPSPROGRAM, "veiledning"),
            new Format("pust og ro ved %s", Innholdstype.TRENING, "pusteøvelser"));

    /** Developers and dataansvarlige of the tools (synthetic names; their organisation numbers are generated). */
    static final List<String> LEVERANDORER = List.of("Mestringsverket AS", "Digital Helse Nord AS", "Helseverktøy Vest AS",
            "Pusterom Teknologi AS", "Livsmestring Digital AS", "Nordlys Helseapp AS", "Trygg Hverdag AS", "Hjertekompis AS",
            "Kvalitet i Behandling AS", "Selvhjelp Norge AS", "Fjordhelse Teknologi AS", "Balansepunktet AS",
            "Helsedialog Øst AS", "Mitt Forløp AS", "Tankevett AS", "Roligere AS", "Sunnmøre eHelse AS",
            "Vidde Velferdsteknologi AS", "Stegvis Helse AS", "Akershus Digital Mestring AS");

    static final List<String> FAGMILJOER = List.of("Nasjonal kompetansetjeneste for %s", "Fagrådet for %s",
            "Avdeling for %s, universitetssykehus", "Senter for forskning på %s", "Kompetansesenter for %s");

    private VerktoyTema() {
    }
}

package no.datadeling.domain.populasjon;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Places for the synthetic Folkeregister: real kommunenummer (2024 numbering) with postnummer and poststed that
 * Posten actually pairs with them, the statsforvalter that handles vergemål there, and foreign countries (ISO 3166
 * alpha-3 and alpha-2) with a city each. Street names are common Norwegian ones, not checked against Matrikkelen.
 */
final class Stedsdata {

    record Poststed(String kommunenummer, String postnummer, String poststed) {
    }

    record Land(String alfa3, String alfa2, String by, boolean eoes) {
    }

    /** Weighted by rough population: a kommune listed with several postnummer is drawn more often. */
    static final List<Poststed> POSTSTEDER = List.of(
            p("0301", "0150", "OSLO"), p("0301", "0170", "OSLO"), p("0301", "0255", "OSLO"), p("0301", "0355", "OSLO"),
            p("0301", "0457", "OSLO"), p("0301", "0554", "OSLO"), p("0301", "0562", "OSLO"), p("0301", "0655", "OSLO"),
            p("0301", "0672", "OSLO"), p("0301", "0755", "OSLO"), p("0301", "0851", "OSLO"), p("0301", "0956", "OSLO"),
            p("0301", "0980", "OSLO"), p("0301", "1152", "OSLO"), p("0301", "1255", "OSLO"),
            p("4601", "5003", "BERGEN"), p("4601", "5015", "BERGEN"), p("4601", "5035", "BERGEN"),
            p("4601", "5055", "BERGEN"), p("4601", "5097", "BERGEN"), p("4601", "5221", "NESTTUN"),
            p("5001", "7010", "TRONDHEIM"), p("5001", "7030", "TRONDHEIM"), p("5001", "7041", "TRONDHEIM"),
            p("5001", "7072", "HEIMDAL"),
            p("1103", "4006", "STAVANGER"), p("1103", "4014", "STAVANGER"), p("1103", "4021", "STAVANGER"),
            p("1108", "4306", "SANDNES"), p("1108", "4318", "SANDNES"),
            p("3201", "1337", "SANDVIKA"), p("3201", "1356", "BEKKESTUA"), p("3201", "1368", "STABEKK"),
            p("3203", "1384", "ASKER"), p("3205", "2000", "LILLESTRØM"), p("3207", "1400", "SKI"),
            p("3207", "1410", "KOLBOTN"), p("3209", "2050", "JESSHEIM"),
            p("4204", "4608", "KRISTIANSAND S"), p("4204", "4630", "KRISTIANSAND S"),
            p("3107", "1606", "FREDRIKSTAD"), p("3107", "1614", "FREDRIKSTAD"), p("3105", "1706", "SARPSBORG"),
            p("3103", "1530", "MOSS"), p("3101", "1767", "HALDEN"),
            p("3301", "3015", "DRAMMEN"), p("3301", "3040", "DRAMMEN"), p("3303", "3611", "KONGSBERG"),
            p("5501", "9008", "TROMSØ"), p("5501", "9019", "TROMSØ"), p("5503", "9405", "HARSTAD"),
            p("3901", "3183", "HORTEN"), p("3905", "3110", "TØNSBERG"), p("3907", "3210", "SANDEFJORD"),
            p("3909", "3256", "LARVIK"), p("4001", "3915", "PORSGRUNN"), p("4003", "3717", "SKIEN"),
            p("1804", "8006", "BODØ"), p("1804", "8015", "BODØ"),
            p("4203", "4836", "ARENDAL"), p("4202", "4876", "GRIMSTAD"),
            p("1506", "6413", "MOLDE"), p("1508", "6002", "ÅLESUND"), p("1508", "6015", "ÅLESUND"),
            p("3403", "2317", "HAMAR"), p("3405", "2609", "LILLEHAMMER"), p("3407", "2815", "GJØVIK"),
            p("4647", "6800", "FØRDE"), p("5601", "9510", "ALTA"),
            p("5610", "9730", "KARASJOK"), p("5630", "9980", "BERLEVÅG"));

    static final List<String> GATER = List.of("Storgata", "Kirkegata", "Skolegata", "Parkveien", "Bakkeveien",
            "Granittvegen", "Furuveien", "Bjørkeveien", "Solbakken", "Fjordveien", "Havnegata", "Strandveien",
            "Kongens gate", "Dronningens gate", "Løkkeveien", "Myrveien", "Lindeveien", "Eikeveien", "Rognveien",
            "Åsveien", "Bergveien", "Stasjonsveien", "Jernbanegata", "Torggata", "Elvegata", "Skogveien", "Engveien",
            "Markveien", "Huldravegen", "Nedre Tolgenslivei", "Øvre Eikervei", "Sjøgata", "Tollbodgata", "Nordre gate");

    /** Statsforvalteren that handles vergemål, by the kommunenummer's county digits (2024 counties). */
    static final Map<String, String> EMBETER = Map.ofEntries(
            Map.entry("03", "statsforvalterenIOestfoldBuskerudOsloOgAkershus"),
            Map.entry("31", "statsforvalterenIOestfoldBuskerudOsloOgAkershus"),
            Map.entry("32", "statsforvalterenIOestfoldBuskerudOsloOgAkershus"),
            Map.entry("33", "statsforvalterenIOestfoldBuskerudOsloOgAkershus"),
            Map.entry("11", "statsforvalterenIRogaland"), Map.entry("15", "statsforvalterenIMoereOgRomsdal"),
            Map.entry("18", "statsforvalterenINordland"), Map.entry("34", "statsforvalterenIInnlandet"),
            Map.entry("39", "statsforvalterenIVestfoldOgTelemark"), Map.entry("40", "statsforvalterenIVestfoldOgTelemark"),
            Map.entry("42", "statsforvalterenIAgder"), Map.entry("46", "statsforvalterenIVestland"),
            Map.entry("50", "statsforvalterenITroendelag"), Map.entry("55", "statsforvalterenITromsOgFinnmark"),
            Map.entry("56", "statsforvalterenITromsOgFinnmark"));

    static final List<Land> LAND = List.of(
            new Land("POL", "PL", "Gdańsk", true), new Land("LTU", "LT", "Kaunas", true), new Land("SWE", "SE", "Göteborg", true),
            new Land("DNK", "DK", "Aarhus", true), new Land("DEU", "DE", "Hamburg", true), new Land("GBR", "GB", "Leeds", false),
            new Land("SYR", "SY", "Aleppo", false), new Land("SOM", "SO", "Mogadishu", false), new Land("ERI", "ER", "Asmara", false),
            new Land("PHL", "PH", "Cebu", false), new Land("THA", "TH", "Chiang Mai", false), new Land("UKR", "UA", "Lviv", false),
            new Land("IRQ", "IQ", "Erbil", false), new Land("AFG", "AF", "Herat", false), new Land("PAK", "PK", "Lahore", false),
            new Land("IND", "IN", "Pune", false), new Land("VNM", "VN", "Hue", false), new Land("ROU", "RO", "Cluj-Napoca", true),
            new Land("ESP", "ES", "Valencia", true), new Land("ISL", "IS", "Reykjavik", true), new Land("USA", "US", "Minneapolis", false),
            new Land("FIN", "FI", "Tampere", true), new Land("ITA", "IT", "Bologna", true), new Land("LVA", "LV", "Riga", true));

    private Stedsdata() {
    }

    private static Poststed p(String kommunenummer, String postnummer, String poststed) {
        return new Poststed(kommunenummer, postnummer, poststed);
    }

    static <T> T velg(List<T> liste, SplittableRandom r) {
        return liste.get(r.nextInt(liste.size()));
    }

    static String embete(String kommunenummer) {
        return EMBETER.getOrDefault(kommunenummer.substring(0, 2), "statsforvalterenIOestfoldBuskerudOsloOgAkershus");
    }

    /** A birth institution for a kommune: the region's hospital (names as the hospitals call themselves). */
    static String foedeinstitusjon(String kommunenummer) {
        return switch (kommunenummer.substring(0, 2)) {
            case "03", "32" -> "Oslo universitetssykehus Ullevål";
            case "46" -> "Haukeland universitetssjukehus";
            case "50" -> "St. Olavs hospital";
            case "11" -> "Stavanger universitetssjukehus";
            case "55", "56" -> "Universitetssykehuset Nord-Norge";
            case "42" -> "Sørlandet sykehus";
            default -> "Sykehuset i " + poststedFor(kommunenummer);
        };
    }

    private static final Map<String, String> KOMMUNENAVN = new java.util.HashMap<>();

    static {
        for (Poststed p : POSTSTEDER) {
            KOMMUNENAVN.putIfAbsent(p.kommunenummer(), p.poststed().charAt(0) + p.poststed().substring(1).toLowerCase(java.util.Locale.ROOT));
        }
    }

    /** The kommune's main town, as a name ("Tromsø"). */
    static String poststedFor(String kommunenummer) {
        return KOMMUNENAVN.getOrDefault(kommunenummer, "Oslo");
    }
}

package no.datadeling.domain.populasjon;

import java.util.List;

/** Name and place material for the generator: common Norwegian names (SSB's frequency lists) and real kommunenummer. */
final class Navn {

    static final List<String> KVINNER = List.of("Anne", "Inger", "Kari", "Marit", "Ingrid", "Liv", "Eva", "Berit", "Astrid",
            "Bjørg", "Hilde", "Anna", "Solveig", "Marianne", "Randi", "Ida", "Nina", "Maria", "Elisabeth", "Kristin", "Bente",
            "Heidi", "Silje", "Hanne", "Gerd", "Linda", "Tone", "Elin", "Anita", "Wenche", "Camilla", "Emma", "Nora", "Sara",
            "Sofie", "Ingeborg", "Thea", "Julie", "Maja", "Emilie", "Ella", "Olivia", "Leah", "Frida", "Aurora", "Hedda",
            "Åse", "Sigrid", "Ragnhild", "Turid", "Grete", "Mona", "Tove", "Siri", "Kristine", "Mari", "Line", "Ane", "Vilde",
            "Tuva");
    static final List<String> MENN = List.of("Jan", "Per", "Bjørn", "Ole", "Lars", "Kjell", "Knut", "Svein", "Arne",
            "Thomas", "Hans", "Geir", "Tor", "Morten", "Terje", "Odd", "Erik", "Martin", "Andreas", "John", "Anders", "Rune",
            "Trond", "Tore", "Jon", "Harald", "Olav", "Stian", "Magnus", "Kristian", "Espen", "Øyvind", "Nils", "Jonas",
            "Daniel", "Henrik", "Fredrik", "Emil", "Jakob", "Noah", "William", "Oskar", "Lucas", "Filip", "Aksel", "Mathias",
            "Elias", "Isak", "Sander", "Tobias", "Håkon", "Sindre", "Eirik", "Vegard", "Ivar", "Sverre", "Gunnar", "Leif",
            "Rolf", "Steinar");
    static final List<String> ETTERNAVN = List.of("Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen",
            "Kristiansen", "Jensen", "Karlsen", "Johnsen", "Pettersen", "Eriksen", "Berg", "Haugen", "Hagen", "Johannessen",
            "Andreassen", "Jacobsen", "Dahl", "Jørgensen", "Henriksen", "Lund", "Halvorsen", "Sørensen", "Jakobsen", "Moen",
            "Gundersen", "Iversen", "Strand", "Solberg", "Svendsen", "Eide", "Knutsen", "Martinsen", "Paulsen", "Bakken",
            "Kristoffersen", "Mathisen", "Lie", "Amundsen", "Nguyen", "Rasmussen", "Ali", "Lunde", "Solheim", "Berge",
            "Moe", "Nygård", "Bakke", "Kristensen", "Fredriksen", "Holm", "Lien", "Hauge", "Christensen", "Andresen",
            "Nielsen", "Knudsen", "Evensen", "Sæther", "Aas", "Myhre", "Hanssen", "Ahmed", "Haugland", "Thomassen",
            "Sivertsen", "Simonsen", "Danielsen", "Berntsen", "Sandvik", "Rønning", "Arnesen", "Antonsen", "Næss",
            "Vik", "Haug", "Ellingsen", "Thorsen");
    /** Real kommunenummer (2024 numbering). */
    static final List<String> KOMMUNER = List.of("0301", "4601", "5001", "1103", "3201", "3203", "4204", "1108", "3107",
            "3301", "5501", "3901", "3905", "1804", "4203", "1506", "3101", "3205", "4003", "3403");
    static final List<String> BRANSJER = List.of("Bygg", "Elektro", "Rør", "Maling", "Transport", "Renhold", "Tømrer",
            "Entreprenør", "Anlegg", "Montasje", "Service", "Eiendom", "Consulting", "Handel", "Verksted", "Mur",
            "Stillas", "Ventilasjon", "Riving", "Graving");

    private Navn() {
    }
}

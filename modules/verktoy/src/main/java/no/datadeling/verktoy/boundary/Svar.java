package no.datadeling.verktoy.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The small answers of the Verktøy API, with the documented names. */
public final class Svar {

    private Svar() {
    }

    @JsonbPropertyOrder({"verktoyId", "navn"})
    @Schema(name = "VerktoySokTreff")
    public static class SokTreff {
        @JsonbProperty("VerktoyId") public String verktoyId;
        @JsonbProperty("Navn") public String navn;

        public SokTreff() {
        }

        SokTreff(String verktoyId, String navn) {
            this.verktoyId = verktoyId;
            this.navn = navn;
        }
    }

    @Schema(name = "SendVerktoySvar", description = "PseudoId: innbyggerens pseudo-id for API-klienten")
    public static class Sendt {
        @JsonbProperty("PseudoId") public String pseudoId;

        public Sendt() {
        }

        Sendt(String pseudoId) {
            this.pseudoId = pseudoId;
        }
    }

    @JsonbPropertyOrder({"id", "idType", "navn"})
    @Schema(name = "Behandler")
    public static class Behandler {
        @JsonbProperty("Id") @Schema(description = "HPR-nummer eller fødselsnummer") public String id;
        @JsonbProperty("IdType") @Schema(enumeration = {"HPR", "FNR"}) public String idType;
        @JsonbProperty("Navn") public String navn;

        public Behandler() {
        }

        Behandler(String id, String idType, String navn) {
            this.id = id;
            this.idType = idType;
            this.navn = navn;
        }
    }

    @JsonbPropertyOrder({"id", "telefon", "url", "apningstider"})
    @Schema(name = "Veiledningstjeneste")
    public static class Veiledningstjeneste {
        @JsonbProperty("Id") public String id;
        @JsonbProperty("Telefon") public String telefon;
        @JsonbProperty("Url") public String url;
        @JsonbProperty("Apningstider") @Schema(description = "1 hverdager 08-16, 2 hverdager 16-22, 3 lørdag, 4 søndag og helligdager, 5 døgnåpen")
        public List<Integer> apningstider;

        public Veiledningstjeneste() {
        }

        Veiledningstjeneste(String id, String telefon, String url, List<Integer> apningstider) {
            this.id = id;
            this.telefon = telefon;
            this.url = url;
            this.apningstider = apningstider;
        }
    }
}

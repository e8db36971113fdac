package no.datadeling.navhelse.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The response of GET hendelser, field for field as NAV's published schema ("Trygdehendelse"). */
@JsonbPropertyOrder({"antallHendelser", "hendelser", "totaltAntallHendelser"})
@Schema(name = "Trygdehendelse", description = "Responsen fra GET /hendelser")
public class TrygdehendelseSvar {

    @Schema(description = "Antall hendelser i listen \"hendelser\".", format = "int32")
    public int antallHendelser;
    @Schema(type = SchemaType.ARRAY, implementation = Hendelse.class, description = "Liste med hendelser basert på request.")
    public List<Hendelse> hendelser = new ArrayList<>();
    @Schema(description = "Totalt antall tilgjengelige hendelser som tilfredsstiller requesten.", format = "int64")
    public long totaltAntallHendelser;

    @JsonbPropertyOrder({"hendelsesnummer", "innhold", "metadata", "type"})
    @Schema(name = "Hendelse", description = "Beskrivelse av èn enkelthendelse.")
    public static class Hendelse {
        @Schema(description = "Hendelsens sekvensnummer.", format = "int64")
        public long hendelsesnummer;
        public Innhold innhold;
        public Metadata metadata;
        @Schema(enumeration = {"OPPRETTET", "ENDRET", "ANNULLERT"})
        public String type;
    }

    @JsonbPropertyOrder({"periodeId", "personident"})
    @Schema(name = "Innhold", description = "En hendelses sentrale innhold")
    public static class Innhold {
        @Schema(description = "Identifikator for medlemskapsperioden hendelsen gjelder.", format = "int64")
        public long periodeId;
        @Schema(description = "FNR/DNR som hendelsen gjelder.")
        public String personident;
    }

    @JsonbPropertyOrder({"hjemmelgruppe", "opprettetDato"})
    @Schema(name = "Metadata", description = "Beskrivelse av en hendelse.")
    public static class Metadata {
        @Schema(enumeration = {"EOS", "OEVRIGE", "ALLE"})
        public String hjemmelgruppe;
        @Schema(format = "date-time", description = "Tidsstempel da hendelsen ble motatt fra Medlemskapsregisteret.")
        public String opprettetDato;
    }
}

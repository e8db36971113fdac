package no.datadeling.arbeidsforhold.boundary;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code {"aktiv":"JA","perioder":[{"startdato":"2023-10-04","sluttdato":"2023-10-11"}]}} and its XML form. */
@XmlRootElement(name = "arbeidsforhold", namespace = ArbeidsforholdSvar.NAMESPACE)
@XmlAccessorType(XmlAccessType.FIELD)
@XmlType(name = "", propOrder = {"aktiv", "perioder"})
@JsonbPropertyOrder({"aktiv", "perioder"})
@Schema(name = "Arbeidsforhold", description = "Om det foreligger et arbeidsforhold, og periodene for det")
public class ArbeidsforholdSvar {

    public static final String NAMESPACE = "urn:no:skatteetaten:datasamarbeid:arbeidsforholdioppdrag:v1";

    @XmlElement(namespace = NAMESPACE, required = true)
    @Schema(required = true, enumeration = {"JA", "NEI"}, description = "JA når en periode omfatter dagens dato")
    public String aktiv;

    @XmlElement(namespace = NAMESPACE)
    @Schema(type = SchemaType.ARRAY, implementation = Periode.class)
    public List<Periode> perioder = new ArrayList<>();

    @XmlAccessorType(XmlAccessType.FIELD)
    @XmlType(name = "periode", propOrder = {"startdato", "sluttdato"})
    @JsonbPropertyOrder({"startdato", "sluttdato"})
    @Schema(name = "Periode")
    public static class Periode {
        @XmlElement(namespace = NAMESPACE, required = true)
        @Schema(required = true, format = "date", example = "2023-10-04")
        public String startdato;

        @XmlElement(namespace = NAMESPACE)
        @Schema(format = "date", example = "2023-10-11", description = "Utelatt for en pågående periode")
        public String sluttdato;

        public Periode() {
        }

        Periode(String startdato, String sluttdato) {
            this.startdato = startdato;
            this.sluttdato = sluttdato;
        }
    }
}

package no.datadeling.simulering.control;

import java.time.LocalDate;
import java.util.List;
import no.datadeling.infra.ident.Foedselsnummer;

/**
 * A validated SimulerAlderspensjonRequestV3. {@code forsteUttak} null asks for the running pension; {@code heltUttak}
 * null when the first withdrawal is already 100 %. Future incomes are sorted by fomDato.
 */
public record Simuleringsforespoersel(Foedselsnummer fnr, Uttak forsteUttak, Uttak heltUttak, int aarIUtlandetEtter16,
                                      String sivilstand, boolean epsPensjon, boolean eps2G,
                                      List<FremtidigInntekt> fremtidigInntekt, boolean simulerMedAfpPrivat) {

    public record Uttak(LocalDate datoFom, int grad) {
    }

    public record FremtidigInntekt(LocalDate fomDato, int arligInntekt) {
    }
}

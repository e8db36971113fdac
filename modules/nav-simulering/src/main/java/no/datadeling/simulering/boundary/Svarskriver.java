package no.datadeling.simulering.boundary;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.math.RoundingMode;
import no.datadeling.simulering.control.Alderspensjonssimulering.Periode;
import no.datadeling.simulering.control.Alderspensjonssimulering.Resultat;
import no.datadeling.simulering.control.Beregningspunkt;

/**
 * SimulerAlderspensjonResponseV3 exactly as the spec names its fields. {@code hentFullAPListe} false gives
 * alderspensjonFraFolketrygden only at the first and the full withdrawal; true gives every period. Amounts are kroner
 * a year in today's G; decimals are written plainly (never in exponent form).
 */
final class Svarskriver {

    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(null);

    private Svarskriver() {
    }

    static String skriv(Resultat r, boolean hentFullAPListe) {
        JsonArrayBuilder perioder = JSON.createArrayBuilder();
        JsonArrayBuilder ap = JSON.createArrayBuilder();
        for (Periode p : r.perioder()) {
            perioder.add(JSON.createObjectBuilder().add("arligUtbetaling", p.arligUtbetaling()).add("datoFom", p.datoFom().toString()));
            boolean uttaksdato = p.datoFom().equals(r.forsteUttak()) || p.datoFom().equals(r.heltUttak());
            if (hentFullAPListe || uttaksdato) {
                JsonArrayBuilder delytelser = JSON.createArrayBuilder();
                p.delytelser().forEach((type, belop) -> delytelser.add(JSON.createObjectBuilder()
                        .add("pensjonstype", type).add("belop", belop)));
                ap.add(JSON.createObjectBuilder().add("datoFom", p.datoFom().toString()).add("delytelser", delytelser)
                        .add("uttaksgrad", p.uttaksgrad()));
            }
        }
        JsonArrayBuilder data = JSON.createArrayBuilder();
        JsonArrayBuilder beholdninger = JSON.createArrayBuilder();
        for (Beregningspunkt b : r.punkter()) {
            data.add(JSON.createObjectBuilder()
                    .add("poengArTom1991", b.poengaarTom1991())
                    .add("poengArFom1992", b.poengaarFom1992())
                    .add("sluttpoengtall", desimal(b.sluttpoengtall(), 2))
                    .add("anvendtTrygdetid", b.trygdetid())
                    .add("basisgp", desimal(b.grunnpensjon(), 2))
                    .add("basistp", desimal(b.tilleggspensjon(), 2))
                    .add("basispt", desimal(b.pensjonstillegg(), 2))
                    .add("forholdstallUttak", desimal(b.forholdstall(), 3))
                    .add("delingstallUttak", desimal(b.delingstall(), 2))
                    // § 19-9a: skjermingstillegg is for those born 1944–1951 who had uføretrygd at 67; the synthetic
                    // uføre cases are all of persons aged 20–70 in 2026 (born 1955 or later), so no one here has it.
                    .add("skjermingstillegg", desimal(0, 2))
                    .add("uforegradVedOmregning", b.uforegradVedOmregning())
                    .add("datofom", b.dato().toString()));
            if (b.andel20() > 0) {
                double sats = b.garantipensjonsnivaa() * 40 / b.trygdetid();
                beholdninger.add(JSON.createObjectBuilder()
                        .add("pensjonsbeholdning", desimal(b.pensjonsbeholdning(), 2))
                        .add("garantipensjonsbeholdning", desimal(b.garantipensjonsbeholdning(), 2))
                        .add("garantitilleggsbeholdning", desimal(b.garantitilleggsbeholdning(), 2))
                        .add("datoFom", b.dato().toString())
                        .add("garantipensjonsniva", JSON.createObjectBuilder()
                                .add("belop", desimal(b.garantipensjonsnivaa(), 2))
                                .add("sats", desimal(sats, 2))
                                .add("satsType", r.sats().garantisatsType())
                                .add("tt_anv", b.trygdetid())));
            }
        }
        JsonObjectBuilder svar = JSON.createObjectBuilder()
                .add("pensjonsperioder", perioder)
                .add("simuleringsdataliste", data)
                .add("pensjonsbeholdningsperioder", beholdninger)
                .add("alderspensjonFraFolketrygden", ap)
                .add("harUttak", r.harUttak())
                .add("harTidligereUttak", r.harTidligereUttak())
                .add("sisteGyldigeOpptjeningsAr", r.sisteGyldigeOpptjeningsAr());
        return svar.build().toString();
    }

    private static BigDecimal desimal(double v, int desimaler) {
        return BigDecimal.valueOf(v).setScale(desimaler, RoundingMode.HALF_UP);
    }
}

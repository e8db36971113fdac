package no.datadeling.simulering.control;

import java.util.Set;

/**
 * Which satser apply, from the marital status at retirement and the situation of the spouse/partner/samboer (EPS),
 * folketrygdloven §§ 19-5, 19-8 and 20-9. Living alone (single, widowed, divorced, separated, living apart): the
 * enslig satser. Living with an EPS: by the EPS's situation, since § 19-8 has a sats for each case.
 * <pre>
 *                 grunnpensjon   minstepensjonsnivå   garantipensjonsnivå
 *   ENSLIG        1,00 G         særskilt sats        høy sats
 *   EPS_UNDER_2G  1,00 G         høy sats             høy sats        (EPS without pension, income up to 2 G)
 *   EPS_OVER_2G   0,90 G         ordinær sats         ordinær sats    (EPS with income over 2 G)
 *   EPS_PENSJON   0,90 G         lav sats             ordinær sats    (EPS receiving a pension)
 * </pre>
 */
public enum Sivilstandssats {
    ENSLIG, EPS_UNDER_2G, EPS_OVER_2G, EPS_PENSJON;

    /** The statuses of the spec's SivilstandVedPensjonering that mean living with a spouse/partner/samboer. */
    static final Set<String> MED_PARTNER = Set.of("GIFT", "REPA", "SAMB");
    public static final Set<String> ALLE = Set.of("ENKE", "GIFT", "GJES", "GJPA", "GJSA", "GLAD", "PLAD", "REPA", "SAMB",
            "SEPA", "SEPR", "SKIL", "SKPA", "UGIF");

    public static Sivilstandssats av(String sivilstand, boolean epsPensjon, boolean eps2G) {
        if (!MED_PARTNER.contains(sivilstand)) {
            return ENSLIG;
        }
        return epsPensjon ? EPS_PENSJON : eps2G ? EPS_OVER_2G : EPS_UNDER_2G;
    }

    /** § 19-5 with § 3-2: grunnpensjon at full trygdetid, in G. */
    public double grunnpensjon(Folketrygdparametre p) {
        return p.sats(this == EPS_OVER_2G || this == EPS_PENSJON ? "grunnpensjon_par" : "grunnpensjon_enslig");
    }

    /** § 19-8: minstepensjonsnivå (grunnpensjon + pensjonstillegg) at full trygdetid, in G. */
    public double minstepensjonsnivaa(Folketrygdparametre p) {
        return p.sats(switch (this) {
            case ENSLIG -> "minstepensjonsnivaa_saerskilt";
            case EPS_UNDER_2G -> "minstepensjonsnivaa_hoy";
            case EPS_OVER_2G -> "minstepensjonsnivaa_ordinaer";
            case EPS_PENSJON -> "minstepensjonsnivaa_lav";
        });
    }

    /** § 20-9: garantipensjonsnivå at full trygdetid, in G. */
    public double garantipensjonsnivaa(Folketrygdparametre p) {
        return p.sats(erHoyGarantisats() ? "garantipensjonsnivaa_hoy" : "garantipensjonsnivaa_ordinaer");
    }

    /** NAV's name of the garantipensjon sats. */
    public String garantisatsType() {
        return erHoyGarantisats() ? "HOY" : "ORDINAER";
    }

    private boolean erHoyGarantisats() {
        return this == ENSLIG || this == EPS_UNDER_2G;
    }

    /**
     * § 19-11 third paragraph and § 20-15 third paragraph: the test for withdrawal before 67 measures the pension at 67
     * against minstepensjonsnivå and garantipensjonsnivå with ordinær sats, whatever the applicant's own sats.
     */
    public static double minstepensjonsnivaaForTidligUttak(Folketrygdparametre p) {
        return p.sats("minstepensjonsnivaa_ordinaer");
    }

    /** See {@link #minstepensjonsnivaaForTidligUttak}. */
    public static double garantipensjonsnivaaForTidligUttak(Folketrygdparametre p) {
        return p.sats("garantipensjonsnivaa_ordinaer");
    }
}

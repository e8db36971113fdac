package no.datadeling.simulering.control;

import java.util.Set;

/**
 * Which sats applies, from the marital status at retirement and the spouse's situation (folketrygdloven §§ 19-5, 19-8,
 * 20-9): a person married, in a registered partnership or cohabiting, whose spouse/partner/samboer receives a pension
 * or has income over 2 G, gets the lower satser; everybody else (single, widowed, divorced, separated, living apart,
 * or with a spouse without pension and under 2 G) the ordinary single satser.
 */
public enum Sivilstandssats {
    ENSLIG, PAR;

    /** The statuses of the spec's SivilstandVedPensjonering that mean living with a spouse/partner/samboer. */
    static final Set<String> MED_PARTNER = Set.of("GIFT", "REPA", "SAMB");
    public static final Set<String> ALLE = Set.of("ENKE", "GIFT", "GJES", "GJPA", "GJSA", "GLAD", "PLAD", "REPA", "SAMB",
            "SEPA", "SEPR", "SKIL", "SKPA", "UGIF");

    public static Sivilstandssats av(String sivilstand, boolean epsPensjon, boolean eps2G) {
        return MED_PARTNER.contains(sivilstand) && (epsPensjon || eps2G) ? PAR : ENSLIG;
    }

    /** § 19-5 with § 3-2: grunnpensjon at full trygdetid, in G. */
    public double grunnpensjon(Folketrygdparametre p) {
        return p.sats(this == PAR ? "grunnpensjon_par" : "grunnpensjon_enslig");
    }

    /** § 19-8: minstepensjonsnivå (grunnpensjon + pensjonstillegg) at full trygdetid, in G. */
    public double minstepensjonsnivaa(Folketrygdparametre p) {
        return p.sats(this == PAR ? "minstepensjonsnivaa_lav" : "minstepensjonsnivaa_ordinaer");
    }

    /** § 20-9: garantipensjonsnivå at full trygdetid, in G. */
    public double garantipensjonsnivaa(Folketrygdparametre p) {
        return p.sats(this == PAR ? "garantipensjonsnivaa_ordinaer" : "garantipensjonsnivaa_hoy");
    }

    /** NAV's name of the garantipensjon sats. */
    public String garantisatsType() {
        return this == PAR ? "ORDINAER" : "HOY";
    }
}

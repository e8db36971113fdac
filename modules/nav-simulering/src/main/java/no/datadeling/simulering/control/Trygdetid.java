package no.datadeling.simulering.control;

/**
 * Trygdetid, folketrygdloven § 3-5 (kapittel 19) and § 20-10 (garantipensjon): years of membership from 16 up to the
 * year before withdrawal, at most the year one turns 66, capped at 40 years (full). The request's arIUtlandetEtter16
 * (years abroad after 16) are subtracted. Old-age pension needs at least 5 years (§ 19-2, § 20-8).
 */
public final class Trygdetid {

    private Trygdetid() {
    }

    /** @param uttaksalder whole years of age at withdrawal */
    public static int anvendt(int uttaksalder, int aarIUtlandet, Folketrygdparametre p) {
        int mulige = Math.min(uttaksalder, 67) - 16;
        return (int) Math.max(0, Math.min(p.sats("full_trygdetid"), mulige - aarIUtlandet));
    }

    public static boolean oppfyllerMinstekrav(int trygdetid, Folketrygdparametre p) {
        return trygdetid >= p.sats("minste_trygdetid");
    }
}

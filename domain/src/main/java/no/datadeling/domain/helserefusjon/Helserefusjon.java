package no.datadeling.domain.helserefusjon;

/** Names shared by the generator and the nav-helserefusjon module: the two feeds. */
public final class Helserefusjon {

    /** KUHR FKR events as received, numbered in commit order. */
    public static final String KUHR_FEED = "helserefusjon/kuhr-fkr";
    /** Changes to SAR (samhandler rows), each event carrying the samhandler as it reads after the change. */
    public static final String SAR_FEED = "helserefusjon/sar";

    private Helserefusjon() {
    }
}

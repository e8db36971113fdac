package no.datadeling.domain.populasjon;

import java.util.List;

/** Every context's population part, in load order (one line per context). */
public final class Populasjonsdeler {

    public static final List<PopulasjonsDel> ALLE = List.of(
            new ArbeidsforholdDel(),
            new NavHelseDel(),
            new VerktoyDel(),
            new FolkeregisterDel(),
            new TpRegisterDel(),
            new PensjonsopptjeningDel(),
            new PensjonDel(),
            new AapDel(),
            new HelserefusjonDel());

    private Populasjonsdeler() {
    }
}

package no.datadeling.domain.populasjon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.datadeling.domain.medlemskap.Hjemmelgruppe;
import no.datadeling.domain.medlemskap.Trygdehendelsestype;

/**
 * A generated medlemskapsunntak in its final state, with the history that led there ({@code historikk}: one
 * OPPRETTET, then ENDRET and at most one ANNULLERT, in time order): the trygdehendelser feed is built from it.
 */
public record SyntetiskMedlemskapsunntak(long unntakId, String ident, LocalDate fraOgMed, LocalDate tilOgMed, String status,
                                         String statusaarsak, String dekning, boolean helsedel, boolean medlem, String lovvalg,
                                         String lovvalgsland, String grunnlag, String kilde, String kildedokument,
                                         LocalDate registrert, LocalDate besluttet, String opprettetAv, String sistEndretAv,
                                         Studie studie, List<Endring> historikk) {

    public record Studie(String statsborgerland, String studieland, boolean delstudie, boolean soeknadInnvilget) {
    }

    public record Endring(Trygdehendelsestype type, Instant tidspunkt) {
    }

    public SyntetiskMedlemskapsunntak {
        historikk = List.copyOf(historikk);
    }

    public int versjon() {
        return historikk.size() - 1;
    }

    public Instant opprettet() {
        return historikk.get(0).tidspunkt();
    }

    public Instant sistEndret() {
        return historikk.get(historikk.size() - 1).tidspunkt();
    }

    public Hjemmelgruppe hjemmelgruppe() {
        return Hjemmelgruppe.forGrunnlag(grunnlag);
    }
}

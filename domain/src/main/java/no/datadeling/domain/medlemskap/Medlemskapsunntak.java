package no.datadeling.domain.medlemskap;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A period of exception from the main rule of membership in folketrygden, as NAV's MEDL keeps it.
 *
 * <p>Invariants: tilOgMed &ge; fraOgMed; {@code versjon} counts the changes since creation; an annulled period
 * (status AVST, statusaarsak Feilregistrert) is never changed again. Every change is published as a trygdehendelse on
 * {@link #FEED} in the same transaction (the nav-helse module's service does that), so the feed is the period's history.
 */
@Entity
@Table(name = "medlemskapsunntak")
public class Medlemskapsunntak {

    /** The trygdehendelser feed (no.datadeling.infra.feed). */
    public static final String FEED = "nav-helse/trygdehendelser";
    public static final String STATUS_GYLDIG = "GYLD";
    public static final String STATUS_AVSLUTTET = "AVST";
    public static final String AARSAK_FEILREGISTRERT = "Feilregistrert";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "unntak_id")
    private Long unntakId;
    @Column(name = "ident", nullable = false, length = 11)
    private String ident;
    @Column(name = "fra_og_med", nullable = false)
    private LocalDate fraOgMed;
    @Column(name = "til_og_med", nullable = false)
    private LocalDate tilOgMed;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "statusaarsak")
    private String statusaarsak;
    @Column(name = "dekning", nullable = false)
    private String dekning;
    @Column(name = "helsedel", nullable = false)
    private boolean helsedel;
    @Column(name = "medlem", nullable = false)
    private boolean medlem;
    @Column(name = "lovvalg", nullable = false)
    private String lovvalg;
    @Column(name = "lovvalgsland")
    private String lovvalgsland;
    @Column(name = "grunnlag", nullable = false)
    private String grunnlag;
    @Column(name = "kilde", nullable = false)
    private String kilde;
    @Column(name = "kildedokument")
    private String kildedokument;
    @Column(name = "versjon", nullable = false)
    private int versjon;
    @Column(name = "registrert", nullable = false)
    private LocalDate registrert;
    @Column(name = "besluttet")
    private LocalDate besluttet;
    @Column(name = "opprettet", nullable = false)
    private Instant opprettet;
    @Column(name = "opprettet_av", nullable = false)
    private String opprettetAv;
    @Column(name = "sist_endret", nullable = false)
    private Instant sistEndret;
    @Column(name = "sist_endret_av", nullable = false)
    private String sistEndretAv;
    @Column(name = "studie_statsborgerland")
    private String studieStatsborgerland;
    @Column(name = "studie_studieland")
    private String studieStudieland;
    @Column(name = "studie_delstudie")
    private Boolean studieDelstudie;
    @Column(name = "studie_soeknad_innvilget")
    private Boolean studieSoeknadInnvilget;

    protected Medlemskapsunntak() {
        // JPA
    }

    /** A new period from {@code innhold}, created now by {@code av}. */
    public Medlemskapsunntak(String ident, Innhold innhold, Instant naa, String av) {
        this.ident = ident;
        sett(innhold);
        this.versjon = 0;
        this.registrert = LocalDate.ofInstant(naa, java.time.ZoneId.of("Europe/Oslo"));
        this.opprettet = naa;
        this.opprettetAv = av;
        this.sistEndret = naa;
        this.sistEndretAv = av;
    }

    /** The fields a change may set (the identity and the audit trail are not among them). */
    public record Innhold(LocalDate fraOgMed, LocalDate tilOgMed, String status, String statusaarsak, String dekning,
                          boolean helsedel, boolean medlem, String lovvalg, String lovvalgsland, String grunnlag, String kilde,
                          String kildedokument, LocalDate besluttet) {
        public Innhold {
            if (fraOgMed == null || tilOgMed == null || tilOgMed.isBefore(fraOgMed)) {
                throw new IllegalArgumentException("tilOgMed must be on or after fraOgMed");
            }
        }
    }

    public void endre(Innhold innhold, Instant naa, String av) {
        if (erAnnullert()) {
            throw new IllegalStateException("an annulled period cannot change");
        }
        sett(innhold);
        merkEndret(naa, av);
    }

    /** Annuls the period as registered in error: status AVST, statusaarsak Feilregistrert. */
    public void annuller(Instant naa, String av) {
        if (erAnnullert()) {
            throw new IllegalStateException("already annulled");
        }
        this.status = STATUS_AVSLUTTET;
        this.statusaarsak = AARSAK_FEILREGISTRERT;
        merkEndret(naa, av);
    }

    public boolean erAnnullert() {
        return STATUS_AVSLUTTET.equals(status) && AARSAK_FEILREGISTRERT.equals(statusaarsak);
    }

    private void sett(Innhold i) {
        this.fraOgMed = i.fraOgMed();
        this.tilOgMed = i.tilOgMed();
        this.status = i.status();
        this.statusaarsak = i.statusaarsak();
        this.dekning = i.dekning();
        this.helsedel = i.helsedel();
        this.medlem = i.medlem();
        this.lovvalg = i.lovvalg();
        this.lovvalgsland = i.lovvalgsland();
        this.grunnlag = i.grunnlag();
        this.kilde = i.kilde();
        this.kildedokument = i.kildedokument();
        this.besluttet = i.besluttet();
    }

    private void merkEndret(Instant naa, String av) {
        this.versjon++;
        this.sistEndret = naa;
        this.sistEndretAv = av;
    }

    public Hjemmelgruppe hjemmelgruppe() {
        return Hjemmelgruppe.forGrunnlag(grunnlag);
    }

    public Long unntakId() {
        return unntakId;
    }

    public String ident() {
        return ident;
    }

    public LocalDate fraOgMed() {
        return fraOgMed;
    }

    public LocalDate tilOgMed() {
        return tilOgMed;
    }

    public String status() {
        return status;
    }

    public Optional<String> statusaarsak() {
        return Optional.ofNullable(statusaarsak);
    }

    public String dekning() {
        return dekning;
    }

    public boolean helsedel() {
        return helsedel;
    }

    public boolean medlem() {
        return medlem;
    }

    public String lovvalg() {
        return lovvalg;
    }

    public Optional<String> lovvalgsland() {
        return Optional.ofNullable(lovvalgsland);
    }

    public String grunnlag() {
        return grunnlag;
    }

    public String kilde() {
        return kilde;
    }

    public Optional<String> kildedokument() {
        return Optional.ofNullable(kildedokument);
    }

    public int versjon() {
        return versjon;
    }

    public LocalDate registrert() {
        return registrert;
    }

    public Optional<LocalDate> besluttet() {
        return Optional.ofNullable(besluttet);
    }

    public Instant opprettet() {
        return opprettet;
    }

    public String opprettetAv() {
        return opprettetAv;
    }

    public Instant sistEndret() {
        return sistEndret;
    }

    public String sistEndretAv() {
        return sistEndretAv;
    }

    /** Lånekassen periods carry study information. */
    public Optional<Studieinformasjon> studieinformasjon() {
        if (studieStatsborgerland == null && studieStudieland == null && studieDelstudie == null && studieSoeknadInnvilget == null) {
            return Optional.empty();
        }
        return Optional.of(new Studieinformasjon(studieStatsborgerland, studieStudieland, studieDelstudie, studieSoeknadInnvilget));
    }

    public record Studieinformasjon(String statsborgerland, String studieland, Boolean delstudie, Boolean soeknadInnvilget) {
    }
}

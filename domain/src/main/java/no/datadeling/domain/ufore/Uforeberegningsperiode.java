package no.datadeling.domain.ufore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/** One calculation period of an uføre case: from when the benefit takes effect or changes; tom null = ongoing. */
@Entity
@Table(name = "uforeberegningsperiode")
public class Uforeberegningsperiode {

    @Id
    @Column(name = "id")
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sak_id")
    private Uforesak sak;
    @Column(name = "fom", nullable = false)
    private LocalDate fom;
    @Column(name = "tom")
    private LocalDate tom;
    @Column(name = "uforegrad", nullable = false)
    private int uforegrad;
    @Column(name = "uforetidspunkt", nullable = false)
    private LocalDate uforetidspunkt;
    @Column(name = "ifu", nullable = false)
    private int ifu;
    @Column(name = "inntekt_brukt_i_avkortingen", nullable = false)
    private int inntektBruktIAvkortingen;
    @Column(name = "ferdiglignet_inntekt", nullable = false)
    private boolean ferdiglignetInntekt;
    @Column(name = "klagebehandles", nullable = false)
    private boolean klagebehandles;

    protected Uforeberegningsperiode() {
        // JPA
    }

    /** Whether the period touches [fom, tom] (both inclusive). */
    public boolean overlapper(LocalDate fraOgMed, LocalDate tilOgMed) {
        return !fom.isAfter(tilOgMed) && (tom == null || !tom.isBefore(fraOgMed));
    }

    public LocalDate fom() {
        return fom;
    }

    public Optional<LocalDate> tom() {
        return Optional.ofNullable(tom);
    }

    public int uforegrad() {
        return uforegrad;
    }

    public LocalDate uforetidspunkt() {
        return uforetidspunkt;
    }

    public int ifu() {
        return ifu;
    }

    public int inntektBruktIAvkortingen() {
        return inntektBruktIAvkortingen;
    }

    public boolean ferdiglignetInntekt() {
        return ferdiglignetInntekt;
    }

    public boolean klagebehandles() {
        return klagebehandles;
    }
}

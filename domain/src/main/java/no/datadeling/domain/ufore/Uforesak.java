package no.datadeling.domain.ufore;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A person's uføretrygd case: its present status and the history of calculation periods. Invariants kept by the
 * data: LOPENDE has an ongoing last period, OPPHORT only closed ones; a case without any decision (AVSLAG,
 * KLAGE_PA_AVSLAG, REKONSTRUKSJON, a first UNDER_BEHANDLING) has no periods and no forsteVirkningstidspunkt.
 * A person without a case is IKKE_SOKT. Read-only here: the data comes from the synthetic population.
 */
@Entity
@Table(name = "uforesak")
public class Uforesak {

    public static final String IKKE_SOKT = "IKKE_SOKT";

    @Id
    @Column(name = "sak_id")
    private Long sakId;
    @Column(name = "ident", nullable = false, length = 11)
    private String ident;
    @Column(name = "status", nullable = false)
    private String status;
    @Column(name = "forste_virkningstidspunkt")
    private LocalDate forsteVirkningstidspunkt;
    @OneToMany(mappedBy = "sak", fetch = FetchType.LAZY)
    @OrderBy("fom")
    private List<Uforeberegningsperiode> beregningsperioder = new ArrayList<>();

    protected Uforesak() {
        // JPA
    }

    public String ident() {
        return ident;
    }

    public String status() {
        return status;
    }

    public Optional<LocalDate> forsteVirkningstidspunkt() {
        return Optional.ofNullable(forsteVirkningstidspunkt);
    }

    public List<Uforeberegningsperiode> beregningsperioder() {
        return List.copyOf(beregningsperioder);
    }
}

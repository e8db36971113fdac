package no.datadeling.domain.arbeidsforhold;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One period of an employment relation between an oppdragsgiver and an arbeidstaker. A relation is the set of its
 * periods; a period without {@code sluttdato} is ongoing. Invariant (also a database check): sluttdato &ge; startdato.
 */
@Entity
@Table(name = "arbeidsforhold")
public class Arbeidsforholdsperiode {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "oppdragsgiver", nullable = false, length = 9)
    private String oppdragsgiver;

    @Column(name = "arbeidstaker", nullable = false, length = 11)
    private String arbeidstaker;

    @Column(name = "startdato", nullable = false)
    private LocalDate startdato;

    @Column(name = "sluttdato")
    private LocalDate sluttdato;

    protected Arbeidsforholdsperiode() {
        // JPA
    }

    public Arbeidsforholdsperiode(String oppdragsgiver, String arbeidstaker, LocalDate startdato, LocalDate sluttdato) {
        if (sluttdato != null && sluttdato.isBefore(startdato)) {
            throw new IllegalArgumentException("sluttdato before startdato");
        }
        this.oppdragsgiver = oppdragsgiver;
        this.arbeidstaker = arbeidstaker;
        this.startdato = startdato;
        this.sluttdato = sluttdato;
    }

    public String oppdragsgiver() {
        return oppdragsgiver;
    }

    public String arbeidstaker() {
        return arbeidstaker;
    }

    public LocalDate startdato() {
        return startdato;
    }

    public Optional<LocalDate> sluttdato() {
        return Optional.ofNullable(sluttdato);
    }

    /** Whether the period covers {@code dag} (both ends inclusive). */
    public boolean omfatter(LocalDate dag) {
        return !startdato.isAfter(dag) && (sluttdato == null || !sluttdato.isBefore(dag));
    }
}

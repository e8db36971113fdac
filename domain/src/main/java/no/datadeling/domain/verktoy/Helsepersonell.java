package no.datadeling.domain.verktoy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A health professional in the (synthetic) Helsepersonellregister (HPR): HPR number, identity number, authorised
 * category and the full name as HPR registers it. Read-only: the register comes from the synthetic population.
 */
@Entity
@Table(name = "helsepersonell")
public class Helsepersonell {

    @Id
    @Column(name = "hpr_nummer")
    private String hprNummer;
    @Column(name = "foedselsnummer", nullable = false)
    private String foedselsnummer;
    @Column(name = "kategori", nullable = false)
    private String kategori;
    @Column(name = "navn", nullable = false)
    private String navn;

    protected Helsepersonell() {
        // JPA
    }

    public String hprNummer() {
        return hprNummer;
    }

    public String foedselsnummer() {
        return foedselsnummer;
    }

    public String kategori() {
        return kategori;
    }

    public String navn() {
        return navn;
    }
}

package no.datadeling.domain.pensjon;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A tjenestepensjonsordning in the TP register: its four-digit tpnr, its name and the organisation that owns it.
 * NAV's pensjon APIs serve a consumer only the tpnr its organisation owns. Read-only here: the register is data.
 */
@Entity
@Table(name = "tp_ordning")
public class TpOrdning {

    @Id
    @Column(name = "tpnr")
    private String tpnr;
    @Column(name = "navn", nullable = false)
    private String navn;
    @Column(name = "organisasjonsnummer", nullable = false)
    private String organisasjonsnummer;

    protected TpOrdning() {
        // JPA
    }

    public String tpnr() {
        return tpnr;
    }

    public String navn() {
        return navn;
    }

    public String organisasjonsnummer() {
        return organisasjonsnummer;
    }

    public boolean eiesAv(String organisasjonsnummer) {
        return this.organisasjonsnummer.equals(organisasjonsnummer);
    }
}

package no.datadeling.domain.verktoy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A guidance service (veiledningstjeneste) that helps citizens with an organisation's tools. Its owner organisation
 * updates the contact metadata (telefon, url, åpningstider) through the API; the values are validated before they
 * reach {@link #oppdater}. Åpningstider are {@link Kodeverk.Apningstid} ids, stored sorted and without repeats.
 */
@Entity
@Table(name = "verktoy_veiledningstjeneste")
public class Veiledningstjeneste {

    @Id
    @Column(name = "veiledningstjeneste_id")
    private UUID id;
    @Column(name = "navn", nullable = false)
    private String navn;
    @Column(name = "organisasjonsnummer", nullable = false)
    private String organisasjonsnummer;
    @Column(name = "telefon", nullable = false)
    private String telefon;
    @Column(name = "url", nullable = false)
    private String url;
    @Column(name = "apningstider", nullable = false)
    private Integer[] apningstider;
    @Column(name = "endret", nullable = false)
    private Instant endret;
    @Column(name = "endret_av_klient")
    private String endretAvKlient;
    @Version
    @Column(name = "versjon", nullable = false)
    private int versjon;

    protected Veiledningstjeneste() {
        // JPA
    }

    public UUID id() {
        return id;
    }

    public String navn() {
        return navn;
    }

    public String organisasjonsnummer() {
        return organisasjonsnummer;
    }

    public String telefon() {
        return telefon;
    }

    public String url() {
        return url;
    }

    public List<Integer> apningstider() {
        return List.of(apningstider);
    }

    public Instant endret() {
        return endret;
    }

    public void oppdater(String telefon, String url, List<Integer> apningstider, String klientId, Instant naa) {
        this.telefon = Objects.requireNonNull(telefon);
        this.url = Objects.requireNonNull(url);
        this.apningstider = apningstider.stream().distinct().sorted().toArray(Integer[]::new);
        this.endretAvKlient = klientId;
        this.endret = naa;
    }

    @Override
    public String toString() {
        return "Veiledningstjeneste " + id + " " + Arrays.toString(apningstider);
    }
}

package no.datadeling.domain.verktoy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A digital health tool in Helsenorge's Verktøykatalog, with every metadata field the Verktøy API shows. Read-only
 * here: the catalogue comes from the synthetic population. Invariants kept by the data (check constraints):
 * enumeration ids are defined in {@link Kodeverk}; a tool that requires a behandler to send it
 * ({@code kreverForskrivning}) cannot be open without login ({@code anonymTilgang}); the owning organisation is the
 * tool's dataansvarlig, and only it may send the tool to citizens.
 */
@Entity
@Table(name = "verktoy")
public class Verktoy {

    @Id
    @Column(name = "verktoy_id")
    private UUID verktoyId;
    @Column(name = "navn", nullable = false)
    private String navn;
    @Column(name = "ingress", nullable = false)
    private String ingress;
    @Column(name = "beskrivelse", nullable = false)
    private String beskrivelse;
    @Column(name = "opprettet_dato", nullable = false)
    private Instant opprettetDato;
    @Column(name = "endret_dato", nullable = false)
    private Instant endretDato;
    @Column(name = "formal_type_id", nullable = false)
    private int formalTypeId;
    @Column(name = "faglig_ansvarlig", nullable = false)
    private String fagligAnsvarlig;
    @Column(name = "utviklet_av", nullable = false)
    private String utvikletAv;
    @Column(name = "sprak_id", nullable = false)
    private int sprakId;
    @Column(name = "fagomrade_type", nullable = false)
    private int fagomradeType;
    @Column(name = "url", nullable = false)
    private String url;
    @Column(name = "sokeord", nullable = false)
    private String[] sokeord;
    @Column(name = "malgruppe_type_id", nullable = false)
    private int malgruppeTypeId;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "grafisk_element_id", nullable = false)
    private GrafiskElement grafiskElement;
    @Column(name = "innholdstype_id", nullable = false)
    private int innholdstypeId;
    @Column(name = "behandlerinnsyn", nullable = false)
    private String behandlerinnsyn;
    @Column(name = "klassifisering_kode", nullable = false)
    private String klassifiseringKode;
    @Column(name = "klassifisering_navn", nullable = false)
    private String klassifiseringNavn;
    @Column(name = "krever_forskrivning", nullable = false)
    private boolean kreverForskrivning;
    @Column(name = "anonym_tilgang", nullable = false)
    private boolean anonymTilgang;
    @Column(name = "organisasjonsnummer", nullable = false)
    private String organisasjonsnummer;
    @Column(name = "organisasjonsnavn", nullable = false)
    private String organisasjonsnavn;
    @Column(name = "antatt_tid")
    private Integer antattTid;

    protected Verktoy() {
        // JPA
    }

    public UUID verktoyId() {
        return verktoyId;
    }

    public String navn() {
        return navn;
    }

    public String ingress() {
        return ingress;
    }

    public String beskrivelse() {
        return beskrivelse;
    }

    public Instant opprettetDato() {
        return opprettetDato;
    }

    public Instant endretDato() {
        return endretDato;
    }

    public Kodeverk.VerktoyFormal formal() {
        return Kodeverk.kreve(Kodeverk.VerktoyFormal.class, formalTypeId);
    }

    public String fagligAnsvarlig() {
        return fagligAnsvarlig;
    }

    public String utvikletAv() {
        return utvikletAv;
    }

    public Kodeverk.Sprak sprak() {
        return Kodeverk.kreve(Kodeverk.Sprak.class, sprakId);
    }

    public Kodeverk.Fagomrade fagomrade() {
        return Kodeverk.kreve(Kodeverk.Fagomrade.class, fagomradeType);
    }

    public String url() {
        return url;
    }

    public List<String> sokeord() {
        return List.of(sokeord);
    }

    public Kodeverk.Malgruppe malgruppe() {
        return Kodeverk.kreve(Kodeverk.Malgruppe.class, malgruppeTypeId);
    }

    public GrafiskElement grafiskElement() {
        return grafiskElement;
    }

    public Kodeverk.Innholdstype innholdstype() {
        return Kodeverk.kreve(Kodeverk.Innholdstype.class, innholdstypeId);
    }

    public String behandlerinnsyn() {
        return behandlerinnsyn;
    }

    public String klassifiseringKode() {
        return klassifiseringKode;
    }

    public String klassifiseringNavn() {
        return klassifiseringNavn;
    }

    public boolean kreverForskrivning() {
        return kreverForskrivning;
    }

    public boolean anonymTilgang() {
        return anonymTilgang;
    }

    public String organisasjonsnummer() {
        return organisasjonsnummer;
    }

    public String organisasjonsnavn() {
        return organisasjonsnavn;
    }

    public Optional<Integer> antattTid() {
        return Optional.ofNullable(antattTid);
    }
}
